package tongxing.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseSelectionQuery;
import tongxing.enterprise.EnterpriseSelectionQuery.Criteria;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.wage.collection.RecordUpload;
import tongxing.wage.collection.ReturnForm;
import tongxing.wage.collection.ReturnWorkflow;
import tongxing.wage.collection.SurveyReturn;
import tongxing.wage.collection.SurveyReturns;
import tongxing.wage.demonstration.DemonstrationForm;
import tongxing.wage.demonstration.Demonstrations;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.service.ServiceForm;
import tongxing.wage.service.ServiceRecords;
import tongxing.wage.survey.Surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo data of program 7: the 2025 survey with about 60 enterprises whose returns went through the
 * real collection path (upload, validation, form, acceptance), with log-normal pay by occupation,
 * and the demo enterprise selected but not started (so that its HR user has a task).
 *
 * <p>{@link #records(long, int)} is public so that other tests and the benchmark can make the same
 * kind of rows: it gives file rows under {@link #HEADER}.
 */
@Component
public class DemoWage {

    public static final int YEAR = 2025;
    public static final List<String> HEADER = List.of("职业编码", "岗位等级", "学历", "年龄", "性别", "入职年份", "职业技能等级",
            "专业技术职称", "年工作小时", "基本工资", "奖金", "津贴补贴", "加班工资");

    /** An occupation of the demo mix: code, median annual pay (yuan), log-sd, weight (share of Hainan's workforce, rough). */
    public record Mix(String code, double median, double sigma, int weight) {
    }

    public static final List<Mix> MIX = List.of(
            new Mix("1-06", 180_000, 0.50, 3), new Mix("2-02", 110_000, 0.40, 6), new Mix("2-05", 100_000, 0.40, 3),
            new Mix("2-06", 105_000, 0.45, 5), new Mix("2-08", 85_000, 0.35, 2), new Mix("3-01", 65_000, 0.35, 10),
            new Mix("3-02", 48_000, 0.30, 5), new Mix("4-01", 52_000, 0.35, 12), new Mix("4-02", 62_000, 0.35, 8),
            new Mix("4-03", 45_000, 0.30, 15), new Mix("4-04", 95_000, 0.45, 4), new Mix("4-06", 50_000, 0.30, 5),
            new Mix("4-07-03-02", 60_000, 0.30, 1), new Mix("4-10", 42_000, 0.30, 4), new Mix("5-01", 40_000, 0.30, 4),
            new Mix("6-02", 50_000, 0.30, 3), new Mix("6-29", 60_000, 0.35, 6), new Mix("6-31", 46_000, 0.30, 4));

    private static final String[] EDUCATION = {"博士研究生", "硕士研究生", "大学本科", "大学专科", "高中及中专", "初中及以下"};
    private static final String[] SKILL = {"五级", "四级", "三级", "二级", "一级"};
    private static final String[] TITLE = {"初级", "中级", "高级"};
    private static final Logger log = LoggerFactory.getLogger(DemoWage.class);

    private final Surveys surveys;
    private final EnterpriseSelectionQuery selection;
    private final EnterpriseRegistry registry;
    private final SurveyReturns returns;
    private final RecordUpload upload;
    private final ReturnWorkflow workflow;
    private final ServiceRecords services;
    private final Demonstrations demonstrations;
    private final Editions editions;

    DemoWage(Surveys surveys, EnterpriseSelectionQuery selection, EnterpriseRegistry registry, SurveyReturns returns,
             RecordUpload upload, ReturnWorkflow workflow, ServiceRecords services, Demonstrations demonstrations,
             Editions editions) {
        this.editions = editions;
        this.surveys = surveys;
        this.selection = selection;
        this.registry = registry;
        this.returns = returns;
        this.upload = upload;
        this.workflow = workflow;
        this.services = services;
        this.demonstrations = demonstrations;
    }

    /** n employee rows (without the header) drawn with the seed: same seed, same rows. */
    public static List<List<String>> records(long seed, int n) {
        Random rnd = new Random(seed);
        int total = MIX.stream().mapToInt(Mix::weight).sum();
        List<List<String>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int pick = rnd.nextInt(total);
            Mix m = MIX.get(0);
            for (Mix x : MIX) {
                if (pick < x.weight()) {
                    m = x;
                    break;
                }
                pick -= x.weight();
            }
            double pay = Math.max(26_000, m.median() * Math.exp(m.sigma() * rnd.nextGaussian()));
            BigDecimal base = money(pay * 0.70), bonus = money(pay * 0.15), allowances = money(pay * 0.12);
            BigDecimal overtime = money(pay).subtract(base).subtract(bonus).subtract(allowances).max(BigDecimal.ZERO);
            int age = 20 + rnd.nextInt(40);
            boolean professional = m.code().startsWith("2");
            rows.add(List.of(m.code(), "", EDUCATION[professional ? rnd.nextInt(3) : 2 + rnd.nextInt(4)], String.valueOf(age),
                    rnd.nextBoolean() ? "男" : "女", String.valueOf(Math.max(YEAR - age + 20, YEAR - rnd.nextInt(15))),
                    rnd.nextInt(4) == 0 ? SKILL[rnd.nextInt(SKILL.length)] : "",
                    professional && rnd.nextBoolean() ? TITLE[rnd.nextInt(TITLE.length)] : "",
                    String.valueOf(1_800 + rnd.nextInt(500)), base.toPlainString(), bonus.toPlainString(),
                    allowances.toPlainString(), overtime.toPlainString()));
        }
        return rows;
    }

    /** The rows as a file: header first, then the records numbered as Excel rows. */
    public static List<TableRow> file(List<List<String>> records) {
        List<TableRow> rows = new ArrayList<>(records.size() + 1);
        rows.add(new TableRow(1, HEADER));
        for (int i = 0; i < records.size(); i++) rows.add(new TableRow(i + 2, records.get(i)));
        return rows;
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    /** Opens the 2025 survey and loads about {@code enterprises} accepted returns; the demo enterprise stays to do. */
    void generate(int enterprises, long seed, String demoEnterpriseUscc) {
        CurrentUser office = new CurrentUser(0, "demo", "演示数据", Role.PROVINCE_ADMIN, "460000", null, null);
        surveys.open(office, YEAR, LocalDate.of(YEAR + 1, 3, 31));
        List<Located> all = selection.locate(Scope.province(), new Criteria(null, null, null, null));
        List<Located> picked = new ArrayList<>();
        int step = Math.max(1, all.size() / Math.max(1, enterprises));
        for (int i = 0; i < all.size() && picked.size() < enterprises; i += step) {
            if (!all.get(i).uscc().equals(demoEnterpriseUscc)) picked.add(all.get(i));
        }
        surveys.selectListed(office, YEAR, picked, "演示数据");
        surveys.selectListed(office, YEAR, selection.locate(Scope.province(),
                new Criteria(null, null, null, List.of(demoEnterpriseUscc))), "演示数据");
        Random rnd = new Random(seed);
        int loaded = 0;
        for (Located l : picked) {
            try {
                if (fill(office, l, rnd.nextLong(), 20 + rnd.nextInt(100))) loaded++;
            } catch (RuntimeException e) {
                log.warn("demo wage return of {} not loaded: {}", l.uscc(), e.getMessage());
            }
        }
        int served = serve(office, picked, rnd);
        int demos = demonstrate(office, picked);
        Edition published = publishGuidelines(office);
        log.info("Demo wage survey {}: {} enterprises accepted, {} served, {} demonstrations, guideline edition {} published ({} cells)",
                YEAR, loaded, served, demos, published.label(), published.cells());
    }

    /** The year's guideline edition computed, reviewed and published, so the public page has figures to show. */
    private Edition publishGuidelines(CurrentUser office) {
        return CurrentUser.actingAs(office, () -> {
            Edition draft = editions.computeDraft(YEAR);
            editions.submitForReview(draft.id());
            return editions.publish(draft.id());
        });
    }

    private static final String[][] SERVICES = {
            {"POLICY_CONSULTATION", "解读本年度最低工资标准调整和工资支付规定"},
            {"PAY_SYSTEM_DESIGN", "协助设计岗位绩效工资制度，梳理岗位价值评估"},
            {"COLLECTIVE_BARGAINING", "指导开展工资集体协商，提供行业工资价位参考"},
            {"OTHER", "解读本企业薪酬调查反馈报告"}};

    /** Services to about 8% of the sample: some regions meet the 10% target, some do not. */
    private int serve(CurrentUser office, List<Located> picked, Random rnd) {
        int n = 0;
        for (int i = 0; i < picked.size(); i += 12) {
            String[] s = SERVICES[rnd.nextInt(SERVICES.length)];
            ServiceForm f = new ServiceForm();
            f.setYear(YEAR);
            f.setUscc(picked.get(i).uscc());
            LocalDate on = LocalDate.of(YEAR + 1, 1 + rnd.nextInt(9), 1 + rnd.nextInt(28));
            f.setServedOn((on.isAfter(LocalDate.now()) ? LocalDate.now() : on).toString());
            f.setKind(s[0]);
            f.setStaff("薪酬调查专家组");
            f.setContent(s[1]);
            try {
                services.record(office, f);
                n++;
            } catch (RuntimeException e) {
                log.warn("demo wage service to {} not recorded: {}", picked.get(i).uscc(), e.getMessage());
            }
        }
        return n;
    }

    /** One SOE and one private demonstration of the year, when the sample has such enterprises. */
    private int demonstrate(CurrentUser office, List<Located> picked) {
        int n = 0;
        boolean soe = false, pri = false;
        for (Located l : picked) {
            if (soe && pri) break;
            String ownership = registry.find(Scope.province(), l.uscc()).map(Enterprise::ownershipCode).orElse("");
            boolean stateOwned = ownership.equals("110") || ownership.equals("151");
            boolean domestic = ownership.startsWith("1");
            if (stateOwned && !soe) soe = demonstration(office, l.uscc(), "SOE", "国有企业工资总额预算与岗位绩效工资改革",
                    "建立工资总额与经济效益联动机制，按岗位价值确定薪档，绩效工资占比提高到 40%。");
            else if (domestic && !stateOwned && !pri) pri = demonstration(office, l.uscc(), "PRIVATE", "民营企业工资集体协商与技能工资",
                    "通过工资集体协商确定年度工资增长幅度，技能等级与工资挂钩，一线职工工资增长 6%。");
        }
        if (soe) n++;
        if (pri) n++;
        return n;
    }

    private boolean demonstration(CurrentUser office, String uscc, String kind, String title, String practice) {
        DemonstrationForm f = new DemonstrationForm();
        f.setYear(YEAR);
        f.setKind(kind);
        f.setUscc(uscc);
        f.setTitle(title);
        f.setPractice(practice);
        try {
            demonstrations.create(office, f);
            return true;
        } catch (RuntimeException e) {
            log.warn("demo wage demonstration {} not created: {}", uscc, e.getMessage());
            return false;
        }
    }

    private boolean fill(CurrentUser office, Located l, long seed, int n) {
        long id = returns.ofEnterprise(Scope.province(), l.uscc()).stream().filter(r -> r.year() == YEAR)
                .findFirst().orElseThrow().id();
        List<List<String>> records = records(seed, n);
        if (!upload.upload(office, id, file(records).iterator(), "演示数据.xlsx").accepted()) return false;
        SurveyReturn r = returns.require(Scope.province(), id);
        Enterprise e = registry.find(Scope.province(), l.uscc()).orElseThrow();
        ReturnForm form = ReturnForm.of(r);
        form.setIndustryCode(e.industryCode());
        form.setOwnershipCode(e.ownershipCode());
        form.setSizeClass(e.sizeClass().name());
        form.setEmployees(String.valueOf(r.recordCount()));
        form.setTotalPay(r.recordPay().toPlainString());
        r = workflow.saveForm(office, id, form);
        if (r.warningsPending()) r = workflow.confirmWarnings(office, id, r.version());
        workflow.accept(office, id, r.version());
        return true;
    }
}
