package tongxing.monitoring.layoffplan;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 裁员方案审查: an enterprise (or staff on its behalf) drafts a plan and its list of employees,
 * reports it (SUBMITTED), and the bureau reviews it (REVIEWED, with an opinion). Every read is
 * limited to the caller's scope (out of scope = 404), every write is audited and optimistically locked.
 */
@Service
public class LayoffPlans {

    static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = """
            p.id, p.uscc, p.region_code, p.enterprise_name, p.status, p.grounds, p.grounds_detail, p.workforce,
            p.layoff_on, p.explained_on, p.reported_on, p.funds_available, p.positions, p.submitted_on,
            p.review_conclusion, p.review_opinion, p.reviewed_by, p.reviewed_on, p.total_severance, p.created_by, p.version""";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final LayoffAssessor assessor;
    private final Texts texts;

    LayoffPlans(JdbcClient jdbc, EnterpriseRegistry registry, PersonalDataCipher cipher, AuditLog audit, LayoffAssessor assessor,
                Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.registry = registry;
        this.cipher = cipher;
        this.audit = audit;
        this.assessor = assessor;
    }

    /** Only staff and enterprises work with layoff plans; others see none. */
    public static boolean mayUse(Role role) {
        return role.isStaff() || role == Role.ENTERPRISE;
    }

    public static boolean mayReview(CurrentUser user, LayoffPlan plan) {
        return user.role().isStaff() && ScopeSql.mayWriteRegion(user.scope(), plan.regionCode());
    }

    public static boolean mayEdit(CurrentUser user, LayoffPlan plan) {
        return plan.draft() && isAuthor(user, plan);
    }

    /** 撤回: the enterprise (or staff on its behalf) takes a reported plan back before it is reviewed. */
    public static boolean mayWithdraw(CurrentUser user, LayoffPlan plan) {
        return plan.status() == LayoffPlanStatus.SUBMITTED && isAuthor(user, plan);
    }

    /** 撤销: the enterprise gives up a plan that is not reported; it stays on record, closed. */
    public static boolean mayCancel(CurrentUser user, LayoffPlan plan) {
        return plan.draft() && isAuthor(user, plan);
    }

    private static boolean isAuthor(CurrentUser user, LayoffPlan plan) {
        if (user.role() == Role.ENTERPRISE) return plan.uscc().equals(user.enterpriseUscc());
        return user.role().isStaff() && ScopeSql.mayWriteRegion(user.scope(), plan.regionCode());
    }

