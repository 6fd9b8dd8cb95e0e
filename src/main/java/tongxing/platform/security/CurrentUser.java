package tongxing.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serializable;
import java.util.Optional;

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
}
