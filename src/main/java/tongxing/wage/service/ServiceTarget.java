package tongxing.wage.service;

/**
 * The plan's target for personalized services: 对不少于 10% 的调查企业提供个性化服务 — a region meets it
 * when the enterprises served in the year are at least a tenth of the enterprises surveyed. Counted in
 * whole enterprises (an enterprise served three times counts once), without rounding: 9 of 91 is short.
 */
public record ServiceTarget(int percent) {

    public static final ServiceTarget PLAN = new ServiceTarget(10);

    public boolean met(long served, long surveyed) {
        return surveyed > 0 && served * 100 >= surveyed * percent;
    }

    /** How many more enterprises must be served to meet the target (0 when met). */
    public long missing(long served, long surveyed) {
        long needed = (surveyed * percent + 99) / 100;
        return Math.max(0, needed - served);
    }
}
