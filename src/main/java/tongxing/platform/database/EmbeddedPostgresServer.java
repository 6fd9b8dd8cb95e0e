package tongxing.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded PostgreSQL server per data directory and JVM. Test contexts that Spring caches
 * separately share the same server instead of starting one each.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<String, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    static String jdbcUrl(EmbeddedPostgresProperties props) {
        File dataDir = new File(props.dataDir()).getAbsoluteFile();
        EmbeddedPostgres pg = RUNNING.computeIfAbsent(dataDir.getPath(), key -> start(dataDir, props));
        ensureDatabase(pg, props.database());
        return pg.getJdbcUrl("postgres", props.database());
    }

    private static EmbeddedPostgres start(File dataDir, EmbeddedPostgresProperties props) {
        refuseRoot();
        try {
            // A clean start must not trip over what a crashed or differently configured run left behind.
            if (props.clean()) org.springframework.util.FileSystemUtils.deleteRecursively(dataDir.toPath());
            log.info("Starting embedded PostgreSQL with data in {}", dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(props.clean())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("listen_addresses", "localhost");
            // The persistent platform database must not lose committed work; tests may.
            builder.setServerConfig("synchronous_commit", props.clean() ? "off" : "on");
            if (props.clean()) builder.setServerConfig("fsync", "off");
            if (props.port() != null && props.port() > 0) builder.setPort(props.port());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void refuseRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("""
                    PostgreSQL refuses to run as root (initdb: cannot be run as root).
                    Start Tongxing as an ordinary user, or point it at an external PostgreSQL with
                    SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.
                    PostgreSQL 拒绝以 root 身份运行：请以普通用户启动，或设置 SPRING_DATASOURCE_URL 使用外部数据库。""");
        }
    }

    private static void ensureDatabase(EmbeddedPostgres pg, String database) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\" ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }
}
