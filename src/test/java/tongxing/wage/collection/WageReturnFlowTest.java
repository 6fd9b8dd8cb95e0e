package tongxing.wage.collection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.support.Logins;
import tongxing.wage.survey.ReturnStatus;
import tongxing.wage.survey.Surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
class WageReturnFlowTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2040 + (int) (System.nanoTime() % 20));
    private static final List<String> HEADER = List.of("职业编码", "学历", "年龄", "性别", "年工作小时", "基本工资", "奖金", "津贴补贴", "加班工资");

    @Autowired UserDetailsService users;
    @Autowired Surveys surveys;
    @Autowired EnterpriseRegistry registry;
    @Autowired RecordUpload upload;
    @Autowired ReturnWorkflow workflow;
    @Autowired SurveyReturns returns;
    @Autowired JdbcClient jdbc;

    int year;

    @BeforeEach
    void openYear() {
        year = YEARS.getAndIncrement();
        Logins.runAs(users, "admin");
        surveys.open(CurrentUser.require(), year, LocalDate.of(year + 1, 3, 31));
    }

    @AfterEach
    void logout() {
        Logins.clear();
    }

    /** A new registry enterprise in the region, selected for the year; returns the return's id. */
    long surveyed(String region) {
        Logins.runAs(users, "admin");
        var e = registry.create(Scope.province(), anEnterprise().inRegion(region).build(), "test");
        surveys.selectListed(CurrentUser.require(), year, List.of(new Located(e.uscc(), region)), "test");
        return jdbc.sql("SELECT id FROM wage_survey_enterprise WHERE year = :y AND uscc = :u")
                .param("y", year).param("u", e.uscc()).query(Long.class).single();
    }

    static List<TableRow> file(String... rows) {
        List<TableRow> out = new ArrayList<>();
        out.add(new TableRow(1, HEADER));
        for (int i = 0; i < rows.length; i++) out.add(new TableRow(i + 2, Arrays.asList(rows[i].split(",", -1))));
        return out;
    }

    RecordUpload.Result load(String user, long id, List<TableRow> rows) {
        Logins.runAs(users, user);
        return upload.upload(CurrentUser.require(), id, rows.iterator(), "test.csv");
    }

    @Test
    void an_unknown_occupation_code_rejects_the_file_row_by_row_and_keeps_the_stored_records() {
        long id = surveyed("460100");
        assertThat(load("admin", id, file("4-07-03-02,大学本科,30,男,2000,48000,0,0,0")).accepted()).isTrue();

        RecordUpload.Result bad = load("admin", id, file("4-07-03-02,大学本科,30,男,2000,50000,0,0,0", "9-99-99-99,,40,女,,50000,,,"));

        assertThat(bad.accepted()).isFalse();
        assertThat(bad.firstIssues()).singleElement().satisfies(i -> {
            assertThat(i.lineNo()).isEqualTo(3);
            assertThat(i.column()).isEqualTo("职业编码");
            assertThat(i.reason()).contains("9-99-99-99").contains("不在");
        });
        assertThat(returns.require(Scope.province(), id).recordPay()).isEqualByComparingTo("48000");
    }

    @Test
    void pay_exactly_at_the_prorated_minimum_wage_passes_and_below_it_is_an_error() {
        long id = surveyed("460100"); // Haikou: 1,830 a month
        assertThat(load("admin", id, file("4-07-03-02,,30,男,1000,10980,0,0,500")).accepted()).isTrue();

        RecordUpload.Result below = load("admin", id, file("4-07-03-02,,30,男,1000,10979.99,0,0,500"));
        assertThat(below.accepted()).isFalse();
        assertThat(below.firstIssues()).singleElement().satisfies(i -> assertThat(i.reason()).contains("10980.00"));
    }

    @Test
    void identical_rows_are_duplicates_and_a_file_loaded_twice_gives_the_same_data() {
        long id = surveyed("460200");
        RecordUpload.Result dup = load("admin", id, file("4-07-03-02,,30,男,,60000,0,0,0", "4-07-03-02,,30,男,,60000,0,0,0"));
        assertThat(dup.firstIssues()).singleElement().satisfies(i -> assertThat(i.reason()).contains("与第 2 行完全相同"));

        List<TableRow> good = file("4-07-03-02,,30,男,,60000,0,0,0", "4-07-03-02,,31,男,,61000,0,0,0");
        load("admin", id, good);
        String first = snapshot(id);
        load("admin", id, good);
        assertThat(snapshot(id)).isEqualTo(first);
        assertThat(returns.require(Scope.province(), id).recordCount()).isEqualTo(2);
    }

    String snapshot(long id) {
        return String.join(";", jdbc.sql("""
                        SELECT line_no || ':' || occupation_code || ':' || age || ':' || annual_pay FROM wage_employee_record
                        WHERE survey_enterprise_id = :id ORDER BY line_no""").param("id", id).query(String.class).list());
    }

    @Test
    void a_record_just_beyond_k_scaled_mads_is_a_warning_and_just_inside_is_not() {
        // Pool of the occupation: 10 × e^(m−a), 1 × e^m, 10 × e^(m+a), plus the tested record v (largest).
        // Median M = m + a/2, scaled MAD s = 1.4826 × a; outlier iff v − M > 3.5 × s.
        double m = Math.log(60000), a = 0.1, median = m + a / 2, limit = 3.5 * 1.4826 * a;
        long base = surveyed("460100");
        String[] rows = new String[21];
        for (int i = 0; i < 21; i++) {
            double lp = i < 10 ? m - a : i == 10 ? m : m + a;
            rows[i] = "4-07-03-02,,%d,男,,%.2f,0,0,0".formatted(20 + i, Math.exp(lp));
        }
        assertThat(load("admin", base, file(rows)).warnings()).isZero();

        long tested = surveyed("460100");
        String inside = "4-07-03-02,,30,男,,%.2f,0,0,0".formatted(Math.exp(median + limit - 0.001));
        String outside = "4-07-03-02,,30,男,,%.2f,0,0,0".formatted(Math.exp(median + limit + 0.001));

        assertThat(load("admin", tested, file(inside)).warnings()).isZero();
        RecordUpload.Result flagged = load("admin", tested, file(outside));
        assertThat(flagged.accepted()).isTrue();
        assertThat(flagged.warnings()).isEqualTo(1);
        assertThat(flagged.firstIssues().get(0).severity()).isEqualTo(RowIssue.Severity.WARNING);
    }

    /** 21 records of 4-07-03-02: 10 × e^(m−a), 1 × e^m, 10 × e^(m+a), with m = ln 60000 and a = 0.1. */
    static String[] spreadAround60000() {
        double m = Math.log(60000), a = 0.1;
        String[] rows = new String[21];
        for (int i = 0; i < 21; i++) {
            double lp = i < 10 ? m - a : i == 10 ? m : m + a;
            rows[i] = "4-07-03-02,,%d,男,,%.2f,0,0,0".formatted(20 + i, Math.exp(lp));
        }
        return rows;
    }

    @Test
    void the_reference_is_the_other_enterprises_stored_records_plus_the_file_without_the_returns_own_earlier_records() {
        double m = Math.log(60000), a = 0.1, median = m + a / 2, limit = 3.5 * 1.4826 * a;
        load("admin", surveyed("460100"), file(spreadAround60000()));
        long tested = surveyed("460100");
        // its first file: 30 records at 200,000, which would dominate the pool if they stayed in it
        String[] high = new String[30];
        for (int i = 0; i < 30; i++) high[i] = "4-07-03-02,,%d,女,,200000,0,0,0".formatted(20 + i);
        assertThat(load("admin", tested, file(high)).accepted()).isTrue();

        RecordUpload.Result again = load("admin", tested, file("4-07-03-02,,30,男,,%.2f,0,0,0".formatted(Math.exp(median + limit + 0.001))));

        // pool = the other return's 21 records + this file's one: median e^(m + a/2), scaled MAD 1.4826 × a;
        // with the replaced 30 records in it, the MAD would be 0 and nothing flagged
        assertThat(again.warnings()).isEqualTo(1);
        double p10 = Double.parseDouble("%.2f".formatted(Math.exp(m))), p11 = Double.parseDouble("%.2f".formatted(Math.exp(m + a)));
        double lo = Math.log(p10);
        String medianPay = java.math.BigDecimal.valueOf(Math.exp(lo + (Math.log(p11) - lo) * 0.5))
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(again.firstIssues().get(0).reason()).contains("中位数 " + medianPay + " 元", "超过 k×MAD = 0.519");
    }

    @Test
    void records_stored_by_another_path_join_the_reference_of_the_next_upload() {
        double m = Math.log(60000), a = 0.1, limit = 3.5 * 1.4826 * a;
        load("admin", surveyed("460100"), file(spreadAround60000()));
        long tested = surveyed("460100");
        List<TableRow> inside = file("4-07-03-02,,30,男,,%.2f,0,0,0".formatted(Math.exp(m + a / 2 + limit - 0.001)));
        assertThat(load("admin", tested, inside).warnings()).isZero();

        // 40 records written straight into the table (not through an upload): 20 × e^(m − a/4), 20 × e^(m + a/4)
        long other = surveyed("460100");
        for (int i = 0; i < 40; i++) {
            jdbc.sql("""
                            INSERT INTO wage_employee_record (survey_enterprise_id, year, uscc, line_no, occupation_code, base_pay)
                            SELECT id, year, uscc, :line, '4-07-03-02', :pay FROM wage_survey_enterprise WHERE id = :id""")
                    .param("line", i + 2).param("pay", java.math.BigDecimal.valueOf(Math.exp(i < 20 ? m - a / 4 : m + a / 4))
                            .setScale(2, java.math.RoundingMode.HALF_UP)).param("id", other).update();
        }

        // the same file again: median e^(m + a/8), scaled MAD 1.4826 × 3a/8, so the record is now far out
        RecordUpload.Result after = load("admin", tested, inside);
        assertThat(after.warnings()).isEqualTo(1);
        assertThat(after.firstIssues().get(0).reason()).contains("超过 k×MAD = 0.195");
    }

    @Test
    void enterprise_submits_confirms_outliers_and_the_own_region_bureau_accepts_while_another_region_cannot() {
        long id = surveyed("460200");
        Logins.runAs(users, "sanya");
        CurrentUser sanya = CurrentUser.require();
        ReturnForm form = ReturnForm.of(returns.require(sanya.scope(), id));
        form.setIndustryCode("52");
        form.setOwnershipCode("159");
        form.setSizeClass("SMALL");
        form.setEmployees("2");
        form.setTotalPay("121000");
        workflow.saveForm(sanya, id, form);
        load("sanya", id, file("4-07-03-02,,30,男,,60000,0,0,0", "4-07-03-02,,31,女,,61000,0,0,0"));
        SurveyReturn validated = returns.require(sanya.scope(), id);
        assertThat(validated.status()).isEqualTo(ReturnStatus.VALIDATED);

        Logins.runAs(users, "haikou");
        CurrentUser haikou = CurrentUser.require();
        assertThatThrownBy(() -> workflow.accept(haikou, id, validated.version())).isInstanceOf(NotFoundException.class);
        Logins.runAs(users, "union");
        CurrentUser union = CurrentUser.require();
        assertThatThrownBy(() -> workflow.accept(union, id, validated.version())).isInstanceOf(ValidationException.class);

        Logins.runAs(users, "sanya");
        SurveyReturn back = workflow.sendBack(sanya, id, validated.version(), "工资总额口径有误");
        assertThat(back.status()).isEqualTo(ReturnStatus.RETURNED);
        assertThatThrownBy(() -> workflow.accept(sanya, id, back.version())).isInstanceOf(ValidationException.class);
        SurveyReturn again = workflow.submit(sanya, id, back.version());
        assertThat(again.status()).isEqualTo(ReturnStatus.VALIDATED);
        assertThat(workflow.accept(sanya, id, again.version()).status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThatThrownBy(() -> load("sanya", id, file("4-07-03-02,,30,男,,60000,0,0,0")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("已验收");
    }

    @Test
    void a_stale_version_is_refused() {
        long id = surveyed("460100");
        Logins.runAs(users, "admin");
        CurrentUser admin = CurrentUser.require();
        ReturnForm form = ReturnForm.of(returns.require(admin.scope(), id));
        form.setIndustryCode("52");
        form.setOwnershipCode("159");
        form.setSizeClass("SMALL");
        form.setEmployees("1");
        form.setTotalPay("60000");
        workflow.saveForm(admin, id, form);
        assertThatThrownBy(() -> workflow.saveForm(admin, id, form))
                .isInstanceOf(tongxing.platform.validation.OptimisticLockException.class);
    }

    @Test
    void the_enterprise_user_sees_only_its_own_return() {
        long other = surveyed("460100");
        Logins.runAs(users, "enterprise");
        CurrentUser enterprise = CurrentUser.require();
        assertThat(returns.find(enterprise.scope(), other)).isEmpty();
        Logins.runAs(users, "sanya");
        assertThat(returns.find(CurrentUser.require().scope(), other)).isEmpty();
    }
}
