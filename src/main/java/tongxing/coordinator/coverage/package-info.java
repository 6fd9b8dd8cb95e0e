/**
 * Coverage (覆盖) of enterprises by coordinators and its indicators. Exposed as a named interface
 * for the demo data loader.
 */
@org.springframework.modulith.NamedInterface("coverage")
package tongxing.coordinator.coverage;
