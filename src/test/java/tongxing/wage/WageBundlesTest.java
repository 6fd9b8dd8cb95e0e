package tongxing.wage;

import org.junit.jupiter.api.Test;
import tongxing.wage.guideline.DimensionLabels;
import tongxing.wage.guideline.EditionStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key of the wage and wageguide bundles that the wage module's Java code or its templates use is
 * in both the Chinese and the English bundle, and both bundles have the same keys with valid patterns.
 */
class WageBundlesTest {

    private static final Path JAVA = Path.of("src/main/java/tongxing/wage");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:wage|wageguide)\\.[\\w.]*\\w)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:#\\{|')((?:wage|wageguide)\\.[\\w.]*\\w)(?=[}('])");

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = WageBundlesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> keysIn(Path dir, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** Keys built from a prefix and a value in Java: one per value. */
    private static List<String> composedKeys() {
        List<String> keys = new ArrayList<>();
        for (EditionStatus s : EditionStatus.values()) keys.add("wageguide.status." + s.name());
        for (String s : DimensionLabels.sizes()) keys.add("wageguide.size." + s);
        for (String s : List.of("LEVEL_5", "LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1")) keys.add("wageguide.skill." + s);
        for (String s : List.of("JUNIOR", "INTERMEDIATE", "SENIOR")) keys.add("wageguide.title." + s);
        return keys;
    }

    private static Properties both(String locale) {
        Properties all = bundle("wage" + locale);
        all.putAll(bundle("wageguide" + locale));
        return all;
    }

    @Test
    void every_key_used_by_the_wage_java_code_and_templates_is_in_both_bundles() throws IOException {
        Set<String> used = keysIn(JAVA, ".java", JAVA_KEY);
        used.addAll(keysIn(TEMPLATES.resolve("wage"), ".html", TEMPLATE_KEY));
        used.addAll(keysIn(TEMPLATES.resolve("public"), "wage-guidelines.html", TEMPLATE_KEY));
        used.addAll(composedKeys());
        assertThat(used).contains("wage.return.error.size", "wageguide.filter.error.combine", "wageguide.edition.label");

        Properties zh = both("");
        Properties en = both("_en");
        assertThat(used).allSatisfy(k -> assertThat(zh).as("Chinese bundle").containsKey(k));
        assertThat(used).allSatisfy(k -> assertThat(en).as("English bundle").containsKey(k));
    }

    @Test
    void the_chinese_and_english_bundles_have_the_same_keys_and_patterns_that_format() {
        for (String name : List.of("wage", "wageguide")) {
            Properties zh = bundle(name);
            Properties en = bundle(name + "_en");
            assertThat(en.stringPropertyNames()).as(name).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            for (Properties p : List.of(zh, en)) {
                for (String k : p.stringPropertyNames()) {
                    String v = p.getProperty(k);
                    if (v.contains("{")) assertThat(new MessageFormat(v, Locale.ROOT).format(new Object[]{2026, 12, "x", "y"}))
                            .as(k).doesNotContain("{0").contains(v.contains("{0,number,#}") ? "2026" : "");
                }
            }
        }
    }
}
