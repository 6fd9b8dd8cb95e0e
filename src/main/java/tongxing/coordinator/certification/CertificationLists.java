package tongxing.coordinator.certification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.SkillLevel;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The lists the assessing bodies and the subsidy office ask for (职业技能等级认定 / 培训补贴):
 * <ul>
 * <li>training subsidy: a certificate obtained in the year, and at least the configured hours of
 * subsidy-eligible training that year ({@code tongxing.coordinator.subsidy-min-hours});</li>
 * <li>skill-level assessment: no certificate or one below 二级/技师, and two years or more as a coordinator.</li>
 * </ul>
 */
@Service
public class CertificationLists {

    private static final String SELECT = """
            SELECT c.id, c.name, c.id_number_enc, c.region_code, c.skill_level, c.certificate_no, c.certificate_date,
                   c.certificate_body, c.appointed_on,
                   (SELECT coalesce(sum(t.hours), 0) FROM coordinator_training t
                    WHERE t.coordinator_id = c.id AND t.subsidy_eligible AND t.trained_on >= :from AND t.trained_on < :to) AS hours
            FROM coordinator c
            WHERE\s""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Regions regions;
    private final BigDecimal minHours;

    CertificationLists(JdbcClient jdbc, PersonalDataCipher cipher, Regions regions,
                       @Value("${tongxing.coordinator.subsidy-min-hours:40}") BigDecimal minHours) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.regions = regions;
        this.minHours = minHours;
    }

    public BigDecimal minHours() {
        return minHours;
    }

    public List<CertificationCandidate> subsidyEligible(Scope scope, int year) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return jdbc.sql("SELECT * FROM (" + SELECT + s.sql()
                        + " AND c.certificate_date >= :from AND c.certificate_date < :to) x WHERE x.hours >= :min ORDER BY x.region_code, x.id")
                .params(s.params()).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .param("min", minHours).query(this::map).list();
    }

    public List<CertificationCandidate> assessmentCandidates(Scope scope, LocalDate today) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return jdbc.sql(SELECT + s.sql() + " " + """
                         AND (c.skill_level IS NULL OR c.skill_level IN ('LEVEL_4', 'LEVEL_3'))
                         AND c.appointed_on <= :since ORDER BY c.region_code, c.id""")
                .params(s.params()).param("since", today.minusYears(2))
                .param("from", LocalDate.of(today.getYear(), 1, 1)).param("to", LocalDate.of(today.getYear() + 1, 1, 1))
                .query(this::map).list();
    }

    private CertificationCandidate map(ResultSet rs, int n) throws SQLException {
        String region = rs.getString("region_code");
        return new CertificationCandidate(rs.getLong("id"), rs.getString("name"),
                Masking.idNumber(cipher.decrypt(rs.getString("id_number_enc"))), region, regions.name(region),
                SkillLevel.parse(rs.getString("skill_level")), rs.getString("certificate_no"),
                rs.getObject("certificate_date", LocalDate.class), rs.getString("certificate_body"),
                rs.getObject("appointed_on", LocalDate.class), rs.getBigDecimal("hours"));
    }
}
