package tongxing.wage.survey;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.EnterpriseSelectionQuery;
import tongxing.enterprise.EnterpriseSelectionQuery.Criteria;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 调查年度: open a survey year and select the enterprises to survey (by filter or by a list of USCCs). */
@Service
public class Surveys {

    private final JdbcClient jdbc;
    private final EnterpriseSelectionQuery selection;
    private final AuditLog audit;
    private final Texts texts;

    Surveys(JdbcClient jdbc, EnterpriseSelectionQuery selection, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.selection = selection;
        this.audit = audit;
        this.texts = texts;
    }

    public List<SurveyYear> list() {
        return jdbc.sql("SELECT year, status, deadline, opened_by, opened_at, version FROM wage_survey ORDER BY year DESC")
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<SurveyYear> find(int year) {
        return jdbc.sql("SELECT year, status, deadline, opened_by, opened_at, version FROM wage_survey WHERE year = :y")
                .param("y", year).query((rs, n) -> map(rs)).optional();
    }

    public SurveyYear require(int year) {
        return find(year).orElseThrow(NotFoundException::new);
    }

    /** The most recent year, for pages that default to it. */
    public Optional<Integer> latestYear() {
        return jdbc.sql("SELECT max(year) FROM wage_survey").query(Integer.class).optional();
    }

    @Transactional
    public SurveyYear open(CurrentUser user, Integer year, LocalDate deadline) {
        WageAccess.require(WageAccess.isSurveyAdmin(user));
        List<tongxing.platform.validation.Violation> v = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) v.add(new tongxing.platform.validation.Violation("year", texts.get("wage.survey.error.year")));
        if (deadline == null) v.add(new tongxing.platform.validation.Violation("deadline", texts.get("wage.survey.error.deadlineMissing")));
        else if (year != null && deadline.getYear() < year) v.add(new tongxing.platform.validation.Violation("deadline", texts.get("wage.survey.error.deadlineBeforeYear")));
        if (!v.isEmpty()) throw new ValidationException(v);
        try {
            jdbc.sql("INSERT INTO wage_survey (year, deadline, opened_by) VALUES (:y, :d, :u)")
                    .param("y", year).param("d", deadline).param("u", user.username()).update();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("year", texts.get("wage.survey.error.alreadyOpen", year));
        }
        audit.record(AuditAction.CREATE, "wage_survey", String.valueOf(year), "开启 " + year + " 年度企业薪酬调查",
                null, Map.of("year", year, "deadline", deadline.toString()));
        return require(year);
    }

    /**
     * Adds the matching enterprises to the year's sample (set-based: one query for the enterprises,
     * one insert). Enterprises already selected stay as they are.
     *
     * @return how many were added
     */
    @Transactional
    public int select(CurrentUser user, int year, Criteria criteria) {
        WageAccess.require(WageAccess.isSurveyAdmin(user));
        requireOpen(year);
        List<Located> found = selection.locate(Scope.province(), criteria);
        int added = insert(user, year, found);
        audit.record(AuditAction.UPDATE, "wage_survey", String.valueOf(year), "选取调查企业 " + added + " 家（条件筛选）",
                null, Map.of("regions", criteria.regions(), "sections", criteria.sections(),
                        "sizes", criteria.sizes().stream().map(Enum::name).toList(), "added", added));
        return added;
    }

    /** Adds exactly these enterprises (already checked by the caller); returns how many were new. */
    @Transactional
    public int selectListed(CurrentUser user, int year, List<Located> enterprises, String fileName) {
        WageAccess.require(WageAccess.isSurveyAdmin(user));
        requireOpen(year);
        int added = insert(user, year, enterprises);
        audit.record(AuditAction.IMPORT, "wage_survey", String.valueOf(year), "导入调查企业名单 " + fileName + "：新增 " + added + " 家",
                null, Map.of("file", fileName, "listed", enterprises.size(), "added", added));
        return added;
    }

    public List<Located> locate(List<String> usccs) {
        return selection.locate(Scope.province(), new Criteria(null, null, null, usccs));
    }

    public boolean isSelected(int year, String uscc) {
        return jdbc.sql("SELECT count(*) FROM wage_survey_enterprise WHERE year = :y AND uscc = :u")
                .param("y", year).param("u", uscc).query(Integer.class).single() > 0;
    }

    private int insert(CurrentUser user, int year, List<Located> found) {
        if (found.isEmpty()) return 0;
        StringBuilder usccs = new StringBuilder("{"), regions = new StringBuilder("{");
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                usccs.append(',');
                regions.append(',');
            }
            usccs.append(found.get(i).uscc());
            regions.append(found.get(i).regionCode());
        }
        return jdbc.sql("""
                        INSERT INTO wage_survey_enterprise (year, uscc, region_code, selected_by)
                        SELECT :y, t.uscc, t.region, :u
                        FROM unnest(CAST(:usccs AS text[]), CAST(:regions AS text[])) AS t (uscc, region)
                        ON CONFLICT (year, uscc) DO NOTHING""")
                .param("y", year).param("u", user.username())
                .param("usccs", usccs.append('}').toString()).param("regions", regions.append('}').toString())
                .update();
    }

    private void requireOpen(int year) {
        SurveyYear s = require(year);
        if (!"OPEN".equals(s.status())) throw new ValidationException("year", texts.get("wage.survey.error.closed", year));
    }

    private static SurveyYear map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp opened = rs.getTimestamp(5);
        return new SurveyYear(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                opened.toInstant(), rs.getInt(6));
    }
}
