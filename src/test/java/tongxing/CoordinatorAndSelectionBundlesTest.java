package tongxing;

import org.junit.jupiter.api.Test;
import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.selection.Category;
import tongxing.selection.campaign.CampaignState;

import java.io.IOException;
import java.io.InputStream;
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
 * Every bundle key the coordinator and selection modules name in Java exists in Chinese and in English,
 * the two bundles of each program hold the same keys, and every text parses as a message format with
 * the same arguments in both languages.
 */
class CoordinatorAndSelectionBundlesTest {

    private static final List<String> BUNDLES = List.of("coordinator", "exchange", "selection");

    /** A string literal that is a whole key of these bundles (flash message keys, labels, texts.get keys). */
    private static final Pattern KEY = Pattern.compile("\"((?:coordinator|exchange|selection)\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void every_key_named_in_the_coordinator_module_exists_in_both_languages() throws IOException {
        assertKeysExist("src/main/java/tongxing/coordinator");
    }

    @Test
    void every_key_named_in_the_selection_module_exists_in_both_languages() throws IOException {
        assertKeysExist("src/main/java/tongxing/selection");
    }

    @Test
    void keys_built_from_enums_exist_in_both_languages() throws IOException {
        List<String> keys = new ArrayList<>();
        Arrays.stream(SkillLevel.values()).forEach(l -> keys.add("coordinator.level." + l.name()));
        Arrays.stream(WorkplaceType.values()).forEach(w -> keys.add("coordinator.workplace." + w.name()));
        Arrays.stream(Category.values()).forEach(c -> keys.add("selection.category." + c.name()));
        Arrays.stream(CampaignState.values()).forEach(s -> keys.add("selection.state." + s.name()));
        Properties zh = merged("");
        Properties en = merged("_en");
        assertThat(keys).allSatisfy(k -> {
            assertThat(zh).containsKey(k);
            assertThat(en).containsKey(k);
        });
    }

    @Test
    void chinese_and_english_hold_the_same_keys_and_the_same_arguments() throws IOException {
        for (String bundle : BUNDLES) {
            Properties zh = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            assertThat(en.stringPropertyNames()).as(bundle + "_en").containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(zh.getProperty(key)));
            }
        }
    }

    private static void assertKeysExist(String dir) throws IOException {
        Properties zh = merged("");
        Properties en = merged("_en");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(p));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> missingZh = new TreeSet<>(used);
        missingZh.removeAll(zh.stringPropertyNames());
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(en.stringPropertyNames());
        assertThat(missingZh).as("keys missing in Chinese").isEmpty();
        assertThat(missingEn).as("keys missing in English").isEmpty();
    }

    /** The argument formats of a text ({0}, {1,number,#} …); throws when the text is not a valid message format. */
    private static List<String> arguments(String text) {
        Object[] formats = new MessageFormat(text, Locale.ROOT).getFormatsByArgumentIndex();
        List<String> kinds = new ArrayList<>();
        for (Object f : formats) kinds.add(f == null ? "text" : f.getClass().getSimpleName());
        return kinds;
    }

    private static Properties merged(String suffix) throws IOException {
        Properties all = new Properties();
        // Keys of other bundles may be named too (e.g. the enterprise bundle's field names in an export).
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean english = name.endsWith("_en.properties");
                if (suffix.isEmpty() ? name.contains("_") : !english) continue;
                all.putAll(load(name));
            }
        }
        return all;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages", name));
             var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
