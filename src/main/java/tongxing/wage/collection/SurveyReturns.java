package tongxing.wage.collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.web.NotFoundException;
import tongxing.wage.survey.ReturnStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Loads returns within the caller's data scope; a return outside it does not exist (404). */
@Service
public class SurveyReturns {

    private static final String COLUMNS = """
            se.id, se.year, se.uscc, se.region_code, se.status, se.industry_code, se.industry_section, se.ownership_code,
            se.size_class, se.employees, se.total_pay, se.record_count, se.record_pay, se.warning_count,
            se.warnings_confirmed_at, se.submitted_at, se.submitted_by, se.accepted_at, se.accepted_by, se.return_reason,
            se.version""";

    private final JdbcClient jdbc;

    SurveyReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SurveyReturn> find(Scope scope, long id) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "se.region_code", "se.uscc");
        return jdbc.sql("SELECT " + COLUMNS + " FROM wage_survey_enterprise se WHERE se.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(SurveyReturns::map).optional();
    }

    public SurveyReturn require(Scope scope, long id) {
        return find(scope, id).orElseThrow(NotFoundException::new);
    }

    /** The returns of one enterprise (its survey tasks), newest year first. */
    public List<SurveyReturn> ofEnterprise(Scope scope, String uscc) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "se.region_code", "se.uscc");
        return jdbc.sql("SELECT " + COLUMNS + " FROM wage_survey_enterprise se WHERE se.uscc = :uscc AND " + s.sql()
                        + " ORDER BY se.year DESC")
                .param("uscc", uscc).params(s.params()).query(SurveyReturns::map).list();
    }

    static SurveyReturn map(ResultSet rs, int n) throws SQLException {
        int emp = rs.getInt("employees");
        Integer employees = rs.wasNull() ? null : emp;
        return new SurveyReturn(rs.getLong("id"), rs.getInt("year"), rs.getString("uscc"), rs.getString("region_code"),
                ReturnStatus.valueOf(rs.getString("status")), rs.getString("industry_code"),
                rs.getString("industry_section"), rs.getString("ownership_code"), rs.getString("size_class"), employees,
                rs.getBigDecimal("total_pay"), rs.getInt("record_count"), rs.getBigDecimal("record_pay"),
                rs.getInt("warning_count"), rs.getObject("warnings_confirmed_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("accepted_at", OffsetDateTime.class), rs.getString("accepted_by"),
                rs.getString("return_reason"), rs.getInt("version"));
    }
}
