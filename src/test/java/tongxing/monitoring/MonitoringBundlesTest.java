package tongxing.monitoring;

import org.junit.jupiter.api.Test;
import tongxing.monitoring.layoffplan.ContractType;
import tongxing.monitoring.layoffplan.LayoffGrounds;
import tongxing.monitoring.layoffplan.LayoffPlanStatus;
import tongxing.monitoring.layoffplan.ProtectedStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Every bundle key the monitoring module uses in Java exists in Chinese and in English, in the bundles
 * of the module (monitoring, feeds, casework), and every text of those bundles is a valid message format.
 */
class MonitoringBundlesTest {

    private static final List<String> BUNDLES = List.of("monitoring", "feeds", "casework");
    /** A literal that is a key of one of the module's bundles (prefixes end with a dot and are checked below). */
    private static final Pattern KEY = Pattern.compile("\"((?:casework|feeds|severance|menu)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern RULE_CODE = Pattern.compile("String code\\(\\) \\{\\s*return \"([A-Z_]+)\";");
    private static final Pattern RULE_FIELD = Pattern.compile("range\\(texts, v, \"(\\w+)\"");

    @Test
    void every_key_used_in_java_is_in_both_languages() throws IOException {
        Properties zh = load(""), en = load("_en");
        Set<String> used = new TreeSet<>();
        Set<String> ruleCodes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/tongxing/monitoring"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                collect(KEY, source, used);
                collect(RULE_CODE, source, ruleCodes);
                Set<String> fields = new TreeSet<>();
                collect(RULE_FIELD, source, fields);
                fields.forEach(field -> used.add("feeds.rules.label." + field));
            }
        }
        ruleCodes.forEach(code -> used.add("feeds.rule." + code));
        Arrays.stream(LayoffGrounds.values()).forEach(g -> used.add(g.labelKey()));
        Arrays.stream(LayoffPlanStatus.values()).forEach(s -> used.add(s.labelKey()));
        Arrays.stream(ContractType.values()).forEach(c -> used.add(c.labelKey()));
        Arrays.stream(ProtectedStatus.values()).forEach(p -> {
            used.add(p.labelKey());
            used.add(p.shortKey());
        });
        Arrays.stream(tongxing.monitoring.feeds.Feed.values()).flatMap(f -> f.measures().stream())
                .forEach(m -> used.add("feeds.measure." + m.json()));
        List.of("MUTUAL_EMPLOYEE_PROPOSED", "EMPLOYEE_RESIGNS", "FIXED_TERM_EXPIRY").forEach(t -> used.add("severance.notOwed." + t));

        assertThat(ruleCodes).hasSize(7);
        assertThat(used).hasSizeGreaterThan(200);
        assertThat(used.stream().filter(k -> !zh.containsKey(k)).toList()).as("keys missing in Chinese").isEmpty();
        assertThat(used.stream().filter(k -> !en.containsKey(k)).toList()).as("keys missing in English").isEmpty();
    }

    @Test
    void both_languages_have_the_same_keys_and_every_text_is_a_valid_message_format() throws IOException {
        Properties zh = load(""), en = load("_en");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        List<String> broken = new ArrayList<>();
        for (Properties p : List.of(zh, en))
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                try {
                    new MessageFormat(text, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    broken.add(key);
                }
                // a single apostrophe is an escape in message formats: it would vanish from a text with arguments
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) broken.add(key);
            }
        assertThat(broken).isEmpty();
    }

    private static void collect(Pattern pattern, String source, Set<String> into) {
        Matcher m = pattern.matcher(source);
        while (m.find()) into.add(m.group(1));
    }

    private static Properties load(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            try (InputStream in = MonitoringBundlesTest.class.getResourceAsStream("/messages/" + bundle + suffix + ".properties")) {
                assertThat(in).as(bundle + suffix).isNotNull();
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                all.putAll(p);
            }
        }
        return all;
    }
}
