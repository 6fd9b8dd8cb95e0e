package tongxing.wage.collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.wage.survey.ReturnStatus;
import tongxing.wage.validation.TotalsRule;
import tongxing.wage.validation.ValidationSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The use cases of a return besides the upload: fill the enterprise form, confirm outlier warnings,
 * submit, send back (退回) and accept (验收). Every change checks the version it was shown
 * (optimistic locking) and is audited.
 */
@Service
public class ReturnWorkflow {

    private final JdbcClient jdbc;
    private final SurveyReturns returns;
    private final Industries industries;
    private final OwnershipTypes ownerships;
    private final Regions regions;
    private final ValidationSettings settings;
    private final AuditLog audit;
    private final Texts texts;

    ReturnWorkflow(JdbcClient jdbc, SurveyReturns returns, Industries industries, OwnershipTypes ownerships,
                   Regions regions, ValidationSettings settings, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.returns = returns;
        this.industries = industries;
        this.ownerships = ownerships;
        this.regions = regions;
        this.settings = settings;
        this.audit = audit;
        this.texts = texts;
    }

    /** What still stops the return from being validated (form vs records); empty when nothing does. */
    public List<Violation> problems(SurveyReturn r) {
        return new TotalsRule(settings.payTolerance()).check(texts, r.employees(), r.totalPay(), r.recordCount(), r.recordPay());
    }

    @Transactional
    public SurveyReturn saveForm(CurrentUser user, long id, ReturnForm form) {
        SurveyReturn r = returns.require(user.scope(), id);
        deny(texts, ReturnTransitions.mayEdit(user, r));
        ReturnForm.Report f = form.parse(texts, industries, ownerships, regions);
        if (!f.regionCode().equals(r.regionCode()) && !WageAccessRegion.mayMove(user, f.regionCode()))
            throw new ValidationException("regionCode", texts.get("wage.return.error.ownRegion"));
        int n = jdbc.sql("""
                        UPDATE wage_survey_enterprise SET industry_code = :industry, industry_section = :section,
                            ownership_code = :ownership, size_class = :size, region_code = :region, employees = :employees,
                            total_pay = :totalPay, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("industry", f.industry().code()).param("section", f.industry().section())
                .param("ownership", f.ownershipCode()).param("size", f.sizeClass().name()).param("region", f.regionCode())
                .param("employees", f.employees()).param("totalPay", f.totalPay())
                .param("id", id).param("version", form.getVersion()).update();
        if (n == 0) throw new OptimisticLockException(texts.get("wage.return.what"));
        Map<String, Object> before = formView(r);
        SurveyReturn after = settle(id);
        audit.record(AuditAction.UPDATE, "wage_return", String.valueOf(id), "填报企业基本情况：" + r.uscc() + "（" + r.year() + "）",
                before, formView(after));
        return after;
    }

    @Transactional
    public SurveyReturn confirmWarnings(CurrentUser user, long id, int version) {
        SurveyReturn r = returns.require(user.scope(), id);
        deny(texts, ReturnTransitions.mayEdit(user, r));
        if (r.warningCount() == 0) throw new ValidationException("warnings", texts.get("wage.return.error.noWarnings"));
        int n = jdbc.sql("""
                        UPDATE wage_survey_enterprise SET warnings_confirmed_at = now(), warnings_confirmed_by = :u,
                            updated_at = now(), version = version + 1 WHERE id = :id AND version = :version""")
                .param("u", user.username()).param("id", id).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("wage.return.what"));
        SurveyReturn after = settle(id);
        audit.record(AuditAction.UPDATE, "wage_return", String.valueOf(id), "确认异常值属实 " + r.warningCount() + " 条：" + r.uscc(),
                Map.of("status", r.status().name()), Map.of("status", after.status().name()));
        return after;
    }

    /** Submits again after a return (or first, when records are in): SUBMITTED, then validated if nothing stops it. */
    @Transactional
    public SurveyReturn submit(CurrentUser user, long id, int version) {
        SurveyReturn r = returns.require(user.scope(), id);
        deny(texts, ReturnTransitions.maySubmit(user, r));
        setStatus(id, version, ReturnStatus.SUBMITTED, "submitted_at = now(), submitted_by = :u,", user);
        SurveyReturn after = settle(id);
        audit.record(AuditAction.UPDATE, "wage_return", String.valueOf(id), "提交薪酬调查填报：" + r.uscc(),
                Map.of("status", r.status().name()), Map.of("status", after.status().name()));
        return after;
    }

    @Transactional
    public SurveyReturn sendBack(CurrentUser user, long id, int version, String reason) {
        SurveyReturn r = returns.require(user.scope(), id);
        deny(texts, ReturnTransitions.maySendBack(user, r));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) throw new ValidationException("reason", texts.get("wage.return.error.reasonMissing"));
        if (why.length() > 1000) throw new ValidationException("reason", texts.get("wage.return.error.reasonTooLong"));
        int n = jdbc.sql("""
                        UPDATE wage_survey_enterprise SET status = 'RETURNED', return_reason = :reason, returned_at = now(),
                            returned_by = :u, accepted_at = NULL, accepted_by = NULL, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("reason", why).param("u", user.username()).param("id", id).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("wage.return.what"));
        audit.record(AuditAction.UPDATE, "wage_return", String.valueOf(id), "退回薪酬调查填报：" + r.uscc() + "，原因：" + why,
                Map.of("status", r.status().name()), Map.of("status", "RETURNED", "reason", why));
        return returns.require(user.scope(), id);
    }

