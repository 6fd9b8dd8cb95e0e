package tongxing.monitoring.layoffplan;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.support.Logins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class LayoffPlanReviewTest {

    static final LocalDate LAYOFF_ON = LocalDate.of(2026, 12, 31);
    static final String ID_A = "11010519491231002X";

    @Autowired
    LayoffPlans plans;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Enterprise haikouEnterprise;

    @BeforeEach
    void setUp() {
        haikouEnterprise = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口裁员测试有限公司").build(), "TEST");
        Logins.runAs(users, "haikou");
    }

    @AfterEach
    void tearDown() {
        Logins.clear();
    }

    static String id(int seq) {
        String first17 = "46010019800101" + String.format("%03d", seq);
        return first17 + tongxing.platform.identity.ResidentIdNumber.checkCharacter(first17);
    }

    static EmployeeData employee(String idNumber, LocalDate hired, String wage) {
        return new EmployeeData("职工" + idNumber.substring(14, 17), idNumber, "包装工", hired, new BigDecimal(wage),
                ContractType.FIXED_TERM, false, false, EnumSet.noneOf(ProtectedStatus.class));
    }

    long plan(int workforce, LocalDate explained, LocalDate reported, String funds) {
        return plans.create(me(), new PlanData(haikouEnterprise.uscc(), "SERIOUS_DIFFICULTY", "订单下降", workforce, LAYOFF_ON,
                explained, reported, funds == null ? null : new BigDecimal(funds), "包装"));
    }

    CurrentUser me() {
        return CurrentUser.require();
    }

    LayoffPlan load(long id) {
        return plans.find(Scope.province(), id).orElseThrow();
    }

    void add(long id, EmployeeData... rows) {
        plans.addEmployees(me(), id, load(id).version(), List.of(rows));
    }

    @Test
    void ten_percent_of_a_small_workforce_requires_thirty_days_notice_and_a_report() {
        long id = plan(100, LAYOFF_ON.minusDays(29), null, "100000");
        for (int i = 1; i <= 10; i++) add(id, employee(id(i), LocalDate.of(2020, 1, 1), "5000"));
        LayoffAssessment a = plans.assess(load(id));
        assertThat(a.procedureRequired()).isTrue();
        assertThat(a.blocking()).extracting(Finding::rule).contains("explanation", "report");
        assertThat(a.blocking().get(0).text()).contains("不足三十日");
    }

    @Test
    void nine_percent_of_a_small_workforce_needs_no_layoff_procedure() {
        long id = plan(100, null, null, "1000000");
        for (int i = 1; i <= 9; i++) add(id, employee(id(i), LocalDate.of(2020, 1, 1), "5000"));
        LayoffAssessment a = plans.assess(load(id));
        assertThat(a.procedureRequired()).isFalse();
        assertThat(a.blocked()).isFalse();
    }

    @Test
    void thirty_days_exactly_and_a_report_pass() {
        long id = plan(100, LAYOFF_ON.minusDays(30), LAYOFF_ON.minusDays(20), "1000000");
        for (int i = 1; i <= 10; i++) add(id, employee(id(i), LocalDate.of(2020, 1, 1), "5000"));
        assertThat(plans.assess(load(id)).blocked()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ProtectedStatus.class)
    void each_article_42_status_blocks_acceptance(ProtectedStatus status) {
        long id = plan(1000, null, null, "1000000");
        add(id, new EmployeeData("孕期职工", ID_A, "文员", LocalDate.of(2019, 1, 1), new BigDecimal("6000"),
                ContractType.FIXED_TERM, false, false, Set.of(status)));
        LayoffAssessment a = plans.assess(load(id));
        assertThat(a.blocked()).isTrue();
        assertThat(a.blocking()).extracting(Finding::rule).containsExactly("protected");
        assertThat(a.blocking().get(0).text()).contains(status.text());
        plans.submit(me(), id, load(id).version());
        assertThatThrownBy(() -> plans.review(me(), id, load(id).version(), "ACCEPTED", "同意"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("不能认可");
        plans.review(me(), id, load(id).version(), "RETURNED", "请移除第四十二条人员");
        assertThat(load(id).status()).isEqualTo(LayoffPlanStatus.DRAFT);
        assertThat(load(id).returnedForCorrection()).isTrue();
    }

    @Test
    void a_returned_plan_is_corrected_and_reported_again_then_accepted() {
        long id = plan(1000, null, null, "1000000");
        add(id, new EmployeeData("医疗期职工", ID_A, "文员", LocalDate.of(2019, 1, 1), new BigDecimal("6000"),
                ContractType.FIXED_TERM, false, false, Set.of(ProtectedStatus.values()[0])));
        add(id, employee(id(1), LocalDate.of(2020, 1, 1), "5000"));
        plans.submit(me(), id, load(id).version());
        plans.review(me(), id, load(id).version(), "RETURNED", "请移除不得裁减的人员");
        LayoffPlan returned = load(id);
        assertThat(returned.returnedForCorrection()).isTrue();
        assertThat(returned.reviewOpinion()).isEqualTo("请移除不得裁减的人员");
        assertThat(LayoffPlans.mayEdit(me(), returned)).isTrue();

        long protectedId = plans.employees(id).get(0).id();
        plans.removeEmployee(me(), id, load(id).version(), protectedId);
        plans.submit(me(), id, load(id).version());
        assertThat(load(id).previouslyReturned()).isTrue();
        assertThat(load(id).reviewInForce()).isFalse();
        plans.review(me(), id, load(id).version(), "ACCEPTED", "整改后符合规定");
        assertThat(load(id).status()).isEqualTo(LayoffPlanStatus.REVIEWED);
        assertThat(load(id).reviewConclusion()).isEqualTo("ACCEPTED");
        assertThat(load(id).totalSeverance()).isPositive();
    }

    @Test
    void a_reported_plan_is_withdrawn_before_review_and_a_draft_can_be_cancelled() {
        long id = plan(1000, null, null, "1000000");
        add(id, employee(id(1), LocalDate.of(2020, 1, 1), "5000"));
        assertThatThrownBy(() -> plans.withdraw(me(), id, load(id).version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("只能撤回已报告");
        plans.submit(me(), id, load(id).version());
        assertThatThrownBy(() -> add(id, employee(id(2), LocalDate.of(2020, 1, 1), "5000")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("不能再修改");
        plans.withdraw(me(), id, load(id).version());
        assertThat(load(id).status()).isEqualTo(LayoffPlanStatus.DRAFT);
        add(id, employee(id(2), LocalDate.of(2020, 1, 1), "5000"));
        assertThat(plans.employees(id)).hasSize(2);

        plans.cancel(me(), id, load(id).version(), "订单恢复，不再裁员");
        assertThat(load(id).status()).isEqualTo(LayoffPlanStatus.WITHDRAWN);
        assertThatThrownBy(() -> plans.submit(me(), id, load(id).version())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plans.withdraw(me(), id, load(id).version())).isInstanceOf(ValidationException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'layoff_plan' AND entity_id = :id AND summary LIKE '撤%'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void the_demo_enterprise_has_an_accepted_plan_with_its_employees_and_an_opinion() throws Exception {
        List<PlanRow> rows = plans.page(Scope.province(), new PlanFilter("REVIEWED", "91460100MA5T00001L", null), 1, 100).rows();
        assertThat(rows).isNotEmpty();
        PlanRow demo = rows.get(rows.size() - 1);
        assertThat(demo.reviewConclusion()).isEqualTo("ACCEPTED");
        assertThat(demo.cut()).isEqualTo(24);
        mvc.perform(get("/monitoring/layoff-plans/" + demo.id() + "/opinion.pdf").with(Logins.as(users, "enterprise")))
                .andExpect(status().isOk());
    }

    @Test
    void sanya_cannot_withdraw_a_haikou_plan() throws Exception {
        long id = plan(1000, null, null, "1000000");
        add(id, employee(id(1), LocalDate.of(2020, 1, 1), "5000"));
        plans.submit(me(), id, load(id).version());
        mvc.perform(post("/monitoring/layoff-plans/" + id + "/withdraw").param("version", String.valueOf(load(id).version()))
                .with(Logins.as(users, "sanya")).with(csrf())).andExpect(status().isNotFound());
        assertThat(load(id).status()).isEqualTo(LayoffPlanStatus.SUBMITTED);
    }

    @Test
    void priority_retention_groups_are_flagged_not_blocked() {
        long id = plan(1000, null, null, "1000000");
        add(id, new EmployeeData("无固定期限", id(1), null, LocalDate.of(2015, 1, 1), new BigDecimal("6000"), ContractType.OPEN_ENDED, false, false, Set.of()),
                new EmployeeData("长期合同", id(2), null, LocalDate.of(2015, 1, 1), new BigDecimal("6000"), ContractType.FIXED_TERM, true, false, Set.of()),
                new EmployeeData("唯一就业", id(3), null, LocalDate.of(2015, 1, 1), new BigDecimal("6000"), ContractType.FIXED_TERM, false, true, Set.of()),
                employee(id(4), LocalDate.of(2015, 1, 1), "6000"));
        LayoffAssessment a = plans.assess(load(id));
        assertThat(a.blocked()).isFalse();
        assertThat(a.warnings()).filteredOn(f -> f.rule().equals("priority")).hasSize(3)
                .extracting(Finding::text).anyMatch(t -> t.contains("无固定期限")).anyMatch(t -> t.contains("较长期限"))
                .anyMatch(t -> t.contains("扶养"));
    }

    @Test
    void severance_at_the_edges_exactly_six_months_cap_on_and_off_pre_2008() {
        long id = plan(1000, null, null, null);
        add(id, employee(id(1), LocalDate.of(2026, 7, 1), "5000"),      // 6 months exactly: one month
                employee(id(2), LocalDate.of(2026, 7, 2), "5000"),      // one day short: half a month
                employee(id(3), LocalDate.of(2008, 1, 1), "40000"),     // 19 years, capped: 12 months of the cap
                employee(id(4), LocalDate.of(2008, 1, 1), "20000"),     // 19 years, not capped
                employee(id(5), LocalDate.of(2005, 3, 1), "5000"),      // pre-2008: counted from 2008, flagged
                employee(id(6), LocalDate.of(2020, 1, 1), "1000"));     // below Haikou's minimum wage 1830
        LayoffAssessment a = plans.assess(load(id));
        List<EmployeeSeverance> s = a.severance();
        assertThat(s.get(0).quote().monthsCounted()).isEqualByComparingTo("1");
        assertThat(s.get(0).amount()).isEqualByComparingTo("5000.00");
        assertThat(s.get(1).amount()).isEqualByComparingTo("2500.00");
        assertThat(s.get(2).quote().capped()).isTrue();
        assertThat(s.get(2).quote().monthsCounted()).isEqualByComparingTo("12");
        assertThat(s.get(2).amount()).isEqualByComparingTo(s.get(2).quote().wageUsed().multiply(BigDecimal.valueOf(12)));
        assertThat(s.get(2).quote().wageUsed()).isLessThan(new BigDecimal("40000"));
        assertThat(s.get(3).quote().capped()).isFalse();
        assertThat(s.get(3).amount()).isEqualByComparingTo("380000.00");
        assertThat(s.get(4).pre2008()).isTrue();
        assertThat(s.get(4).amount()).isEqualByComparingTo("95000.00");
        assertThat(a.warnings()).extracting(Finding::rule).contains("pre2008", "funds");
        assertThat(s.get(5).amount()).isEqualByComparingTo("12810.00");  // 1830 × 7
    }

    @Test
    void funds_below_the_total_show_the_shortfall() {
        long id = plan(1000, null, null, "8000");
        add(id, employee(id(1), LocalDate.of(2024, 12, 1), "5000"));   // 2 years 1 month: 2.5 months = 12,500
        LayoffAssessment a = plans.assess(load(id));
        assertThat(a.total()).isEqualByComparingTo("12500.00");
        assertThat(a.shortfall()).isEqualByComparingTo("4500.00");
        assertThat(a.abilityToPay()).contains("资金缺口 4,500.00 元");
        assertThat(a.fundsSufficient()).isFalse();
    }

    @Test
    void submitted_reviewed_and_the_opinion_pdf_carries_the_chinese_total() throws Exception {
        long id = plan(100, LAYOFF_ON.minusDays(40), LAYOFF_ON.minusDays(35), "1000000");
        for (int i = 1; i <= 10; i++) add(id, employee(id(i), LocalDate.of(2024, 12, 1), "5000"));
        plans.submit(me(), id, load(id).version());
        assertThat(load(id).submittedOn()).isNotNull();
        assertThatThrownBy(() -> plans.review(me(), id, load(id).version() - 1, "ACCEPTED", "同意"))
                .isInstanceOf(OptimisticLockException.class);
        plans.review(me(), id, load(id).version(), "ACCEPTED", "方案符合规定，请依法实施。");
        LayoffPlan reviewed = load(id);
        assertThat(reviewed.status()).isEqualTo(LayoffPlanStatus.REVIEWED);
        assertThat(reviewed.totalSeverance()).isEqualByComparingTo("125000.00");

        byte[] pdf = mvc.perform(get("/monitoring/layoff-plans/" + id + "/opinion.pdf").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("裁员方案指导意见书", "海口裁员测试有限公司", "经济补偿合计：125,000.00元", "4601**********", "方案符合规定");
            assertThat(text).doesNotContain(id(1));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'layoff_plan' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void id_numbers_are_stored_encrypted_and_checked() {
        long id = plan(1000, null, null, null);
        add(id, employee(ID_A, LocalDate.of(2020, 1, 1), "5000"));
        String stored = jdbc.sql("SELECT id_number_enc FROM monitoring_layoff_employee WHERE plan_id = :p").param("p", id).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(ID_A);
        assertThatThrownBy(() -> add(id, employee("110105194912310021", LocalDate.of(2020, 1, 1), "5000")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("校验位");
        assertThatThrownBy(() -> add(id, employee(ID_A, LocalDate.of(2020, 1, 1), "5000")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("已在本方案");
    }

    @Test
    void grounds_outside_article_41_are_refused() {
        assertThatThrownBy(() -> plans.create(me(), new PlanData(haikouEnterprise.uscc(), "MARKET_SHARE", null, 100, LAYOFF_ON,
                null, null, null, null))).isInstanceOf(ValidationException.class).hasMessageContaining("四种情形");
    }

    @Test
    void sanya_cannot_read_or_review_a_haikou_plan_and_the_enterprise_sees_only_its_own() throws Exception {
        long id = plan(100, null, null, null);
        mvc.perform(get("/monitoring/layoff-plans/" + id).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/layoff-plans/" + id + "/opinion.pdf").with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/layoff-plans/" + id).with(Logins.as(users, "enterprise"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/layoff-plans/" + id).with(Logins.as(users, "haikou"))).andExpect(status().isOk());
        Logins.runAs(users, "sanya");
        assertThatThrownBy(() -> plans.review(CurrentUser.require(), id, 0, "RETURNED", "x")).isInstanceOf(NotFoundException.class);

        Logins.runAs(users, "enterprise");
        long own = plans.create(CurrentUser.require(), new PlanData(haikouEnterprise.uscc(), "RESTRUCTURING", null, 260, LAYOFF_ON,
                null, null, null, null));
        assertThat(load(own).uscc()).isEqualTo("91460100MA5T00001L");
        assertThat(plans.page(CurrentUser.require().scope(), new PlanFilter(null, null, null), 1, 100).rows())
                .extracting(PlanRow::uscc).containsOnly("91460100MA5T00001L");
    }
}
