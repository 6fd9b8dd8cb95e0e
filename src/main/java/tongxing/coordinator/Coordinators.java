package tongxing.coordinator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.security.Scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The module's public read API: coordinators within the caller's scope, ID numbers masked. */
@Service
public class Coordinators {

    private static final String COLUMNS = """
            c.id, c.name, c.region_code, c.skill_level, c.id_number_enc, c.workplace_type, c.enterprise_uscc, c.instructor""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    Coordinators(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<CoordinatorSummary> find(Scope scope, long id) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return jdbc.sql("SELECT " + COLUMNS + " FROM coordinator c WHERE c.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(this::map).optional();
    }

    /** The coordinators of a region that the scope may see, by name. */
    public List<CoordinatorSummary> byRegion(Scope scope, String regionCode) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return jdbc.sql("SELECT " + COLUMNS + " FROM coordinator c WHERE c.region_code = :region AND " + s.sql()
                        + " ORDER BY c.name, c.id")
                .param("region", regionCode).params(s.params()).query(this::map).list();
    }

    /** The coordinator profile linked to a user account, if any. */
    public Optional<CoordinatorSummary> forUser(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM coordinator c WHERE c.user_id = :user")
                .param("user", userId).query(this::map).optional();
    }

    private CoordinatorSummary map(ResultSet rs, int n) throws SQLException {
        return new CoordinatorSummary(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
                SkillLevel.parse(rs.getString("skill_level")), Masking.idNumber(cipher.decrypt(rs.getString("id_number_enc"))),
                WorkplaceType.valueOf(rs.getString("workplace_type")), rs.getString("enterprise_uscc"),
                rs.getBoolean("instructor"));
    }
}
