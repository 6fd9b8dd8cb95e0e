/**
 * 集体协商 (plan 六(二)3): wages, hours and work arrangements agreed as an alternative to layoffs.
 * {@link tongxing.monitoring.negotiation.Negotiations} is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("negotiation")
package tongxing.monitoring.negotiation;
