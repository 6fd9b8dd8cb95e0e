package tongxing.platform.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ImportMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = ImportMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_chinese_text_of_the_imports_has_an_english_one_and_back() throws IOException {
        Properties zh = load("imports.properties"), en = load("imports_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (ImportJobStatus s : ImportJobStatus.values()) {
            assertThat(zh).containsKey("imports.status." + s);
            if (s != ImportJobStatus.VALIDATED) assertThat(zh).containsKey("imports.commit.already." + s);
        }
    }
}
