package tongxing.enterprise;

/** Published after a new enterprise enters the registry (by hand, import or feed). */
public record EnterpriseRegistered(String uscc, String name, String regionCode, String source) {
}
