/**
 * 指导服务台账 (plan 六(二)2): one line per key enterprise with the plan's fields, follow-up records.
 * {@link tongxing.monitoring.ledger.ServiceLedger} is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("ledger")
package tongxing.monitoring.ledger;
