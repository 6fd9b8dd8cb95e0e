package tongxing.coordinator.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The coordinator list (read model): filter, page and stream, always within the caller's scope. */
@Service
public class CoordinatorSearch {

    public static final int PAGE_SIZE = 20;

    private static final String SELECT = """
            SELECT c.id, c.name, c.id_number_enc, c.male, c.birth_date, c.phone_enc, c.region_code, c.workplace_type,
                   c.enterprise_uscc, c.post_name, c.full_time, c.instructor, c.skill_level, c.certificate_no,
                   c.certificate_date, c.appointed_on,
                   (SELECT coalesce(sum(t.hours), 0) FROM coordinator_training t WHERE t.coordinator_id = c.id) AS hours,
                   (SELECT string_agg(DISTINCT g.year::text, '、' ORDER BY g.year::text) FROM coordinator_gold_award g
                     WHERE g.coordinator_id = c.id) AS gold_years
            FROM coordinator c
            WHERE\s""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Regions regions;

    CoordinatorSearch(JdbcClient jdbc, PersonalDataCipher cipher, Regions regions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.regions = regions;
    }

    public CoordinatorPage<CoordinatorRow> page(Scope scope, CoordinatorFilter filter, int page) {
        Where w = where(scope, filter);
        long total = jdbc.sql("SELECT count(*) FROM coordinator c WHERE " + w.sql).params(w.params).query(Long.class).single();
        int p = CoordinatorPage.clamp(page, total, PAGE_SIZE);
        List<CoordinatorRow> rows = jdbc.sql(SELECT + w.sql + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", PAGE_SIZE).param("offset", (p - 1) * PAGE_SIZE)
                .query(this::map).list();
        return new CoordinatorPage<>(rows, total, p, PAGE_SIZE);
    }

    public void stream(Scope scope, CoordinatorFilter filter, Consumer<CoordinatorRow> sink) {
        Where w = where(scope, filter);
        try (var rows = jdbc.sql(SELECT + w.sql + " ORDER BY c.region_code, c.id").params(w.params).query(this::map).stream()) {
            rows.forEach(sink);
        }
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, CoordinatorFilter f) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        List<String> and = new ArrayList<>(List.of(s.sql()));
        Map<String, Object> p = new HashMap<>(s.params());
        if (f.nameText() != null) {
            and.add("c.name LIKE :name");
            p.put("name", "%" + f.nameText().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.regionCode() != null) {
            and.add("c.region_code = :region");
            p.put("region", f.regionCode());
        }
        if (f.grassrootsOnly()) and.add("c.workplace_type <> 'ENTERPRISE'");
        if (f.workplaceType() != null) {
            and.add("c.workplace_type = :workplace");
            p.put("workplace", f.workplaceType().name());
        }
        if (f.noLevel()) and.add("c.skill_level IS NULL");
        if (f.skillLevel() != null) {
            and.add("c.skill_level = :level");
            p.put("level", f.skillLevel().name());
        }
        if (f.instructorFlag() != null) {
            and.add("c.instructor = :instructor");
            p.put("instructor", f.instructorFlag());
        }
        if (f.goldAnyYear()) and.add("EXISTS (SELECT 1 FROM coordinator_gold_award g WHERE g.coordinator_id = c.id)");
        if (f.goldYear() != null) {
            and.add("EXISTS (SELECT 1 FROM coordinator_gold_award g WHERE g.coordinator_id = c.id AND g.year = :goldYear)");
            p.put("goldYear", f.goldYear());
        }
        return new Where(String.join(" AND ", and), p);
    }

    private CoordinatorRow map(ResultSet rs, int n) throws SQLException {
        String region = rs.getString("region_code");
        return new CoordinatorRow(rs.getLong("id"), rs.getString("name"),
                Masking.idNumber(cipher.decrypt(rs.getString("id_number_enc"))), rs.getBoolean("male"),
                rs.getObject("birth_date", LocalDate.class), Masking.phone(cipher.decrypt(rs.getString("phone_enc"))),
                region, regions.name(region), WorkplaceType.valueOf(rs.getString("workplace_type")),
                rs.getString("enterprise_uscc"), rs.getString("post_name"), rs.getBoolean("full_time"),
                rs.getBoolean("instructor"), SkillLevel.parse(rs.getString("skill_level")), rs.getString("certificate_no"),
                rs.getObject("certificate_date", LocalDate.class), rs.getObject("appointed_on", LocalDate.class),
                rs.getBigDecimal("hours"), rs.getString("gold_years"));
    }
}
