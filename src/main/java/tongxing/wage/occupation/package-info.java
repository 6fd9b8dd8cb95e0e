/**
 * Program 7 (occupation): see the package's classes. Exposed as a named interface so that the demo data and
 * the benchmark can drive the real survey path.
 */
@org.springframework.modulith.NamedInterface("occupation")
package tongxing.wage.occupation;
