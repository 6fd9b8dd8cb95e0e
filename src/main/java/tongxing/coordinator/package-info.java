/**
 * Program 1 of the plan (劳动关系协调员数据库): the coordinators, their training and skill levels, which
 * enterprises they cover, their work log, and the lists for subsidies and skill assessment.
 * Public API: {@link tongxing.coordinator.Coordinators} and the types it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordinators")
package tongxing.coordinator;
