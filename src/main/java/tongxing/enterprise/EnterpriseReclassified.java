package tongxing.enterprise;

import tongxing.platform.sizeclass.SizeClass;

/**
 * Published when an edit moves an enterprise to another region, size class or status: whatever counts
 * enterprises by those (coverage indicators, program figures) is out of date once this commits.
 */
public record EnterpriseReclassified(String uscc, String regionBefore, String regionAfter,
                                     SizeClass sizeBefore, SizeClass sizeAfter, String statusBefore, String statusAfter) {
}
