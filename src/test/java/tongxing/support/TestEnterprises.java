package tongxing.support;

import tongxing.enterprise.EnterpriseData;
import tongxing.platform.identity.Uscc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds enterprise data with fresh, valid USCCs so that tests sharing one database never
 * collide: {@code TestEnterprises.anEnterprise().inRegion("460200").named("三亚测试酒店").build()}.
 */
public final class TestEnterprises {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // Tests use organization codes starting with "TQ", which the demo generator ("MA") never makes.
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1, 800_000_000L));

    private String uscc;
    private String name = "测试企业有限公司";
    private String region = "460100";
    private String industry = "52";
    private String ownership = "159";
    private Integer employees = 50;
    private BigDecimal revenue = new BigDecimal("800");
    private BigDecimal assets = new BigDecimal("500");
    private String phone = "13800138000";
    private List<String> tags = List.of();
    private String status = "ACTIVE";

    public static TestEnterprises anEnterprise() {
        return new TestEnterprises();
    }

    /** A fresh valid USCC for the given area code. */
    public static String freshUscc(String area) {
        long v = SEQUENCE.incrementAndGet();
        char[] seven = new char[7];
        for (int i = 6; i >= 0; i--) {
            seven[i] = CHARSET.charAt((int) (v % 31));
            v /= 31;
        }
        String first17 = "91" + area.substring(0, 6) + "TQ" + new String(seven);
        return first17 + Uscc.checkCharacter(first17);
    }

    public TestEnterprises inRegion(String regionCode) {
        this.region = regionCode;
        return this;
    }

    public TestEnterprises named(String name) {
        this.name = name;
        return this;
    }

    public TestEnterprises withUscc(String uscc) {
        this.uscc = uscc;
        return this;
    }

    public TestEnterprises inIndustry(String industryCode) {
        this.industry = industryCode;
        return this;
    }

    public TestEnterprises withOwnership(String code) {
        this.ownership = code;
        return this;
    }

    public TestEnterprises withEmployees(Integer employees) {
        this.employees = employees;
        return this;
    }

    public TestEnterprises withRevenue(String revenue) {
        this.revenue = revenue == null ? null : new BigDecimal(revenue);
        return this;
    }

    public TestEnterprises withAssets(String assets) {
        this.assets = assets == null ? null : new BigDecimal(assets);
        return this;
    }

    public TestEnterprises withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public TestEnterprises taggedWith(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public TestEnterprises withStatus(String status) {
        this.status = status;
        return this;
    }

    public EnterpriseData build() {
        String code = uscc != null ? uscc : freshUscc(region.length() > 6 ? "460400" : region);
        return new EnterpriseData(code, name, region, industry, ownership, employees, revenue, assets, "王某某", "李女士",
                phone, "海南省测试路1号", LocalDate.of(2018, 3, 1), status, tags);
    }
}
