package tongxing.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. {@code clean} wipes it at start (tests only).
 */
@ConfigurationProperties("tongxing.embedded-db")
public record EmbeddedPostgresProperties(String dataDir, boolean clean, String database, Integer port) {

    public EmbeddedPostgresProperties {
        if (dataDir == null || dataDir.isBlank()) dataDir = "./data/pg";
        if (database == null || database.isBlank()) database = "tongxing";
    }
}
