/**
 * The enterprise registry (企业库): the hub every program links to, by USCC. Public API:
 * {@link tongxing.enterprise.EnterpriseRegistry}, {@link tongxing.enterprise.Enterprise},
 * {@link tongxing.enterprise.EnterpriseData} and the events {@link tongxing.enterprise.EnterpriseRegistered} and {@link tongxing.enterprise.EnterpriseReclassified}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise registry")
package tongxing.enterprise;
