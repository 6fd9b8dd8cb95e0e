package tongxing.coordinator.registry;

/**
 * Published inside the saving transaction when saving a coordinator changed their coverage rows: an
 * in-house coordinator now covers their (new) enterprise, or no longer does, or a coordinator who moved
 * to an enterprise lost the enterprises assigned to them.
 */
public record OwnEnterpriseCoverageChanged(long coordinatorId) {
}
