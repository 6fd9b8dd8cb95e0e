package tongxing.demo;

import tongxing.enterprise.EnterpriseData;
import tongxing.platform.identity.Uscc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Deterministic, realistic Hainan enterprises: valid USCCs, real region and industry codes, a
 * plausible city and industry mix, and the long-tailed size distribution of a real registry
 * (most enterprises micro, a few hundred large). The same seed gives the same rows.
 */
public final class HainanEnterpriseGenerator implements Iterator<EnterpriseData> {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long ORG_SPACE = 31L * 31 * 31 * 31 * 31 * 31;   // six base-31 characters
    private static final long SCRAMBLE = 387_420_489L;                     // 3^18, coprime with 31^6

    /** Region, its share of enterprises (per mille), and the code its market regulator uses in the USCC. */
    private record Area(String code, String shortName, int weight, String usccArea) {
    }

    private record Trade(String industryCode, String word, int weight, int employeeScale) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("460100", "海口", 400, "460100"), new Area("460200", "三亚", 150, "460200"),
            new Area("460300", "三沙", 2, "460300"), new Area("460400", "儋州", 55, "460400"),
            new Area("469001", "五指山", 8, "469001"), new Area("469002", "琼海", 45, "469002"),
            new Area("469005", "文昌", 40, "469005"), new Area("469006", "万宁", 38, "469006"),
            new Area("469007", "东方", 25, "469007"), new Area("469021", "定安", 15, "469021"),
            new Area("469022", "屯昌", 10, "469022"), new Area("469023", "澄迈", 50, "469023"),
            new Area("469024", "临高", 15, "469024"), new Area("469025", "白沙", 7, "469025"),
            new Area("469026", "昌江", 12, "469026"), new Area("469027", "乐东", 18, "469027"),
            new Area("469028", "陵水", 30, "469028"), new Area("469029", "保亭", 8, "469029"),
            new Area("469030", "琼中", 8, "469030"), new Area("460400499", "洋浦", 64, "460400"));

    private static final List<Trade> TRADES = List.of(
            new Trade("52", "商贸", 170, 6), new Trade("51", "贸易", 130, 5), new Trade("72", "商务服务", 90, 6),
            new Trade("62", "餐饮管理", 60, 12), new Trade("61", "酒店管理", 40, 40), new Trade("65", "信息技术", 55, 15),
            new Trade("64", "网络科技", 20, 12), new Trade("74", "工程咨询", 40, 10), new Trade("75", "科技发展", 25, 8),
            new Trade("48", "建设工程", 35, 30), new Trade("50", "装饰工程", 30, 12), new Trade("7010", "房地产开发", 20, 25),
            new Trade("702", "物业服务", 25, 40), new Trade("703", "房产经纪", 10, 6), new Trade("80", "家政服务", 25, 8),
            new Trade("82", "生活服务", 20, 5), new Trade("13", "农产品加工", 15, 40), new Trade("14", "食品", 12, 50),
            new Trade("27", "药业", 6, 120), new Trade("26", "化工", 5, 150), new Trade("25", "石化", 2, 400),
            new Trade("01", "热带农业", 30, 15), new Trade("04", "海洋渔业", 12, 10), new Trade("54", "运输", 20, 25),
            new Trade("58", "国际货运代理", 15, 10), new Trade("59", "仓储物流", 10, 20), new Trade("55", "海运", 5, 60),
            new Trade("71", "租赁", 10, 6), new Trade("87", "文化传媒", 12, 8), new Trade("89", "体育发展", 5, 8),
            new Trade("77", "环保科技", 6, 15), new Trade("85", "养老服务", 4, 20), new Trade("44", "能源", 3, 200),
            new Trade("39", "电子科技", 3, 90));

    private static final String BRAND = "椰风海韵琼崖鹿城南海金湾蓝天碧浪航恒信达盛鑫源华泰新宏嘉瑞丰德安远通汇博创凯隆佳兴";
    /** The characters of the four-character brand (字号) that tells enterprises apart: 32^4 = 1,048,576 brands. */
    private static final String BRAND_CHARS = "椰风海韵琼崖鹿城金湾蓝天碧浪航恒信达盛鑫源华泰宏嘉瑞丰德远通汇博";
    private static final int BRAND_SPACE = 1 << 20;
    private static final int BRAND_SCRAMBLE = 0x9E3B5;    // odd, so n -> n * BRAND_SCRAMBLE mod 2^20 is a bijection
    private static final String[] OWNERSHIP = {"159", "159", "159", "159", "170", "170", "170", "160", "151", "110",
            "120", "190", "230", "330", "310"};
    private static final String[] TAGS = {"自贸港重点园区", "高新技术企业", "专精特新", "旅游业", "现代服务业", "热带特色高效农业"};
    private static final String[] SURNAMES = {"王", "李", "陈", "林", "吴", "黄", "符", "张", "刘", "周", "邢", "云"};

    private final Random random;
    private final long count;
    private final int areaTotal = AREAS.stream().mapToInt(Area::weight).sum();
    private final int tradeTotal = TRADES.stream().mapToInt(Trade::weight).sum();
    private final long offset;
    private long index;

    /**
     * @param count  how many enterprises
     * @param seed   the random seed; the same seed gives the same rows
     * @param offset where the USCC sequence starts, so that separate runs do not collide
     */
    public HainanEnterpriseGenerator(long count, long seed, long offset) {
        this.count = count;
        this.random = new Random(seed);
        this.offset = offset;
    }

    @Override
    public boolean hasNext() {
        return index < count;
    }

    @Override
    public EnterpriseData next() {
        if (!hasNext()) throw new NoSuchElementException();
        long n = offset + index++;
        Area area = pick(AREAS, areaTotal);
        Trade trade = pick(TRADES, tradeTotal);
        int employees = employees(trade.employeeScale());
        BigDecimal revenue = BigDecimal.valueOf(Math.max(1, employees * (20 + random.nextDouble() * 80) * lognormal(0.8)))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal assets = revenue.multiply(BigDecimal.valueOf(0.5 + random.nextDouble() * 2)).setScale(2, RoundingMode.HALF_UP);
        // The name is unique without a numeric suffix, as real names are: its brand comes from n. The random
        // brand of earlier versions is still drawn (and not used) so that a seed gives the other fields as before.
        String brand = brand(n);
        brand();
        String name = "海南" + area.shortName() + brand + trade.word() + (random.nextInt(10) < 8 ? "有限公司" : "股份有限公司");
        if (area.code().equals("460400499")) {
            brand();
            name = "洋浦" + brand + trade.word() + "有限公司";
        }
        List<String> tags = random.nextInt(10) == 0 ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of();
        return new EnterpriseData(uscc(area.usccArea(), n), name, area.code(), trade.industryCode(),
                OWNERSHIP[random.nextInt(OWNERSHIP.length)], employees, revenue, assets,
                SURNAMES[random.nextInt(SURNAMES.length)] + "某某", SURNAMES[random.nextInt(SURNAMES.length)] + "女士",
                random.nextInt(3) == 0 ? null : "13" + (100_000_000 + random.nextInt(900_000_000)),
                area.shortName() + "市某路" + (1 + random.nextInt(300)) + "号",
                LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)), "ACTIVE", tags);
    }

    /** A valid USCC for the n-th enterprise: 91 + area + "MA" + 6 scrambled base-31 chars + organization check + USCC check. */
    static String uscc(String area, long n) {
        long v = Math.floorMod(n * SCRAMBLE, ORG_SPACE);
        StringBuilder org = new StringBuilder("MA");
        char[] six = new char[6];
        for (int i = 5; i >= 0; i--) {
            six[i] = CHARSET.charAt((int) (v % 31));
            v /= 31;
        }
        org.append(six);
        String first17 = "91" + area + org + '0';
        return first17 + Uscc.checkCharacter(first17);
    }

    private int employees(int scale) {
        double e = scale * lognormal(1.1);
        return (int) Math.max(1, Math.min(20_000, Math.round(e)));
    }

    private double lognormal(double sigma) {
        return Math.exp(random.nextGaussian() * sigma);
    }

    /**
     * A four-character brand (字号) such as 椰信恒达, different for any 2^20 consecutive n: n is
     * scrambled (so neighbours do not share three characters) and written in base 32.
     */
    static String brand(long n) {
        int v = (int) Math.floorMod(n * BRAND_SCRAMBLE, (long) BRAND_SPACE);
        char[] b = new char[4];
        for (int i = 3; i >= 0; i--) {
            b[i] = BRAND_CHARS.charAt(v & 31);
            v >>>= 5;
        }
        return new String(b);
    }

    private String brand() {
        int i = random.nextInt(BRAND.length() - 1), j = random.nextInt(BRAND.length() - 1);
        return "" + BRAND.charAt(i) + BRAND.charAt(j);
    }

    private <T> T pick(List<T> items, int total) {
        int r = random.nextInt(total);
        for (T item : items) {
            int w = item instanceof Area a ? a.weight() : ((Trade) item).weight();
            if (r < w) return item;
            r -= w;
        }
        return items.get(items.size() - 1);
    }
}