    public Optional<LayoffPlan> find(Scope scope, long id) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "p.region_code", "p.uscc");
        return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_layoff_plan p WHERE p.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(LayoffPlans::plan).optional();
    }

    public LayoffPlan require(CurrentUser user, long id) {
        if (!mayUse(user.role())) throw new NotFoundException();
        return find(user.scope(), id).orElseThrow(NotFoundException::new);
    }

    public List<LayoffEmployee> employees(long planId) {
        return jdbc.sql("""
                        SELECT id, name, id_number_enc, position, hire_date, average_wage, contract_type, long_fixed_term,
                               sole_earner, protected_status
                        FROM monitoring_layoff_employee WHERE plan_id = :plan ORDER BY id""")
                .param("plan", planId).query(this::employee).list();
    }

    public LayoffAssessment assess(LayoffPlan plan) {
        return assessor.assess(plan, employees(plan.id()));
    }

    @Transactional
    public long create(CurrentUser user, PlanData data) {
        if (!mayUse(user.role())) throw new NotFoundException();
        String uscc = user.role() == Role.ENTERPRISE ? user.enterpriseUscc() : trim(data.uscc());
        List<Violation> v = check(data);
        Enterprise enterprise = null;
        if (uscc == null) v.add(new Violation("uscc", texts.get("casework.error.usccRequired")));
        else {
            enterprise = registry.find(user.scope(), uscc).orElse(null);
            if (enterprise == null) v.add(new Violation("uscc", texts.get("casework.error.unknownEnterprise", uscc)));
            else if (user.role() != Role.ENTERPRISE && !ScopeSql.mayWriteRegion(user.scope(), enterprise.regionCode()))
                v.add(new Violation("uscc", texts.get("casework.layoff.error.outOfScope")));
        }
        if (!v.isEmpty()) throw new ValidationException(v);
        long id = jdbc.sql("""
                        INSERT INTO monitoring_layoff_plan (uscc, region_code, enterprise_name, created_by, grounds,
                            grounds_detail, workforce, layoff_on, explained_on, reported_on, funds_available, positions)
                        VALUES (:uscc, :region, :name, :by, :grounds, :detail, :workforce, :layoffOn, :explainedOn,
                            :reportedOn, :funds, :positions)
                        RETURNING id""")
                .param("uscc", enterprise.uscc()).param("region", enterprise.regionCode()).param("name", enterprise.name())
                .param("by", user.username()).params(params(data))
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "layoff_plan", String.valueOf(id), "新建裁员方案：" + enterprise.name(), null, view(data));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long id, int version, PlanData data) {
        LayoffPlan before = requireEditable(user, id);
        List<Violation> v = check(data);
        if (!v.isEmpty()) throw new ValidationException(v);
        int n = jdbc.sql("""
                        UPDATE monitoring_layoff_plan SET grounds = :grounds, grounds_detail = :detail, workforce = :workforce,
                            layoff_on = :layoffOn, explained_on = :explainedOn, reported_on = :reportedOn,
                            funds_available = :funds, positions = :positions, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .params(params(data)).param("id", id).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("casework.record.layoffPlan"));
        audit.record(AuditAction.UPDATE, "layoff_plan", String.valueOf(id), "修改裁员方案：" + before.enterpriseName(),
                view(before), view(data));
    }

    @Transactional
    public void addEmployees(CurrentUser user, long id, int version, List<EmployeeData> rows) {
        LayoffPlan plan = requireEditable(user, id);
        bump(id, version);
        for (EmployeeData e : rows) {
            List<Violation> v = EmployeeValidation.check(texts, e, plan.layoffOn(), EmployeeValidation.FORM_FIELDS);
            if (!v.isEmpty()) throw new ValidationException(v);
            String idNumber = ResidentIdNumber.normalize(e.idNumber());
            try {
                jdbc.sql("""
                                INSERT INTO monitoring_layoff_employee (plan_id, name, id_number_enc, id_number_hash, position,
                                    hire_date, average_wage, contract_type, long_fixed_term, sole_earner, protected_status)
                                VALUES (:plan, :name, :enc, :hash, :position, :hire, :wage, :contract, :longTerm, :sole,
                                    CAST(:protected AS text[]))""")
                        .param("plan", id).param("name", e.name().trim()).param("enc", cipher.encrypt(idNumber))
                        .param("hash", cipher.searchHash(idNumber)).param("position", trim(e.position()))
                        .param("hire", e.hireDate()).param("wage", e.averageWage()).param("contract", e.contractType().name())
                        .param("longTerm", e.longFixedTerm()).param("sole", e.soleEarner())
                        .param("protected", "{" + e.protectedStatus().stream().map(Enum::name).sorted()
                                .collect(Collectors.joining(",")) + "}")
                        .update();
            } catch (DuplicateKeyException ex) {
                throw new ValidationException("idNumber", texts.get("casework.layoff.error.duplicateIdNumber",
                        tongxing.platform.crypto.Masking.idNumber(idNumber)));
            }
        }
        audit.record(AuditAction.UPDATE, "layoff_plan", String.valueOf(id), "裁减名单新增 " + rows.size() + " 人：" + plan.enterpriseName(),
                null, Map.of("added", rows.stream().map(e -> e.name() + " " + tongxing.platform.crypto.Masking.idNumber(e.idNumber())).toList()));
    }

    @Transactional
    public void removeEmployee(CurrentUser user, long id, int version, long employeeId) {
        LayoffPlan plan = requireEditable(user, id);
        LayoffEmployee e = employees(id).stream().filter(x -> x.id() == employeeId).findFirst().orElseThrow(NotFoundException::new);
        bump(id, version);
        jdbc.sql("DELETE FROM monitoring_layoff_employee WHERE id = :id AND plan_id = :plan").param("id", employeeId).param("plan", id).update();
        audit.record(AuditAction.DELETE, "layoff_plan", String.valueOf(id), "裁减名单移除 " + e.name() + "：" + plan.enterpriseName(),
                Map.of("name", e.name(), "idNumber", e.maskedIdNumber()), null);
    }

    /** 报告: DRAFT → SUBMITTED. Incomplete plans cannot be reported; what the law forbids is shown, and blocks acceptance. */
    @Transactional
    public void submit(CurrentUser user, long id, int version) {
        LayoffPlan plan = requireEditable(user, id);
        List<Violation> v = new ArrayList<>();
        if (plan.grounds() == null) v.add(new Violation("grounds", texts.get("casework.layoff.error.groundsRequired")));
        if (plan.layoffOn() == null) v.add(new Violation("layoffOn", texts.get("casework.layoff.error.layoffOnRequired")));
        if (plan.workforce() == null) v.add(new Violation("workforce", texts.get("casework.layoff.error.workforceRequired")));
        if (employees(id).isEmpty()) v.add(new Violation("employees", texts.get("casework.layoff.error.employeesRequired")));
        if (!v.isEmpty()) throw new ValidationException(v);
        int n = jdbc.sql("""
                        UPDATE monitoring_layoff_plan SET status = 'SUBMITTED', submitted_on = :today, updated_at = now(),
                            version = version + 1
                        WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("today", LocalDate.now(HAINAN)).param("id", id).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("casework.record.layoffPlan"));
        audit.record(AuditAction.UPDATE, "layoff_plan", String.valueOf(id), "报告裁员方案：" + plan.enterpriseName(),
                Map.of("status", "DRAFT"), Map.of("status", "SUBMITTED"));
    }

    /** 撤回: SUBMITTED → DRAFT, before the review, so that the enterprise can correct and report it again. */
    @Transactional
    public void withdraw(CurrentUser user, long id, int version) {
        LayoffPlan plan = require(user, id);
        if (!mayWithdraw(user, plan)) {
            if (plan.status() != LayoffPlanStatus.SUBMITTED)
                throw new ValidationException("status", texts.get("casework.layoff.error.withdrawOnlySubmitted",
                        texts.get(plan.status().labelKey())));
            throw new ValidationException("status", texts.get("casework.layoff.error.mayNotWithdraw"));
        }
        transition(id, version, "SUBMITTED", "status = 'DRAFT'", Map.of());
        audit.record(AuditAction.UPDATE, "layoff_plan", String.valueOf(id), "撤回裁员方案：" + plan.enterpriseName(),
                Map.of("status", "SUBMITTED"), Map.of("status", "DRAFT"));
    }

    /** 撤销: DRAFT → WITHDRAWN; the enterprise no longer plans this layoff. Kept on record, never edited again. */
    @Transactional
    public void cancel(CurrentUser user, long id, int version, String reason) {
        LayoffPlan plan = require(user, id);
        if (!mayCancel(user, plan)) {
            if (!plan.draft()) throw new ValidationException("status", texts.get("casework.layoff.error.cancelOnlyDraft",
                    texts.get(plan.status().labelKey())));
            throw new ValidationException("status", texts.get("casework.layoff.error.mayNotCancel"));
        }
        if (reason != null && reason.length() > 500) throw new ValidationException("reason", texts.get("casework.layoff.error.reasonTooLong"));
        transition(id, version, "DRAFT", "status = 'WITHDRAWN'", Map.of());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "WITHDRAWN");
        after.put("reason", trim(reason));
        audit.record(AuditAction.UPDATE, "layoff_plan", String.valueOf(id), "撤销裁员方案：" + plan.enterpriseName(),
                Map.of("status", "DRAFT"), after);
    }

    private void transition(long id, int version, String from, String set, Map<String, Object> params) {
        int n = jdbc.sql("UPDATE monitoring_layoff_plan SET " + set + ", updated_at = now(), version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = :from")
                .params(params).param("id", id).param("version", version).param("from", from).update();
        if (n == 0) throw new OptimisticLockException(texts.get("casework.record.layoffPlan"));
    }

    /**
     * 审查: SUBMITTED → REVIEWED (无异议) with an opinion, or back to DRAFT (退回整改) with the opinion kept on the
     * plan so that the enterprise can correct it and report it again. A plan with blocking findings can only be
     * returned, never accepted.
     */
    @Transactional
    public void review(CurrentUser user, long id, int version, String conclusion, String opinion) {
        if (!mayUse(user.role())) throw new NotFoundException();
        LayoffPlan plan = find(user.scope(), id).orElseThrow(NotFoundException::new);
        if (!mayReview(user, plan)) throw new ValidationException("review", texts.get("casework.layoff.error.mayNotReview"));
        if (plan.status() != LayoffPlanStatus.SUBMITTED) throw new ValidationException("review", texts.get("casework.layoff.error.reviewOnlySubmitted"));
        List<Violation> v = new ArrayList<>();
        if (!"ACCEPTED".equals(conclusion) && !"RETURNED".equals(conclusion))
            v.add(new Violation("conclusion", texts.get("casework.layoff.error.conclusionRequired")));
        if (opinion == null || opinion.isBlank()) v.add(new Violation("opinion", texts.get("casework.layoff.error.opinionRequired")));
        else if (opinion.length() > 4000) v.add(new Violation("opinion", texts.get("casework.layoff.error.opinionTooLong")));
        LayoffAssessment a = assess(plan);
        if ("ACCEPTED".equals(conclusion) && a.blocked())
            v.add(new Violation("conclusion", texts.get("casework.layoff.error.blocked", String.valueOf(a.blocking().size()))));
        if (!v.isEmpty()) throw new ValidationException(v);
        int n = jdbc.sql("""
                        UPDATE monitoring_layoff_plan SET status = :status, review_conclusion = :conclusion,
                            review_opinion = :opinion, reviewed_by = :by, reviewed_on = :today, total_severance = :total,
                            updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version AND status = 'SUBMITTED'""")
                .param("status", "ACCEPTED".equals(conclusion) ? "REVIEWED" : "DRAFT")
                .param("conclusion", conclusion).param("opinion", opinion.trim()).param("by", user.displayName())
                .param("today", LocalDate.now(HAINAN)).param("total", a.total())
                .param("id", id).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("casework.record.layoffPlan"));
        audit.record(AuditAction.UPDATE, "layoff_plan", String.valueOf(id), "审查裁员方案：" + plan.enterpriseName(),
                Map.of("status", "SUBMITTED"), Map.of("status", "ACCEPTED".equals(conclusion) ? "REVIEWED" : "DRAFT",
                        "conclusion", conclusion, "opinion", opinion.trim()));
    }

    /** The list, within the scope. */
    public PlanPage page(Scope scope, PlanFilter filter, int page, int size) {
        Where w = where(scope, filter);
        long total = jdbc.sql("SELECT count(*) FROM monitoring_layoff_plan p WHERE " + w.sql).params(w.params).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + size - 1) / size)));
        List<PlanRow> rows = jdbc.sql("""
                        SELECT p.id, p.uscc, p.region_code, p.enterprise_name, p.status, p.layoff_on, p.submitted_on,
                               p.review_conclusion, p.reviewed_on, p.workforce,
                               (SELECT count(*) FROM monitoring_layoff_employee e WHERE e.plan_id = p.id) AS cut
                        FROM monitoring_layoff_plan p WHERE """ + " " + w.sql + " ORDER BY p.id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", size).param("offset", (p - 1) * size).query(LayoffPlans::row).list();
        return new PlanPage(rows, total, p, size);
    }

    public void stream(Scope scope, PlanFilter filter, java.util.function.Consumer<PlanRow> sink) {
        Where w = where(scope, filter);
        jdbc.sql("""
                        SELECT p.id, p.uscc, p.region_code, p.enterprise_name, p.status, p.layoff_on, p.submitted_on,
                               p.review_conclusion, p.reviewed_on, p.workforce,
                               (SELECT count(*) FROM monitoring_layoff_employee e WHERE e.plan_id = p.id) AS cut
                        FROM monitoring_layoff_plan p WHERE """ + " " + w.sql + " ORDER BY p.id DESC")
                .params(w.params).query(LayoffPlans::row).stream().forEach(sink);
    }

    /**
     * The latest reviewed (accepted) plan of an enterprise this year, for the service ledger's layoff fields
     * (本年度计划裁员人数、裁员岗位、经济补偿标准、支付能力评估).
     */
    public Optional<ReviewedPlan> latestReviewed(Scope scope, String uscc, int year) {
        return Optional.ofNullable(latestReviewed(scope, List.of(uscc), year).get(uscc));
    }

    /**
     * As above for many enterprises in one query (a ledger page, an export chunk). The severance total is the one
     * fixed at the review, so nothing is recomputed per line.
     */
    public Map<String, ReviewedPlan> latestReviewed(Scope scope, java.util.Collection<String> usccs, int year) {
        Map<String, ReviewedPlan> found = new LinkedHashMap<>();
        if (usccs.isEmpty()) return found;
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "p.region_code", "p.uscc");
        jdbc.sql("""
                        SELECT DISTINCT ON (p.uscc) p.uscc, p.id, p.positions, p.total_severance, p.funds_available,
                               (SELECT count(*) FROM monitoring_layoff_employee e WHERE e.plan_id = p.id) AS cut,
                               (SELECT string_agg(DISTINCT e.position, '、') FROM monitoring_layoff_employee e
                                 WHERE e.plan_id = p.id AND e.position <> '') AS employee_positions
                        FROM monitoring_layoff_plan p
                        WHERE p.uscc IN (:usccs) AND p.status = 'REVIEWED'
                          AND extract(year FROM coalesce(p.layoff_on, p.reviewed_on)) = :year AND """ + " " + s.sql() + """

                        ORDER BY p.uscc, p.reviewed_on DESC, p.id DESC""")
                .param("usccs", List.copyOf(usccs)).param("year", year).params(s.params())
                .query((rs, n) -> {
                    int cut = rs.getInt("cut");
                    BigDecimal total = rs.getBigDecimal("total_severance");
                    if (total == null) total = BigDecimal.ZERO;
                    String positions = rs.getString("positions");
                    if (positions == null || positions.isBlank()) positions = rs.getString("employee_positions");
                    BigDecimal average = cut == 0 ? BigDecimal.ZERO : total.divide(BigDecimal.valueOf(cut), 2, java.math.RoundingMode.HALF_UP);
                    // the ledger is a shared record, reported in the working language
                    String standard = texts.stored("casework.layoff.ledgerStandard", LayoffRules.money(total), LayoffRules.money(average));
                    BigDecimal funds = rs.getBigDecimal("funds_available");
                    BigDecimal severance = total;
                    String ability = Texts.inWorkingLanguage(() -> LayoffAssessment.abilityToPay(texts, severance, funds));
                    return found.put(rs.getString("uscc"), new ReviewedPlan(rs.getLong("id"), cut, positions, standard, ability));
                }).list();
        return found;
    }

    public record ReviewedPlan(long planId, int plannedLayoffs, String positions, String severanceStandard, String abilityToPay) {
    }

    private LayoffPlan requireEditable(CurrentUser user, long id) {
        LayoffPlan plan = require(user, id);
        if (!mayEdit(user, plan)) {
            if (!plan.draft()) throw new ValidationException("status", texts.get("casework.layoff.error.notEditable",
                    texts.get(plan.status().labelKey())));
            throw new ValidationException("status", texts.get("casework.layoff.error.mayNotEdit"));
        }
        return plan;
    }

    private void bump(long id, int version) {
        int n = jdbc.sql("UPDATE monitoring_layoff_plan SET version = version + 1, updated_at = now() WHERE id = :id AND version = :v AND status = 'DRAFT'")
                .param("id", id).param("v", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("casework.record.layoffPlan"));
    }

    private List<Violation> check(PlanData d) {
        List<Violation> v = new ArrayList<>();
        if (d.grounds() == null || d.grounds().isBlank()) v.add(new Violation("grounds", texts.get("casework.layoff.error.groundsRequired")));
        else if (LayoffGrounds.parse(d.grounds()).isEmpty())
            v.add(new Violation("grounds", texts.get("casework.layoff.error.groundsInvalid")));
        if (d.groundsDetail() != null && d.groundsDetail().length() > 2000)
            v.add(new Violation("groundsDetail", texts.get("casework.layoff.error.groundsDetailTooLong")));
        if (d.workforce() == null) v.add(new Violation("workforce", texts.get("casework.layoff.error.workforceRequired")));
        else if (d.workforce() <= 0) v.add(new Violation("workforce", texts.get("casework.layoff.error.workforcePositive")));
        if (d.layoffOn() == null) v.add(new Violation("layoffOn", texts.get("casework.layoff.error.layoffOnRequired")));
        if (d.explainedOn() != null && d.layoffOn() != null && d.explainedOn().isAfter(d.layoffOn()))
            v.add(new Violation("explainedOn", texts.get("casework.layoff.error.explainedAfterLayoff")));
        if (d.fundsAvailable() != null && d.fundsAvailable().signum() < 0)
            v.add(new Violation("fundsAvailable", texts.get("casework.layoff.error.fundsNegative")));
        if (d.positions() != null && d.positions().length() > 500)
            v.add(new Violation("positions", texts.get("casework.layoff.error.positionsTooLong")));
        return v;
    }

    private static Map<String, Object> params(PlanData d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("grounds", LayoffGrounds.parse(d.grounds()).map(Enum::name).orElse(null));
        p.put("detail", trim(d.groundsDetail()));
        p.put("workforce", d.workforce());
        p.put("layoffOn", d.layoffOn());
        p.put("explainedOn", d.explainedOn());
        p.put("reportedOn", d.reportedOn());
        p.put("funds", d.fundsAvailable());
        p.put("positions", trim(d.positions()));
        return p;
    }

    private static Map<String, Object> view(PlanData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grounds", d.grounds());
        m.put("workforce", d.workforce());
        m.put("layoffOn", String.valueOf(d.layoffOn()));
        m.put("explainedOn", String.valueOf(d.explainedOn()));
        m.put("reportedOn", String.valueOf(d.reportedOn()));
        m.put("fundsAvailable", d.fundsAvailable() == null ? null : d.fundsAvailable().toPlainString());
        m.put("positions", d.positions());
        return m;
    }

    private static Map<String, Object> view(LayoffPlan p) {
        return view(new PlanData(p.uscc(), p.grounds() == null ? null : p.grounds().name(), p.groundsDetail(), p.workforce(),
                p.layoffOn(), p.explainedOn(), p.reportedOn(), p.fundsAvailable(), p.positions()));
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, PlanFilter f) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "p.region_code", "p.uscc");
        StringBuilder sql = new StringBuilder(s.sql());
        Map<String, Object> params = new LinkedHashMap<>(s.params());
        if (f.status() != null && !f.status().isBlank()) {
            sql.append(" AND p.status = :status");
            params.put("status", f.status());
        }
        if (f.region() != null && !f.region().isBlank()) {
            sql.append(" AND p.region_code = :region");
            params.put("region", f.region());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" AND (p.enterprise_name LIKE :q ESCAPE '\\' OR p.uscc = :uscc)");
            params.put("q", "%" + f.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("uscc", f.q().trim().toUpperCase());
        }
        return new Where(sql.toString(), params);
    }

    static LayoffPlan plan(ResultSet rs, int n) throws SQLException {
        return new LayoffPlan(rs.getLong("id"), rs.getString("uscc"), rs.getString("region_code"), rs.getString("enterprise_name"),
                LayoffPlanStatus.valueOf(rs.getString("status")), LayoffGrounds.parse(rs.getString("grounds")).orElse(null),
                rs.getString("grounds_detail"), (Integer) rs.getObject("workforce"), rs.getObject("layoff_on", LocalDate.class),
                rs.getObject("explained_on", LocalDate.class), rs.getObject("reported_on", LocalDate.class),
                rs.getBigDecimal("funds_available"), rs.getString("positions"), rs.getObject("submitted_on", LocalDate.class),
                rs.getString("review_conclusion"), rs.getString("review_opinion"), rs.getString("reviewed_by"),
                rs.getObject("reviewed_on", LocalDate.class), rs.getBigDecimal("total_severance"), rs.getString("created_by"),
                rs.getInt("version"));
    }

    private static PlanRow row(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getString("uscc"), rs.getString("region_code"), rs.getString("enterprise_name"),
                LayoffPlanStatus.valueOf(rs.getString("status")), rs.getObject("layoff_on", LocalDate.class),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("review_conclusion"),
                rs.getObject("reviewed_on", LocalDate.class), (Integer) rs.getObject("workforce"), rs.getInt("cut"));
    }

    private LayoffEmployee employee(ResultSet rs, int n) throws SQLException {
        Array a = rs.getArray("protected_status");
        Set<ProtectedStatus> statuses = EnumSet.noneOf(ProtectedStatus.class);
        if (a != null) Arrays.stream((String[]) a.getArray()).forEach(s -> statuses.add(ProtectedStatus.valueOf(s)));
        return new LayoffEmployee(rs.getLong("id"), rs.getString("name"), cipher.decrypt(rs.getString("id_number_enc")),
                rs.getString("position"), rs.getObject("hire_date", LocalDate.class), rs.getBigDecimal("average_wage"),
                ContractType.valueOf(rs.getString("contract_type")), rs.getBoolean("long_fixed_term"),
                rs.getBoolean("sole_earner"), statuses);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
