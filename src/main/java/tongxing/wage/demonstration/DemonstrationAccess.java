package tongxing.wage.demonstration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who manages which demonstrations: the provincial office (省三方办) both kinds; a provincial-party
 * account of the SASAC organization (省国资委) the SOE ones; one of the federation of industry and
 * commerce (省工商联, organization kind FIC) the private ones. Everybody else reads within scope.
 * The organization's kind is read from platform_organization (the platform has no public lookup for it).
 */
@Component
class DemonstrationAccess {

    private final JdbcClient jdbc;

    DemonstrationAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds this user may create, change and attach files to. */
    Set<DemonstrationKind> manageable(CurrentUser user) {
        if (user.role() == Role.PROVINCE_ADMIN) return EnumSet.allOf(DemonstrationKind.class);
        if (user.role() != Role.PROVINCE_PARTY || user.organizationId() == null) return EnumSet.noneOf(DemonstrationKind.class);
        String kind = jdbc.sql("SELECT kind FROM platform_organization WHERE id = :id")
                .param("id", user.organizationId()).query(String.class).optional().orElse("");
        return switch (kind) {
            case "SASAC" -> EnumSet.of(DemonstrationKind.SOE);
            case "FIC" -> EnumSet.of(DemonstrationKind.PRIVATE);
            default -> EnumSet.noneOf(DemonstrationKind.class);
        };
    }

    boolean mayManage(CurrentUser user, DemonstrationKind kind) {
        return manageable(user).contains(kind);
    }
}
