/**
 * Demo data: accounts for every role and a realistic Hainan enterprise registry, loaded on the
 * first start when {@code tongxing.demo.enabled} is true.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package tongxing.demo;
