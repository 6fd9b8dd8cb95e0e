package tongxing.platform.admin;

import org.springframework.security.access.AccessDeniedException;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

/**
 * The administration screens belong to the provincial tripartite office only. The web chain
 * already restricts {@code /admin/**}; the services check again so that no other caller (a
 * future screen, a job, a test) can reach them with a weaker account.
 */
public final class AdminAccess {

    private AdminAccess() {
    }

    /** The logged-in province administrator, or AccessDeniedException (403). */
    public static CurrentUser require() {
        CurrentUser user = CurrentUser.find().orElseThrow(() -> new AccessDeniedException("not logged in"));
        if (user.role() != Role.PROVINCE_ADMIN) throw new AccessDeniedException("province administrators only");
        return user;
    }
}
