package tongxing.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The logged-in account as every module sees it. */
public record CurrentUser(long id, String username, String displayName, Role role, String regionCode,
                          Long organizationId, String enterpriseUscc) implements Serializable {

    public Scope scope() {
        return Scope.of(this);
    }

    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) return Optional.empty();
        if (auth.getPrincipal() instanceof AccountDetails details) return Optional.of(details.user());
        if (auth.getPrincipal() instanceof CurrentUser user) return Optional.of(user);
        return Optional.empty();
    }

    public static CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("no logged-in user"));
    }

    /**
     * Runs work done on behalf of {@code user} by the system itself (demo data, scheduled jobs), with the same
     * checks and audit entries as if that user had done it on a screen; the caller's own context comes back after.
     */
    public static <T> T actingAs(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
