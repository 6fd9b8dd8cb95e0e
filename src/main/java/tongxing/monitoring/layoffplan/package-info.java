/**
 * 裁员方案审查 (劳动合同法 第四十一至四十三条、第四十七条): plans, employees, review, guidance opinion.
 * {@link tongxing.monitoring.layoffplan.LayoffPlans} is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("layoffplan")
package tongxing.monitoring.layoffplan;
