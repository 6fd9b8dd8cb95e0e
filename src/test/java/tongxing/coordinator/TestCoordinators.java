package tongxing.coordinator;

import tongxing.coordinator.registry.CoordinatorData;
import tongxing.platform.identity.ResidentIdNumber;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds coordinator data with fresh, valid ID numbers so that tests sharing one database never
 * collide: {@code aCoordinator().inRegion("460200").atPost(WorkplaceType.UNION).build()}.
 */
public final class TestCoordinators {

    // Birth dates from 1960 on, sequence numbers 900-999 (the demo generator uses 000-999 but not this date range mix).
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(0, 5_000_000L));

    private String name = "测试协调员";
    private String region = "460100";
    private WorkplaceType type = WorkplaceType.TOWNSHIP_STREET;
    private String uscc;
    private String post = "测试街道办事处";
    private SkillLevel level;
    private LocalDate certificateDate;
    private LocalDate appointedOn = LocalDate.now().minusYears(1);
    private String idNumber;
    private boolean instructor;

    public static TestCoordinators aCoordinator() {
        return new TestCoordinators();
    }

    /** A fresh valid ID number with an area code of the region, born 1960–2000. */
    public static String freshIdNumber(String region) {
        long n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((n / 1000) % 14_600);
        String first17 = region.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public TestCoordinators named(String name) {
        this.name = name;
        return this;
    }

    public TestCoordinators inRegion(String region) {
        this.region = region;
        return this;
    }

    public TestCoordinators atPost(WorkplaceType type) {
        this.type = type;
        this.uscc = null;
        this.post = "测试单位";
        return this;
    }

    public TestCoordinators inEnterprise(String uscc) {
        this.type = WorkplaceType.ENTERPRISE;
        this.uscc = uscc;
        this.post = null;
        return this;
    }

    public TestCoordinators withLevel(SkillLevel level, LocalDate certificateDate) {
        this.level = level;
        this.certificateDate = certificateDate;
        return this;
    }

    public TestCoordinators appointedOn(LocalDate date) {
        this.appointedOn = date;
        return this;
    }

    public TestCoordinators withIdNumber(String idNumber) {
        this.idNumber = idNumber;
        return this;
    }

    public TestCoordinators instructor() {
        this.instructor = true;
        return this;
    }

    public CoordinatorData build() {
        return new CoordinatorData(name, idNumber != null ? idNumber : freshIdNumber(region), "13912345678", region, type,
                uscc, post, true, instructor, level, level == null ? null : "TEST-" + SEQUENCE.incrementAndGet(),
                certificateDate, level == null ? null : "测试评价机构", appointedOn);
    }
}
