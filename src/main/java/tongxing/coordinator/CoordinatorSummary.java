package tongxing.coordinator;

/**
 * A coordinator as other modules see it: no full ID number, only the masked one.
 *
 * @param skillLevel null when the coordinator holds no certificate
 */
public record CoordinatorSummary(long id, String name, String regionCode, SkillLevel skillLevel,
                                 String maskedIdNumber, WorkplaceType workplaceType, String enterpriseUscc,
                                 boolean instructor) {
}
