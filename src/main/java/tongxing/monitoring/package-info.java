/**
 * Program 6, 重点企业用工指导计划: monthly feeds, detection, key-enterprise list, clues, service
 * ledger, layoff plans. Built so far: the severance calculator ({@code severance}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Key-enterprise employment monitoring")
package tongxing.monitoring;
