/**
 * The coordinator register: records, validation, search, training. Exposed as a named interface
 * so that the demo data loader can register coordinators through the same rules as the screens.
 */
@org.springframework.modulith.NamedInterface("registry")
package tongxing.coordinator.registry;
