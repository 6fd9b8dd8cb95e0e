package tongxing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tongxing (同行): the working platform of Hainan's labor-relations tripartite office for the
 * "和谐同行" capacity-building action plan. Each top-level package is one module of DESIGN.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TongxingApplication {

    public static void main(String[] args) {
        SpringApplication.run(TongxingApplication.class, args);
    }
}
