/**
 * The monthly data feeds of program 6 (数据对接): social insurance, employment filing,
 * unemployment registration, labor disputes and complaints, loaded by file (the platform's
 * import framework) or by the system API (JSON batches, or a whole month as CSV), stored per
 * enterprise and month in partitioned tables. {@link tongxing.monitoring.feeds.FeedLoader} is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("feeds")
package tongxing.monitoring.feeds;
