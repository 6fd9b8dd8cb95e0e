/**
 * Nominations by the city bureaus and provincial parties, within their quota, with their materials.
 * {@link tongxing.selection.nomination.Nominations} is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("nomination")
package tongxing.selection.nomination;
