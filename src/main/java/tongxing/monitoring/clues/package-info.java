/**
 * 重点问题线索 (plan 六(二)1): clues from a signal or by hand, assigned, reported up and resolved.
 * {@link tongxing.monitoring.clues.Clues} is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("clues")
package tongxing.monitoring.clues;
