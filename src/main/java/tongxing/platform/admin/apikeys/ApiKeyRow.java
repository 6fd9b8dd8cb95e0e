package tongxing.platform.admin.apikeys;

import java.time.LocalDateTime;
import java.util.List;

/** An API key as the administrator sees it: its prefix only, never the key or its hash. */
record ApiKeyRow(long id, String name, String prefix, String regionCode, String regionName, List<String> permissions,
                 boolean enabled, String createdBy, LocalDateTime createdAt, LocalDateTime lastUsedAt) {
}