    @Transactional
    public SurveyReturn accept(CurrentUser user, long id, int version) {
        SurveyReturn r = returns.require(user.scope(), id);
        deny(texts, ReturnTransitions.mayAccept(user, r));
        setStatus(id, version, ReturnStatus.ACCEPTED, "accepted_at = now(), accepted_by = :u,", user);
        audit.record(AuditAction.UPDATE, "wage_return", String.valueOf(id), "验收薪酬调查填报：" + r.uscc(),
                Map.of("status", r.status().name()), Map.of("status", "ACCEPTED"));
        return returns.require(user.scope(), id);
    }

    /**
     * A submitted return becomes VALIDATED when its records agree with the form and every outlier is
     * confirmed, and falls back to SUBMITTED when that stops being true. Other statuses stay.
     */
    SurveyReturn settle(long id) {
        SurveyReturn r = returns.require(tongxing.platform.security.Scope.province(), id);
        if (r.status() != ReturnStatus.SUBMITTED && r.status() != ReturnStatus.VALIDATED) return r;
        ReturnStatus target = problems(r).isEmpty() && !r.warningsPending() ? ReturnStatus.VALIDATED : ReturnStatus.SUBMITTED;
        if (target != r.status()) {
            jdbc.sql("UPDATE wage_survey_enterprise SET status = :s WHERE id = :id").param("s", target.name()).param("id", id).update();
            r = returns.require(tongxing.platform.security.Scope.province(), id);
        }
        return r;
    }

    private void setStatus(long id, int version, ReturnStatus status, String extra, CurrentUser user) {
        int n = jdbc.sql("UPDATE wage_survey_enterprise SET status = :s, " + extra
                        + " updated_at = now(), version = version + 1 WHERE id = :id AND version = :version")
                .param("s", status.name()).param("u", user.username()).param("id", id).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("wage.return.what"));
    }

    /** Refuses with the reason of a {@link ReturnTransitions} answer, in the user's language. */
    static void deny(Texts texts, Optional<String> reasonKey) {
        reasonKey.ifPresent(key -> {
            throw new ValidationException("status", texts.get(key));
        });
    }

    private static Map<String, Object> formView(SurveyReturn r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("industryCode", r.industryCode());
        m.put("ownershipCode", r.ownershipCode());
        m.put("sizeClass", r.sizeClass());
        m.put("regionCode", r.regionCode());
        m.put("employees", r.employees());
        m.put("totalPay", r.totalPay() == null ? null : r.totalPay().toPlainString());
        m.put("status", r.status().name());
        return m;
    }

    /** Moving a return to another region: the enterprise may (it knows where it is), a bureau only into its own. */
    static final class WageAccessRegion {
        static boolean mayMove(CurrentUser user, String newRegion) {
            return user.role() == tongxing.platform.security.Role.ENTERPRISE || ScopeSql.mayWriteRegion(user.scope(), newRegion);
        }
    }
}
