/**
 * 工资价位: guideline editions computed from the accepted survey returns (percentiles per occupation and
 * dimension, small cells suppressed), reviewed and published.
 */
@org.springframework.modulith.NamedInterface("guideline")
package tongxing.wage.guideline;
