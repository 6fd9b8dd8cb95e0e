package tongxing.platform.admin.users;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tongxing.platform.security.AccountStates;
import tongxing.platform.security.CurrentUser;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the administrator's changes take effect on the sessions already open: the account of a
 * logged-in user is read again on each page request, and
 * <ul>
 *   <li>a disabled (or deleted) account is logged out at once and sent to the login page, which
 *       says the account is disabled;</li>
 *   <li>a changed role, region, organization or enterprise replaces the session's account, so the
 *       next query already runs with the new data scope.</li>
 * </ul>
 * Without this a disabled user would keep working until the session times out (30 minutes). It
 * runs after Spring Security's chain (a plain servlet filter), so every controller and service
 * sees the refreshed account; system-API calls (X-Api-Key, no session) are not concerned.
 */
@Component
class AccountChangesFilter extends OncePerRequestFilter {

    private final AccountStates states;
    private final UserDetailsService accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountChangesFilter(AccountStates states, UserDetailsService accounts) {
        this.states = states;
        this.accounts = accounts;
    }

    private record Stored(String username, boolean enabled, String role, String regionCode, Long organizationId,
                          String enterpriseUscc) {

        boolean sameScopeAs(CurrentUser u) {
            return role.equals(u.role().name()) && regionCode.equals(u.regionCode())
                    && Objects.equals(organizationId, u.organizationId())
                    && Objects.equals(enterpriseUscc, u.enterpriseUscc()) && username.equals(u.username());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/img/") || path.equals("/favicon.ico")
                || path.startsWith("/login") || path.startsWith("/logout") || path.startsWith("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = CurrentUser.find();
        if (user.isPresent()) {
            Optional<Stored> stored = load(request, user.get().id());
            if (stored.isEmpty() || !stored.get().enabled()) {
                logOut(request, response);
                return;
            }
            if (!stored.get().sameScopeAs(user.get())) refresh(stored.get().username(), request, response);
        }
        chain.doFilter(request, response);
    }

    /** The same read as the password-change filter's in this request (one query per page, not two). */
    private Optional<Stored> load(HttpServletRequest request, long id) {
        return states.current(request, id).map(a -> new Stored(a.username(), a.enabled(), a.role(), a.regionCode(),
                a.organizationId(), a.enterpriseUscc()));
    }

    private void logOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        SecurityContextHolder.clearContext();
        // The login page words its message after the last authentication failure kept in the session.
        request.getSession(true).setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("disabled"));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails details = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
