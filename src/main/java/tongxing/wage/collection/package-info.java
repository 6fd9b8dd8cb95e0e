/**
 * Program 7 (collection): see the package's classes. Exposed as a named interface so that the demo data and
 * the benchmark can drive the real survey path.
 */
@org.springframework.modulith.NamedInterface("collection")
package tongxing.wage.collection;
