package tongxing.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tongxing.monitoring.clues.ClueData;
import tongxing.monitoring.clues.Clues;
import tongxing.monitoring.layoffplan.ContractType;
import tongxing.monitoring.layoffplan.EmployeeData;
import tongxing.monitoring.layoffplan.LayoffPlans;
import tongxing.monitoring.layoffplan.PlanData;
import tongxing.monitoring.ledger.LedgerEntryData;
import tongxing.monitoring.ledger.ServiceLedger;
import tongxing.monitoring.negotiation.Negotiations;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.UserAccounts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Program-6 casework on top of the demo feeds and detection (run after {@link DemoMonitoring}): clues made from
 * Haikou and Sanya signals, with follow-up notes, one reported up to the province and resolved there; ledger
 * follow-ups; a collective negotiation; and a reviewed layoff plan of the demo enterprise (海南椰风食品有限公司,
 * a second round after the September cut the feeds show) with its list of employees, so that the plan page, its
 * guidance opinion (PDF) and the ledger's layoff fields have something to show. Everything goes through the
 * modules' own services, as the demo accounts would do it.
 */
@Component
class DemoCasework {

    private static final Logger log = LoggerFactory.getLogger(DemoCasework.class);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "吴", "林", "符", "吉", "邢", "云", "韩"};
    private static final String[] GIVEN = {"海燕", "建国", "明", "丽娟", "志强", "小红", "文华", "春梅", "伟", "秀英", "俊杰", "玉兰"};
    private static final String[] POSITIONS = {"包装工", "包装工", "包装工", "生产线操作工", "生产线操作工", "仓库管理员", "叉车司机", "质检员"};

    private final UserAccounts accounts;
    private final Clues clues;
    private final ServiceLedger ledger;
    private final LayoffPlans plans;
    private final Negotiations negotiations;

    DemoCasework(UserAccounts accounts, Clues clues, ServiceLedger ledger, LayoffPlans plans, Negotiations negotiations) {
        this.accounts = accounts;
        this.clues = clues;
        this.ledger = ledger;
        this.plans = plans;
        this.negotiations = negotiations;
    }

    void generate(long seed, LocalDate today) {
        CurrentUser haikou = user("haikou", "海口市人社局", Role.CITY_STAFF, "460100", null);
        CurrentUser sanya = user("sanya", "三亚市人社局", Role.CITY_STAFF, "460200", null);
        CurrentUser admin = user("admin", "省三方办管理员", Role.PROVINCE_ADMIN, "460000", null);
        CurrentUser hr = user("enterprise", "企业人力资源", Role.ENTERPRISE, "460100", DemoAccounts.DEMO_ENTERPRISE_USCC);

        List<Long> haikouClues = cluesFromSignals(haikou, 3, today);
        List<Long> sanyaClues = cluesFromSignals(sanya, 2, today);
        long handMade = clues.create(haikou, new ClueData(null, DemoAccounts.DEMO_ENTERPRISE_USCC, "企业拟进行第二轮裁员",
                "企业人事部门来电咨询经济性裁员程序，拟于年底前再裁减二十余人。", id(haikou), today.plusDays(15)));
        note(haikou, handMade, "已指导企业依法制定裁员方案，提前三十日向工会说明情况并向人社部门报告。");
        if (!haikouClues.isEmpty()) {
            long first = haikouClues.get(0);
            note(haikou, first, "电话联系企业人事负责人，核实参保人数下降原因。");
            clues.reportUp(haikou, first, version(haikou, first), "涉及职工人数较多，请省三方办协调指导。");
            clues.resolve(admin, first, version(admin, first), "省三方办会同市人社局约谈企业，企业承诺通过集体协商稳定岗位，暂缓裁员。");
        }
        if (!sanyaClues.isEmpty()) {
            long first = sanyaClues.get(0);
            note(sanya, first, "实地走访企业，了解旅游淡季用工安排。");
            clues.resolve(sanya, first, version(sanya, first), "企业为季节性用工调整，已指导依法办理终止手续并足额支付经济补偿。");
        }

        long plan = layoffPlan(hr, haikou, seed, today);
        followUp(haikou, DemoAccounts.DEMO_ENTERPRISE_USCC, today.minusDays(20), "走访企业，宣讲稳岗返还和以工代训政策。");
        followUp(haikou, DemoAccounts.DEMO_ENTERPRISE_USCC, today.minusDays(3), "审查企业第二轮裁员方案，指导落实经济补偿资金。");
        ledgerEntry(haikou, DemoAccounts.DEMO_ENTERPRISE_USCC);
        negotiations.create(hr, new Negotiations.Data(DemoAccounts.DEMO_ENTERPRISE_USCC, today.minusDays(30),
                "企业行政方与企业工会（职工代表 12 人）", List.of("WAGES", "HOURS"),
                "淡季期间实行综合计算工时，一线岗位轮岗轮休三个月；轮休期间按当地最低工资标准的 100% 发放生活费，旺季恢复原工资。",
                180, null, null, null));
        log.info("Demo casework: {} clues, layoff plan {} of the demo enterprise", haikouClues.size() + sanyaClues.size() + 1, plan);
    }

    private List<Long> cluesFromSignals(CurrentUser user, int count, LocalDate today) {
        Map<String, Clues.SignalRef> byEnterprise = new LinkedHashMap<>();
        for (Clues.SignalRef s : clues.recentSignals(user.scope(), 200)) {
            if (!s.uscc().equals(DemoAccounts.DEMO_ENTERPRISE_USCC)) byEnterprise.putIfAbsent(s.uscc(), s);
            if (byEnterprise.size() == count) break;
        }
        List<Long> ids = new ArrayList<>();
        int days = 10;
        for (Clues.SignalRef s : byEnterprise.values()) {
            String title = s.suggestedTitle();
            long id = clues.create(user, new ClueData(s.id(), null, title, "核实企业用工变化情况，了解是否存在裁员计划或欠薪问题。",
                    id(user), today.plusDays(days)));
            ids.add(id);
            followUp(user, s.uscc(), today.minusDays(days / 2), "就预警信号联系企业：" + title);
            days += 5;
        }
        return ids;
    }

    /** Drafted and reported by the enterprise, accepted by Haikou: 24 of 230, December of this year. */
    private long layoffPlan(CurrentUser hr, CurrentUser reviewer, long seed, LocalDate today) {
        LocalDate layoffOn = today.plusDays(20);
        long id = plans.create(hr, new PlanData(DemoAccounts.DEMO_ENTERPRISE_USCC, "SERIOUS_DIFFICULTY",
                "受原材料价格上涨和出口订单减少影响，连续两个季度亏损，生产经营发生严重困难，拟关停一条椰子汁灌装线。",
                230, layoffOn, today.minusDays(15), today.minusDays(10), new BigDecimal("1000000"), "灌装线包装工、生产线操作工、叉车司机"));
        plans.addEmployees(hr, id, plans.find(hr.scope(), id).orElseThrow().version(), employees(new Random(seed + 61), layoffOn));
        plans.submit(hr, id, plans.find(hr.scope(), id).orElseThrow().version());
        try {
            plans.review(reviewer, id, plans.find(reviewer.scope(), id).orElseThrow().version(), "ACCEPTED",
                    "方案符合劳动合同法第四十一条规定的人数标准和程序，裁减人员中无第四十二条规定不得裁减的情形。"
                            + "请按时足额支付经济补偿，落实资金缺口，对家庭无其他就业人员的职工优先留用。");
        } catch (ValidationException e) {
            plans.review(reviewer, id, plans.find(reviewer.scope(), id).orElseThrow().version(), "RETURNED",
                    "方案存在问题：" + e.getMessage() + "。请整改后重新报告。");
        }
        return id;
    }

    private static List<EmployeeData> employees(Random rnd, LocalDate layoffOn) {
        List<EmployeeData> list = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            LocalDate birth = LocalDate.of(1970 + rnd.nextInt(30), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String first17 = "460106" + birth.toString().replace("-", "") + String.format("%03d", 100 + i);
            String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
            LocalDate hired = i == 0 ? LocalDate.of(2006, 3, 1) : LocalDate.of(2009 + rnd.nextInt(16), 1 + rnd.nextInt(12), 1);
            if (hired.isAfter(layoffOn)) hired = layoffOn.minusYears(1);
            BigDecimal wage = BigDecimal.valueOf(4200 + rnd.nextInt(56) * 100L);
            String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
            list.add(new EmployeeData(name, idNumber, POSITIONS[rnd.nextInt(POSITIONS.length)], hired, wage,
                    i % 7 == 3 ? ContractType.OPEN_ENDED : ContractType.FIXED_TERM, false, i == 5, Set.of()));
        }
        return list;
    }

    private void ledgerEntry(CurrentUser staff, String uscc) {
        try {
            int version = ledger.require(staff, uscc).version();
            ledger.save(staff, uscc, version, new LedgerEntryData("稳岗返还（2025 年度）；以工代训补贴", null, 30, null, null, null));
        } catch (NotFoundException e) {
            log.info("Demo casework: {} is not on the key-enterprise list, no ledger entry", uscc);
        }
    }

    private void followUp(CurrentUser staff, String uscc, LocalDate on, String note) {
        try {
            ledger.addFollowUp(staff, uscc, on, note);
        } catch (NotFoundException e) {
            log.info("Demo casework: {} is not on the key-enterprise list, no ledger follow-up", uscc);
        }
    }

    private void note(CurrentUser user, long clue, String text) {
        clues.note(user, clue, version(user, clue), text);
    }

    private int version(CurrentUser user, long clue) {
        return clues.find(user.scope(), clue).orElseThrow().version();
    }

    private static long id(CurrentUser user) {
        return user.id();
    }

    private CurrentUser user(String username, String name, Role role, String region, String uscc) {
        long userId = accounts.idOf(username).orElseThrow(() -> new IllegalStateException("demo account " + username + " missing"));
        return new CurrentUser(userId, username, name, role, region, null, uscc);
    }
}
