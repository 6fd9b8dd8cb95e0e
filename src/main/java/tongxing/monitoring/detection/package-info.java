/**
 * Detection (预警检测): versioned, configurable rules applied month by month as set-based SQL, a
 * persistent monthly task and on-demand runs. {@link tongxing.monitoring.detection.Detection}
 * is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("detection")
package tongxing.monitoring.detection;
