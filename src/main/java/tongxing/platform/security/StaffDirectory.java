package tongxing.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The accounts other modules pick people from (assignees, reviewers). The only way outside the platform
 * to read {@code platform_user}, so credentials, lock state and encrypted phones never leave it.
 */
@Component
public class StaffDirectory {

    private static final String COLUMNS = "SELECT id, username, display_name, role, region_code, organization_id FROM platform_user ";

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled accounts with one of the roles, ordered by username. */
    public List<StaffMember> enabled(Collection<Role> roles) {
        if (roles.isEmpty()) return List.of();
        return jdbc.sql(COLUMNS + "WHERE enabled AND role IN (:roles) ORDER BY username")
                .param("roles", roles.stream().map(Enum::name).toList())
                .query(StaffDirectory::member).list();
    }

    /** Enabled accounts with one of the roles working in one of the regions, ordered by username. */
    public List<StaffMember> enabled(Collection<Role> roles, Collection<String> regionCodes) {
        if (roles.isEmpty() || regionCodes.isEmpty()) return List.of();
        return jdbc.sql(COLUMNS + "WHERE enabled AND role IN (:roles) AND region_code IN (:regions) ORDER BY username")
                .param("roles", roles.stream().map(Enum::name).toList())
                .param("regions", List.copyOf(regionCodes))
                .query(StaffDirectory::member).list();
    }

    /** The accounts with these ids, enabled or not, ordered by username. */
    public List<StaffMember> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids) ORDER BY username")
                .param("ids", List.copyOf(ids))
                .query(StaffDirectory::member).list();
    }

    public Optional<StaffMember> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(StaffDirectory::member).optional();
    }

    private static StaffMember member(ResultSet rs, int n) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("region_code"), rs.getObject("organization_id", Long.class));
    }
}
