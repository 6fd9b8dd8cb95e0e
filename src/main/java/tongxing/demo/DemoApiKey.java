package tongxing.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tongxing.platform.security.ApiKeys;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Demo API keys, province-wide: the market-regulation feed (enterprises, read and write) and the
 * HRSS monthly monitoring feeds (monitoring:write), so that the system API can be tried at once
 * (Swagger UI: Authorize, then paste a key). Registering is idempotent, and a key an
 * administrator revoked stays revoked.
 */
@Component
class DemoApiKey {

    static final String KEY = "tx_demo_market_regulation_key";
    static final String HRSS_FEEDS_KEY = "tx_demo_hrss_monitoring_feeds_key";
    private static final Logger log = LoggerFactory.getLogger(DemoApiKey.class);

    private final ApiKeys apiKeys;
    private final boolean enabled;

    DemoApiKey(ApiKeys apiKeys, @Value("${tongxing.demo.enabled:false}") boolean enabled) {
        this.apiKeys = apiKeys;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!enabled) return;
        apiKeys.register("省市场监管局企业登记推送（演示）", KEY, "460000",
                new LinkedHashSet<>(List.of("enterprise:read", "enterprise:write")));
        apiKeys.register("省人社厅社保/就业/仲裁月度数据推送（演示）", HRSS_FEEDS_KEY, "460000",
                new LinkedHashSet<>(List.of("monitoring:write")));
        log.info("Demo API keys (X-Api-Key): {} (enterprises), {} (monitoring feeds)  — try them at /swagger-ui.html",
                KEY, HRSS_FEEDS_KEY);
    }
}
