package tongxing.wage.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.wageparam.WageParameters;
import tongxing.platform.web.NotFoundException;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editions of the wage price guidelines: computing a draft, sending it to review, publishing
 * it (province administrator only), discarding an unpublished one. Each step is audited.
 */
@Service
public class Editions {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final GuidelineComputation computation;
    private final SuppressionThresholds thresholds;
    private final Regions regions;
    private final WageParameters wageParameters;
    private final AuditLog audit;
    private final Texts texts;

    Editions(JdbcClient jdbc, DataSource dataSource, GuidelineComputation computation, SuppressionThresholds thresholds,
             Regions regions, WageParameters wageParameters, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.computation = computation;
        this.thresholds = thresholds;
        this.regions = regions;
        this.wageParameters = wageParameters;
        this.audit = audit;
        this.texts = texts;
    }

    /** Computes a new draft edition of the year from the accepted survey returns. */
    @Transactional
    public Edition computeDraft(int year) {
        CurrentUser user = requireAdmin();
        if (jdbc.sql("SELECT count(*) FROM wage_survey WHERE year = :year").param("year", year).query(Integer.class).single() == 0)
            throw new ValidationException("year", texts.get("wageguide.error.noYear", year));
        int editionNo = jdbc.sql("SELECT coalesce(max(edition_no), 0) + 1 FROM wage_guideline_edition WHERE year = :year")
                .param("year", year).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO wage_guideline_edition (year, edition_no, min_enterprises, min_employees, max_share,
                            low_income_rule, records, enterprises, cells, suppressed, computed_by)
                        VALUES (:year, :no, :minEnt, :minEmp, :maxShare, :lowRule, 0, 0, 0, 0, :by) RETURNING id""")
                .param("year", year).param("no", editionNo).param("minEnt", thresholds.minEnterprises())
                .param("minEmp", thresholds.minEmployees()).param("maxShare", thresholds.maxShare())
                .param("lowRule", LowIncomeLine.DESCRIPTION).param("by", user.username())
                .query(Long.class).single();
        Stored stored = storeCells(id, year);
        jdbc.sql("""
                        UPDATE wage_guideline_edition SET cells = :cells, suppressed = :suppressed, records = :records,
                            enterprises = :enterprises
                        WHERE id = :id""")
                .param("cells", stored.cells()).param("suppressed", stored.suppressed()).param("records", stored.records())
                .param("enterprises", stored.enterprises()).param("id", id).update();
        Edition edition = get(id);
        audit.record(AuditAction.CREATE, "wage_guideline_edition", String.valueOf(id),
                "计算工资价位草稿 " + edition.label() + "：" + edition.cells() + " 个单元，抑制 " + edition.suppressed() + " 个",
                null, Map.of("year", year, "editionNo", editionNo, "cells", edition.cells(), "suppressed", edition.suppressed(),
                        "minEnterprises", edition.minEnterprises(), "minEmployees", edition.minEmployees(),
                        "maxShare", edition.maxShare()));
        return edition;
    }

    /** 提交审核. */
    @Transactional
    public Edition submitForReview(long id) {
        CurrentUser user = requireAdmin();
        Edition before = get(id);
        requireStatus(before, EditionStatus.DRAFT);
        jdbc.sql("UPDATE wage_guideline_edition SET status = 'REVIEW', reviewed_by = :by, reviewed_at = now() WHERE id = :id")
                .param("by", user.username()).param("id", id).update();
        audit.record(AuditAction.UPDATE, "wage_guideline_edition", String.valueOf(id), "工资价位 " + before.label() + " 提交审核",
                Map.of("status", before.status().name()), Map.of("status", "REVIEW"));
        return get(id);
    }

    /**
     * 发布: computes the year-on-year change of P50 against the latest published edition of the
     * previous year, then freezes the edition (the database refuses any later change).
     */
    @Transactional
    public Edition publish(long id) {
        CurrentUser user = requireAdmin();
        Edition before = get(id);
        requireStatus(before, EditionStatus.REVIEW);
        latestPublished(before.year() - 1).ifPresent(previous -> jdbc.sql("""
                        UPDATE wage_guideline_cell c SET yoy_p50 = round(c.p50 / p.p50 - 1, 4)
                        FROM wage_guideline_cell p
                        WHERE c.edition_id = :id AND p.edition_id = :previous AND p.occupation_code = c.occupation_code
                          AND p.dimension = c.dimension AND p.dim_value = c.dim_value
                          AND c.p50 IS NOT NULL AND p.p50 > 0""")
                .param("id", id).param("previous", previous.id()).update());
        jdbc.sql("UPDATE wage_guideline_edition SET status = 'PUBLISHED', published_by = :by, published_at = now() WHERE id = :id")
                .param("by", user.username()).param("id", id).update();
        audit.record(AuditAction.UPDATE, "wage_guideline_edition", String.valueOf(id), "发布工资价位 " + before.label(),
                Map.of("status", before.status().name()), Map.of("status", "PUBLISHED"));
        return get(id);
    }

    /** Discards a draft or an edition under review. */
    @Transactional
    public void discard(long id) {
        requireAdmin();
        Edition before = get(id);
        if (before.published()) throw new ValidationException("status", texts.get("wageguide.error.deletePublished"));
        jdbc.sql("DELETE FROM wage_guideline_edition WHERE id = :id").param("id", id).update();
        audit.record(AuditAction.DELETE, "wage_guideline_edition", String.valueOf(id), "删除工资价位 " + before.label(),
                Map.of("status", before.status().name(), "cells", before.cells()), null);
    }

    public Edition get(long id) {
        return jdbc.sql("SELECT * FROM wage_guideline_edition WHERE id = :id").param("id", id)
                .query(Editions::map).optional().orElseThrow(NotFoundException::new);
    }

    public List<Edition> all() {
        return jdbc.sql("SELECT * FROM wage_guideline_edition ORDER BY year DESC, edition_no DESC").query(Editions::map).list();
    }

    /** The current published edition of a year: the one with the highest number. */
    public Optional<Edition> latestPublished(int year) {
        return jdbc.sql("""
                        SELECT * FROM wage_guideline_edition WHERE year = :year AND status = 'PUBLISHED'
                        ORDER BY edition_no DESC LIMIT 1""")
                .param("year", year).query(Editions::map).optional();
    }

    /** The years that have a published edition, newest first. */
    public List<Integer> publishedYears() {
        return jdbc.sql("SELECT DISTINCT year FROM wage_guideline_edition WHERE status = 'PUBLISHED' ORDER BY year DESC")
                .query(Integer.class).list();
    }

    private record Stored(int cells, int suppressed, int records, int enterprises) {
    }

    /** Computes the cells of the year and writes them into the edition. */
    private Stored storeCells(long editionId, int year) {
        Map<String, BigDecimal> lines = LowIncomeLine.byRegion(year, regions, wageParameters);
        try (DraftCells cells = new DraftCells(jdbc, dataSource, editionId, SuppressionRule.of(thresholds))) {
            GuidelineComputation.Totals totals = computation.compute(year, lines, cells);
            cells.finish();
            return new Stored(cells.cells(), cells.suppressed(), totals.records(), totals.enterprises());
        }
    }

    private void requireStatus(Edition e, EditionStatus expected) {
        if (e.status() != expected)
            throw new ValidationException("status", texts.get("wageguide.error.status", texts.get(statusKey(e.status()))));
    }

    /** The bundle key of a status's name. */
    static String statusKey(EditionStatus s) {
        return "wageguide.status." + s.name();
    }

    private static CurrentUser requireAdmin() {
        CurrentUser user = CurrentUser.require();
        if (user.role() != Role.PROVINCE_ADMIN)
            throw new org.springframework.security.access.AccessDeniedException("province administrator only");
        return user;
    }

    private static Edition map(java.sql.ResultSet rs, int n) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getInt("year"), rs.getInt("edition_no"),
                EditionStatus.valueOf(rs.getString("status")), rs.getInt("min_enterprises"), rs.getInt("min_employees"),
                rs.getBigDecimal("max_share"), rs.getString("low_income_rule"), rs.getInt("records"),
                rs.getInt("enterprises"), rs.getInt("cells"), rs.getInt("suppressed"), rs.getString("computed_by"),
                rs.getObject("computed_at", OffsetDateTime.class), rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
