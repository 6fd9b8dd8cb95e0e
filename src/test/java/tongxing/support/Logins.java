package tongxing.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Acts as a real account of the database (e.g. a demo account) in MockMvc or in a service call. */
public final class Logins {

    private Logins() {
    }

    /** For MockMvc: {@code mvc.perform(get("/x").with(Logins.as(users, "sanya")))}. */
    public static RequestPostProcessor as(UserDetailsService users, String username) {
        return authentication(token(users, username));
    }

    /** For direct service calls: puts the account into the SecurityContext of this thread. */
    public static void runAs(UserDetailsService users, String username) {
        SecurityContextHolder.getContext().setAuthentication(token(users, username));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }

    private static UsernamePasswordAuthenticationToken token(UserDetailsService users, String username) {
        UserDetails d = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(d, null, d.getAuthorities());
    }
}
