package dk.trappen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.ui.Screen;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key used in the code exists in both languages, and no key is left unused. */
class I18nBundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/dk/trappen/app/i18n");
    /** Keys are passed to I18n.text(...) as literals. */
    private static final Pattern USE = Pattern.compile("\\btext\\(\\s*\"([a-zA-Z0-9.]+)\"");

    @Test
    void danishAndEnglishHoldTheSameKeys() throws IOException {
        assertEquals(load("strings.properties").stringPropertyNames(), load("strings_en.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedIsDefinedAndEveryKeyDefinedIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Screen s : Screen.values()) {
            used.add(s.key());
            used.add(s.key() + ".description");
        }
        // Keys built from a prefix and a value: one per value the code can pass.
        for (dk.trappen.core.reference.Udvikling u : dk.trappen.core.reference.Udvikling.values()) {
            used.add("expected." + u.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (dk.trappen.core.reference.Enhed u : dk.trappen.core.reference.Enhed.values()) {
            used.add("unit." + u.name().toLowerCase(java.util.Locale.ROOT));
        }
        enumKeys(used, "settings.nt121", dk.trappen.core.store.WorkspaceSettings.Nt121Variant.values());
        enumKeys(used, "settings.tie", dk.trappen.core.store.StaircaseRules.HandlekommuneTie.values());
        enumKeys(used, "settings.nt8", dk.trappen.core.store.StaircaseRules.Nt8Scope.values());
        enumKeys(used, "settings.deaths", dk.trappen.core.store.StaircaseRules.DeathRule.values());
        enumKeys(used, "settings.kommuneChange", dk.trappen.core.store.StaircaseRules.KommuneChangeRule.values());
        enumKeys(used, "settings.wellbeing", dk.trappen.core.store.WorkspaceSettings.WellbeingMeasurement.values());
        used.removeIf(k -> k.endsWith("."));
        Set<String> defined = new TreeSet<>(load("strings.properties").stringPropertyNames());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertTrue(missing.isEmpty(), "used but not defined: " + missing);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "defined but not used: " + unused);
    }

    /** A settings choice: its label, its help text, and one text per value. */
    private static void enumKeys(Set<String> used, String key, Enum<?>[] values) {
        used.add(key);
        used.add(key + ".help");
        for (Enum<?> v : values) {
            used.add(key + "." + v.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
