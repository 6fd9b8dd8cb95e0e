package tongxing.enterprise.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.sizeclass.SizeClass;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The registry list as a read model (企业库查询): a page for the screen and a stream for the
 * export, both over the same conditions and always within the caller's data scope.
 */
@Service
public class EnterpriseSearch {

    /** Times are shown as Hainan reads them. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int EXPORT_FETCH_SIZE = 2_000;
    /**
     * From this many matches of a name on, a page tests names row by row along the list's order
     * (about 20 × 1,000,000 / 5,000 = 4,000 rows at most for the first page of the whole province)
     * rather than fetching and sorting every candidate the bigram index offers.
     */
    static final long MANY_MATCHES = 5_000;

    private static final String COLUMNS = """
            e.id, e.uscc, e.name, e.region_code, e.industry_code, e.industry_section, e.size_class, e.ownership_code,
            e.employees, e.revenue, e.assets, e.legal_representative, e.contact_person, e.contact_phone_enc,
            e.address, e.established_on, e.status, e.tags, e.updated_at""";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownershipTypes;
    private final PersonalDataCipher cipher;
    private final boolean canForceCustomPlans;
    private final EnterpriseCounts counts;

    EnterpriseSearch(JdbcClient jdbc, DataSource dataSource, Regions regions, Industries industries,
                     OwnershipTypes ownershipTypes, PersonalDataCipher cipher, EnterpriseCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
        // Exports read through a cursor (fetch size inside a transaction) and may run longer than screens.
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.regions = regions;
        this.industries = industries;
        this.ownershipTypes = ownershipTypes;
        this.cipher = cipher;
        // PostgreSQL 12+; a derived database without the setting simply plans as it always does.
        this.canForceCustomPlans = jdbc.sql("SELECT current_setting('plan_cache_mode', true) IS NOT NULL")
                .query(Boolean.class).single();
    }

    /** One page (1-based, {@link EnterprisePage#SIZE} rows), newest first, with a total counted up to a limit. */
    @Transactional(readOnly = true)
    public EnterprisePage page(Scope scope, EnterpriseFilter filter, int page) {
        int p = EnterprisePage.clamp(page);
        EnterpriseConditions where = EnterpriseConditions.of(scope, filter, ownershipTypes);
        planForThisSearch();
        long total = counts.total(where, () -> jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM enterprise e WHERE "
                        + where.sql() + "\n LIMIT :count_limit) counted")
                .params(where.params()).param("count_limit", EnterprisePage.COUNT_LIMIT + 1)
                .query(Long.class).single());
        if (total == 0) return new EnterprisePage(List.of(), p, 0);
        // Many matches of a name: walk the list's order and test each row (see EnterpriseConditions).
        EnterpriseConditions pageWhere = filter.name() != null && total >= MANY_MATCHES
                ? EnterpriseConditions.of(scope, filter, ownershipTypes, true) : where;
        String sql = filter.uscc() != null && filter.name() == null
                // A USCC prefix matches a range of the pattern index, which holds the ids (V80):
                // take the page's ids from there (OFFSET 0 keeps the planner from walking the
                // primary key instead), then read those rows alone.
                ? "SELECT " + COLUMNS + " FROM enterprise e WHERE e.id IN (SELECT m.id FROM (SELECT e.id FROM enterprise e WHERE "
                        + pageWhere.sql() + "\n OFFSET 0) m ORDER BY m.id DESC LIMIT :limit OFFSET :offset)\n ORDER BY e.id DESC"
                : "SELECT " + COLUMNS + " FROM enterprise e WHERE " + pageWhere.sql()
                        + "\n ORDER BY " + pageWhere.orderBy() + " LIMIT :limit OFFSET :offset";
        List<EnterpriseRow> rows = jdbc.sql(sql)
                .params(pageWhere.params()).param("limit", EnterprisePage.SIZE)
                .param("offset", (p - 1) * EnterprisePage.SIZE)
                .query(this::map).list();
        return new EnterprisePage(rows, p, total);
    }

    /**
     * Every matching enterprise, newest first, handed to the sink one by one as the database
     * sends them: nothing is collected, so a province-wide export does not fill the memory.
     *
     * @return how many rows were handed over
     */
    @Transactional(readOnly = true)
    public long stream(Scope scope, EnterpriseFilter filter, Consumer<EnterpriseRow> sink) {
        EnterpriseConditions where = EnterpriseConditions.of(scope, filter, ownershipTypes);
        planForThisSearch();
        long[] count = {0};
        streaming.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE " + where.sql() + "\n ORDER BY " + where.orderBy())
                .params(where.params())
                .query(rs -> {
                    sink.accept(map(rs, 0));
                    count[0]++;
                });
        return count[0];
    }

    /**
     * How selective a search is depends wholly on its values ("海南" is in every name, "椰风" in
     * one of 1,600). After a statement ran a few times on a pooled connection, PostgreSQL may
     * switch to a generic plan made without the values, which at a million rows turned a 10 ms
     * search into seconds (the trigram index scanned whole for an unknown ILIKE pattern). So the
     * search transaction always plans with the values it has.
     *
     * <p>Nor does a list page start parallel workers: with fifty users on two cores they only add
     * the cost of starting them (JFR and EXPLAIN, bench 1). One round trip sets both.
     */
    private void planForThisSearch() {
        if (canForceCustomPlans) {
            jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true)").query((rs, n) -> 1).list();
        } else {
            jdbc.sql("SELECT set_config('max_parallel_workers_per_gather', '0', true)").query((rs, n) -> 1).list();
        }
    }

    private EnterpriseRow map(ResultSet rs, int rowNum) throws SQLException {
        int emp = rs.getInt("employees");
        Integer employees = rs.wasNull() ? null : emp;
        Array tags = rs.getArray("tags");
        String region = rs.getString("region_code"), industry = rs.getString("industry_code");
        String ownership = rs.getString("ownership_code");
        String phone = rs.getString("contact_phone_enc");
        return new EnterpriseRow(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"), region,
                regions.name(region), industry, industries.name(industry), rs.getString("industry_section"),
                SizeClass.valueOf(rs.getString("size_class")), ownership,
                ownership == null ? null : ownershipTypes.name(ownership), employees, rs.getBigDecimal("revenue"),
                rs.getBigDecimal("assets"), rs.getString("legal_representative"), rs.getString("contact_person"),
                phone == null ? null : Masking.phone(cipher.decrypt(phone)), rs.getString("address"),
                rs.getObject("established_on", LocalDate.class), rs.getString("status"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                rs.getObject("updated_at", OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDateTime());
    }
}
