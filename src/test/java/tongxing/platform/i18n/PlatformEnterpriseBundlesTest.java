package tongxing.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle key that the Java of the platform and enterprise modules names exists in Chinese and
 * in English, and the bundles of these modules say the same things in both languages.
 */
class PlatformEnterpriseBundlesTest {

    private static final List<String> BUNDLES = List.of("messages", "imports", "admin", "api", "notification",
            "workbench", "enterprise");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/tongxing/platform"),
            Path.of("src/main/java/tongxing/enterprise"));
    /** A quoted, dotted name such as "enterprise.error.nameRequired". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Dotted literals that are not keys: the BindingResult error code of the enterprise form. */
    private static final Set<String> NOT_KEYS = Set.of("enterprise.invalid");
    /** Keys put together in Java ("enterprise.error." + field + "Negative"). */
    private static final List<String> COMPOSED_KEYS = Stream.of("revenue", "assets")
            .flatMap(f -> Stream.of("Negative", "TooLarge", "NotNumber").map(s -> "enterprise.error." + f + s)).toList();

    @Test
    void every_key_named_in_the_java_of_platform_and_enterprise_is_in_both_languages() throws IOException {
        Properties zh = all(""), en = all("_en");
        Set<String> prefixes = new TreeSet<>();
        zh.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Set<String> used = new TreeSet<>(COMPOSED_KEYS);
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                    Matcher m = KEY_LITERAL.matcher(read(p));
                    while (m.find()) {
                        String key = m.group(1);
                        if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !NOT_KEYS.contains(key)) used.add(key);
                    }
                });
            }
        }
        assertThat(used).contains("identity.uscc.check", "enterprise.error.nameRequired", "sizeclass.reason.outOfScope");
        assertThat(used).allSatisfy(key -> {
            assertThat(zh).as("Chinese").containsKey(key);
            assertThat(en).as("English").containsKey(key);
        });
    }

    @Test
    void the_bundles_of_platform_and_enterprise_have_the_same_keys_and_arguments_in_both_languages() {
        for (String bundle : BUNDLES) {
            Properties zh = load(bundle + ".properties"), en = load(bundle + "_en.properties");
            assertThat(en.stringPropertyNames()).as(bundle).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                assertThat(arguments(en.getProperty(key))).as(bundle + ": " + key).isEqualTo(arguments(zh.getProperty(key)));
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) args.add(m.group(1));
        return args;
    }

    /** All bundles of the application merged, as Spring's message source sees them. */
    private static Properties all(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> suffix.isEmpty() ? !n.contains("_") : n.endsWith(suffix + ".properties"))
                    .forEach(n -> all.putAll(load(n)));
        }
        return all;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (var in = PlatformEnterpriseBundlesTest.class.getResourceAsStream("/messages/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
