package tongxing.platform.region;

/** A city/county of Hainan (or the province itself), GB/T 2260; Yangpu as its own unit. */
public record Region(String code, String name, String shortName, String parentCode, boolean province,
                     Integer minWageTier) {
}
