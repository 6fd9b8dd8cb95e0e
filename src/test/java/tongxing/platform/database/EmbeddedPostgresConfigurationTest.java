package tongxing.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedPostgresProperties.class)
    static class Props {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Props.class, EmbeddedPostgresConfiguration.class);

    @Test
    void an_external_datasource_url_switches_the_embedded_server_off() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/tongxing")
                .run(context -> assertThat(context).doesNotHaveBean(DataSource.class));
    }

    @Test
    void without_a_url_the_embedded_server_provides_the_datasource() {
        runner.withPropertyValues("tongxing.embedded-db.clean=true",
                        "tongxing.embedded-db.data-dir=" + System.getProperty("tongxing.embedded-db.data-dir"))
                .run(context -> {
                    assertThat(context).hasSingleBean(DataSource.class);
                    try (var c = context.getBean(DataSource.class).getConnection();
                         var rs = c.createStatement().executeQuery("SELECT current_database(), version()")) {
                        rs.next();
                        assertThat(rs.getString(1)).isEqualTo("tongxing");
                        assertThat(rs.getString(2)).startsWith("PostgreSQL");
                    }
                });
    }
}
