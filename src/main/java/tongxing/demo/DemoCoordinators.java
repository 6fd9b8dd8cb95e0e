package tongxing.demo;

import org.springframework.stereotype.Component;
import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.coordinator.coverage.CoverageAssignments;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorData;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.coordinator.registry.TrainingRecords;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.security.UserAccounts;
import tongxing.platform.sizeclass.SizeClass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo coordinators (program 1): about 300 across the regions, 60% at grassroots posts, the rest
 * in large and medium enterprises of the registry; some with certificates and training; the small
 * and micro enterprises of half the regions spread over their grassroots coordinators. The first
 * Haikou grassroots coordinator is the demo {@code coordinator} account's own profile.
 */
@Component
class DemoCoordinators {

    private static final String[] SURNAMES = {"王", "李", "张", "陈", "林", "吴", "黄", "符", "郑", "羊", "邢", "云", "梁", "周", "冯"};
    private static final String[] GIVEN_MALE = {"志强", "建华", "国栋", "明辉", "伟", "文博", "晓东", "家豪"};
    private static final String[] GIVEN_FEMALE = {"海燕", "小梅", "丽娜", "春花", "秀英", "婷", "玉兰"};
    private static final WorkplaceType[] POSTS = {WorkplaceType.TOWNSHIP_STREET, WorkplaceType.TOWNSHIP_STREET,
            WorkplaceType.HRSS, WorkplaceType.UNION, WorkplaceType.EMPLOYER_ORG, WorkplaceType.SOCIAL_ORG};
    private static final Set<SizeClass> LARGE_MEDIUM = EnumSet.of(SizeClass.LARGE, SizeClass.MEDIUM);

    private final CoordinatorRegistry registry;
    private final TrainingRecords trainings;
    private final CoverageAssignments coverage;
    private final long registrySize;
    private final EnterpriseCoverageQuery enterprises;
    private final Regions regions;
    private final UserAccounts accounts;

    DemoCoordinators(CoordinatorRegistry registry, TrainingRecords trainings, CoverageAssignments coverage,
                     EnterpriseCoverageQuery enterprises, Regions regions, UserAccounts accounts,
                     @org.springframework.beans.factory.annotation.Value("${tongxing.demo.enterprises:3000}") long registrySize) {
        this.registrySize = registrySize;
        this.registry = registry;
        this.trainings = trainings;
        this.coverage = coverage;
        this.enterprises = enterprises;
        this.regions = regions;
        this.accounts = accounts;
    }

    void generate(int count, long seed) {
        Random random = new Random(seed);
        List<Region> cities = regions.cities();
        Map<String, Deque<String>> employers = new HashMap<>();
        for (Region r : cities) {
            Deque<String> usccs = new ArrayDeque<>();
            enterprises.outside(Scope.province(), new EnterpriseCoverageQuery.Universe(LARGE_MEDIUM, null), r.code(), Set.of(),
                    0, 0, b -> usccs.add(b.uscc()));
            employers.put(r.code(), usccs);
        }
        LocalDate today = LocalDate.now();
        Long linked = null;
        for (int i = 0; i < count; i++) {
            // Haikou and Sanya carry most of the workforce; every region gets some.
            Region region = i % 3 == 0 ? cities.get(0) : i % 5 == 1 ? cities.get(1) : cities.get(random.nextInt(cities.size()));
            Deque<String> own = employers.get(region.code());
            boolean grassroots = random.nextInt(100) < 60 || own.isEmpty();
            WorkplaceType type = grassroots ? POSTS[random.nextInt(POSTS.length)] : WorkplaceType.ENTERPRISE;
            SkillLevel level = random.nextInt(100) < 45 ? SkillLevel.values()[random.nextInt(4)] : null;
            LocalDate certDate = level == null ? null : today.minusDays(random.nextInt(1500));
            LocalDate appointed = today.minusDays(200 + random.nextInt(2500));
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            int givenDraw = random.nextInt(GIVEN_MALE.length * GIVEN_FEMALE.length);
            String idNumber = idNumber(region.code(), random, today);
            // The 17th digit of the ID number is odd for men: the name goes with it.
            String given = (idNumber.charAt(16) - '0') % 2 == 1 ? GIVEN_MALE[givenDraw % GIVEN_MALE.length]
                    : GIVEN_FEMALE[givenDraw % GIVEN_FEMALE.length];
            CoordinatorData data = new CoordinatorData(
                    surname + given,
                    idNumber, "139" + String.format("%08d", random.nextInt(100_000_000)),
                    region.code(), type, grassroots ? null : own.poll(),
                    grassroots ? region.shortName() + postName(type, random) : null,
                    random.nextInt(100) < 55, random.nextInt(100) < 15, level,
                    level == null ? null : "S0000460" + String.format("%08d", random.nextInt(100_000_000)), certDate,
                    level == null ? null : "海南省职业技能鉴定指导中心", appointed);
            Coordinator c;
            try {
                c = registry.create(Scope.province(), data);
            } catch (tongxing.platform.validation.ValidationException duplicate) {
                continue; // the same random ID number twice: skip it
            }
            if (linked == null && grassroots && region.code().equals("460100")) {
                linked = c.id();
                accounts.idOf("coordinator").ifPresent(user -> registry.linkUser(c.id(), user));
            }
            int sessions = random.nextInt(4);
            for (int t = 0; t < sessions; t++) {
                trainings.add(Scope.province(), c.id(), today.minusDays(random.nextInt(700)),
                        BigDecimal.valueOf(8L * (1 + random.nextInt(4))), "劳动关系协调实务培训（第" + (t + 1) + "期）",
                        random.nextBoolean());
            }
        }
        // At benchmark scale (a million enterprises) the rule-based distribution would take many
        // minutes of the first start; the demo's coverage figures only need the demo-sized registry.
        if (registrySize > 100_000) return;
        for (int r = 0; r < cities.size(); r += 2) {
            try {
                coverage.distributeUncovered(Scope.province(), cities.get(r).code());
            } catch (tongxing.platform.validation.ValidationException noGrassroots) {
                // a region without grassroots coordinators stays uncovered: that is what the indicator shows
            }
        }
    }

    private static String postName(WorkplaceType type, Random random) {
        return switch (type) {
            case TOWNSHIP_STREET -> new String[]{"金宇街道办事处", "府城街道办事处", "大致坡镇人民政府", "新村镇人民政府"}[random.nextInt(4)];
            case HRSS -> "人力资源和社会保障局";
            case UNION -> "总工会";
            case EMPLOYER_ORG -> "企业联合会";
            case SOCIAL_ORG -> "劳动关系服务中心";
            default -> "";
        };
    }

    /** A valid resident ID number of the region, born 1965–2001. */
    private static String idNumber(String regionCode, Random random, LocalDate today) {
        LocalDate birth = LocalDate.of(1965 + random.nextInt(37), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = regionCode.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
