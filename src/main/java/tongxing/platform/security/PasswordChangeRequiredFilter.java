package tongxing.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** A user with an initial or reset password can do nothing but change it. */
@Component
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PATH = "/account/password";
    private final AccountStates accounts;

    PasswordChangeRequiredFilter(AccountStates accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(CHANGE_PATH) || path.startsWith("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/error")
                || path.startsWith("/login") || path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.find();
        if (user.isPresent() && accounts.current(request, user.get().id()).map(AccountState::mustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
