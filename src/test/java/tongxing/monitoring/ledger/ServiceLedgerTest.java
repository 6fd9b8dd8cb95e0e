package tongxing.monitoring.ledger;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.monitoring.layoffplan.ContractType;
import tongxing.monitoring.layoffplan.EmployeeData;
import tongxing.monitoring.layoffplan.LayoffPlans;
import tongxing.monitoring.layoffplan.PlanData;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class ServiceLedgerTest {

    @Autowired
    ServiceLedger ledger;
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

    Enterprise listed;

    @BeforeEach
    void setUp() {
        listed = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口台账测试制造有限公司").inIndustry("14").build(), "TEST");
        long load = jdbc.sql("INSERT INTO monitoring_load (feed, month, channel, loaded_by) VALUES ('SOCIAL_INSURANCE', DATE '2026-11-01', 'API', 'TEST') RETURNING id")
                .query(Long.class).single();
        int year = ServiceLedger.today().getYear();
        LocalDate yearEnd = LocalDate.of(year - 1, 12, 1), october = LocalDate.of(year, 10, 1), november = LocalDate.of(year, 11, 1);
        for (Object[] f : new Object[][]{{yearEnd, 230}, {october, 205}, {november, 190}}) {
            jdbc.sql("SELECT monitoring_ensure_month(:m)").param("m", f[0]).query(Object.class).list();
            jdbc.sql("INSERT INTO monitoring_headcount (month, uscc, region_code, insured, load_id) VALUES (:m, :u, '460100', :n, :l)")
                    .param("m", f[0]).param("u", listed.uscc()).param("n", f[1]).param("l", load).update();
        }
        jdbc.sql("INSERT INTO monitoring_key_enterprise (uscc, region_code, listed, risk_level, detected, listed_since) VALUES (:u, '460100', true, 'RED', true, :d)")
                .param("u", listed.uscc()).param("d", october).update();
        Logins.runAs(users, "haikou");
    }

    @AfterEach
    void tearDown() {
        Logins.clear();
    }

    @Test
    void headcounts_come_from_the_social_insurance_facts() {
        LedgerRow row = ledger.require(CurrentUser.require(), listed.uscc());
        assertThat(row.name()).isEqualTo("海口台账测试制造有限公司");
        assertThat(row.headcountYearEnd()).isEqualTo(230);
        assertThat(row.headcountCurrent()).isEqualTo(190);
        assertThat(row.industry()).isEqualTo("C 制造业");
    }

    @Test
    void the_search_finds_by_name_or_code_and_pages_in_sql() {
        CurrentUser me = CurrentUser.require();
        LedgerPage byName = ledger.page(me, new LedgerFilter("台账测试", null, false), 1, 100);
        assertThat(byName.rows()).extracting(LedgerRow::uscc).contains(listed.uscc());
        assertThat(byName.rows()).extracting(LedgerRow::name).allMatch(n -> n.contains("台账测试"));
        assertThat(byName.total()).isEqualTo(byName.rows().size());
        assertThat(ledger.page(me, new LedgerFilter(listed.uscc().toLowerCase(), null, false), 1, 20).rows())
                .extracting(LedgerRow::uscc).containsExactly(listed.uscc());
        assertThat(ledger.page(me, new LedgerFilter("没有这个企业名称", null, false), 1, 20).total()).isZero();
        assertThat(ledger.page(me, new LedgerFilter(listed.uscc(), null, true), 1, 20).total()).as("no layoffs yet").isZero();

        LedgerPage all = ledger.page(me, new LedgerFilter(null, null, false), 1, 1);
        assertThat(all.rows()).hasSize(1);
        assertThat(ledger.all(me, new LedgerFilter(null, null, false))).hasSize((int) all.total());
    }

    @Test
    void layoff_fields_fill_from_the_reviewed_plan_and_follow_ups_are_kept() {
        CurrentUser me = CurrentUser.require();
        ledger.save(me, listed.uscc(), 0, new tongxing.monitoring.ledger.LedgerEntryData("社保费返还（稳岗返还）", 99, 3, "手填", "手填", "手填"));
        assertThat(ledger.require(me, listed.uscc()).plannedLayoffs()).isEqualTo(99);

        int year = ServiceLedger.today().getYear();
        long id = plans.create(me, new PlanData(listed.uscc(), "SERIOUS_DIFFICULTY", null, 230, LocalDate.of(year, 12, 31),
                null, null, new BigDecimal("1000"), "包装工、叉车司机"));
        String first17 = "46010019850101001";
        plans.addEmployees(me, id, plans.find(me.scope(), id).orElseThrow().version(), List.of(new EmployeeData("王某", first17 + ResidentIdNumber.checkCharacter(first17),
                "包装工", LocalDate.of(2020, 1, 1), new BigDecimal("5000"), ContractType.FIXED_TERM, false, false, Set.of())));
        plans.submit(me, id, plans.find(me.scope(), id).orElseThrow().version());
        plans.review(me, id, plans.find(me.scope(), id).orElseThrow().version(), "ACCEPTED", "同意");

        ledger.addFollowUp(me, listed.uscc(), ServiceLedger.today(), "走访企业，宣讲稳岗政策");
        LedgerRow row = ledger.require(me, listed.uscc());
        assertThat(row.reviewedPlanId()).isEqualTo(id);
        assertThat(row.plannedLayoffs()).isEqualTo(1);
        assertThat(row.laidOff()).isEqualTo(3);
        assertThat(row.positions()).isEqualTo("包装工、叉车司机");
        assertThat(row.severanceStandard()).contains("第四十七条");
        assertThat(row.abilityToPay()).contains("资金缺口");
        assertThat(row.policies()).isEqualTo("社保费返还（稳岗返还）");
        assertThat(row.followUps()).contains("走访企业");
        assertThat(ledger.page(me, new LedgerFilter(null, null, true), 1, 100).rows()).extracting(LedgerRow::uscc).contains(listed.uscc());
    }

    @Test
    void the_export_has_the_title_the_region_the_date_and_the_plan_headers() throws Exception {
        byte[] xlsx = mvc.perform(get("/monitoring/ledger/export").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("重点企业指导服务台账");
            assertThat(rows.get(1).getCellText(0)).contains("海口市", ServiceLedger.today().toString());
            assertThat(rows.get(2).getCellText(5)).isEqualTo("上年底职工数量");
            assertThat(rows.get(2).getCellText(13)).isEqualTo("支付能力评估");
            assertThat(rows.stream().skip(3).map(r -> r.getCellText(2))).contains(listed.uscc());
        }
    }

    @Test
    void sanya_cannot_read_a_haikou_ledger_line() throws Exception {
        mvc.perform(get("/monitoring/ledger/" + listed.uscc()).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/ledger/" + listed.uscc()).with(Logins.as(users, "haikou"))).andExpect(status().isOk());
        Logins.runAs(users, "sanya");
        assertThat(ledger.all(CurrentUser.require(), new LedgerFilter(null, null, false))).extracting(LedgerRow::uscc).doesNotContain(listed.uscc());
    }
}
