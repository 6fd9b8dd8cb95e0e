/**
 * Program 7 (个性化服务): services to surveyed enterprises and the 10% indicator. A named interface so that
 * the overview and the demo data can use it.
 */
@org.springframework.modulith.NamedInterface("service")
package tongxing.wage.service;
