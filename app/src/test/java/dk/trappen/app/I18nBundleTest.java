package dk.trappen.app;

import dk.trappen.core.figures.WorkspaceSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.trappen.app.ui.Screen;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource bundle of the program: core's messages (Danish and English), the fact sheet's
 * texts, the workbench's strings (Danish and English) and the command line's usage texts. Each file
 * is clean UTF-8 with its æøå intact; a Danish key has its English twin where there is an English
 * bundle, with the same placeholders; every key the code names is defined; and the workbench and
 * the command line define no key they do not use.
 */
class I18nBundleTest {

    private static final Path APP = Path.of("src/main/resources/dk/trappen/app");
    private static final Path CORE = Path.of("../core/src/main/resources/dk/trappen/core");
    private static final Path APP_JAVA = Path.of("src/main/java");
    private static final Path CORE_JAVA = Path.of("../core/src/main/java");

    private static final Path CORE_DA = CORE.resolve("messages.properties");
    private static final Path CORE_EN = CORE.resolve("messages_en.properties");
    private static final Path FACTSHEET = CORE.resolve("factsheet/texts.properties");
    private static final Path APP_DA = APP.resolve("i18n/strings.properties");
    private static final Path APP_EN = APP.resolve("i18n/strings_en.properties");
    private static final Path CLI = APP.resolve("cli/usage.properties");

    private static final List<Path> ALL = List.of(CORE_DA, CORE_EN, FACTSHEET, APP_DA, APP_EN, CLI);
    private static final List<Path> DANISH = List.of(CORE_DA, FACTSHEET, APP_DA, CLI);

    /** A key as a string literal: dotted words; one ending in "." is a prefix the code completes. */
    private static final String KEY = "\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"";
    /** A placeholder by its argument and format type ({0}, {1,number}): a choice's wording differs by language. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(,\\s*\\w+)?");

    // ---- every file ----

    @Test
    void everyBundleIsCleanUtf8WithItsDanishLettersIntact() throws IOException {
        for (Path file : ALL) {
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                fail(file + " is not valid UTF-8: " + e);
                return;
            }
            // UTF-8 read as Latin-1 and saved again ("Ã¸" for ø), or letters already lost ("\uFFFD").
            for (String broken : List.of("Ã", "Â", "\uFFFD")) {
                assertFalse(text.contains(broken), file + " holds '" + broken + "' (mojibake)");
            }
        }
        for (Path file : DANISH) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String letter : List.of("æ", "ø", "å")) {
                assertTrue(text.contains(letter), file + " has no " + letter);
            }
        }
    }

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        for (Path file : ALL) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]").matcher(line);
                if (m.find() && !seen.add(m.group(1))) {
                    twice.add(m.group(1));
                }
            }
            assertTrue(twice.isEmpty(), file + " defines twice: " + twice);
        }
    }

    /** Core's texts and the command line's messages always pass through MessageFormat: a quote is written ''. */
    @Test
    void textsFormattedByMessageFormatParseAndKeepTheirApostrophes() throws IOException {
        Map<Path, Properties> formatted = Map.of(CORE_DA, load(CORE_DA), CORE_EN, load(CORE_EN), CLI, messagesOf(load(CLI)));
        for (Map.Entry<Path, Properties> bundle : formatted.entrySet()) {
            for (String key : bundle.getValue().stringPropertyNames()) {
                String pattern = bundle.getValue().getProperty(key);
                new MessageFormat(pattern);
                assertFalse(pattern.replace("''", "").contains("'"), bundle.getKey() + " " + key
                        + ": a single ' is swallowed by MessageFormat; write ''");
            }
        }
    }

    // ---- Danish and English ----

    @Test
    void everyDanishKeyHasItsEnglishTwinWithTheSamePlaceholders() throws IOException {
        assertTwins(load(CORE_DA), load(CORE_EN));
        assertTwins(load(APP_DA), load(APP_EN));
    }

    private static void assertTwins(Properties da, Properties en) {
        Set<String> noTwin = new TreeSet<>(da.stringPropertyNames());
        noTwin.removeAll(en.stringPropertyNames());
        assertTrue(noTwin.isEmpty(), "Danish keys without an English twin: " + noTwin);
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(da.stringPropertyNames());
        assertTrue(onlyEnglish.isEmpty(), "English keys without a Danish one: " + onlyEnglish);
        for (String key : da.stringPropertyNames()) {
            assertEquals(placeholders(da.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
    }

    // ---- keys named in the code ----

    @Test
    void everyCoreKeyTheCodeNamesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        // Messages.danish/format, and the exceptions that carry a key (TrappenException and its kind).
        Pattern messages = Pattern.compile("Messages\\.(?:danish|format)\\(\\s*(?:[\\w.]+,\\s*)?" + KEY);
        Pattern exceptions = Pattern.compile("(?:new \\w*Exception|super)\\(\\s*(?:\\w+,\\s*)?" + KEY);
        // The workbook's Texts: t.get(...) names export.* keys (also in a choice "a ? k1 : k2"), t.core(...) any of core's.
        Pattern export = Pattern.compile("\\b(?:t|texts)\\.get\\(([^)]*)");
        Pattern literal = Pattern.compile(KEY);
        Pattern exportCore = Pattern.compile("\\b(?:t|texts)\\.core\\(\\s*" + KEY);
        for (Path root : List.of(CORE_JAVA, APP_JAVA)) {
            for (Map.Entry<Path, String> f : sources(root).entrySet()) {
                used.addAll(matches(messages, f.getValue()));
                if (!f.getKey().toString().contains("cli")) {
                    used.addAll(matches(exceptions, f.getValue()));
                }
                if (f.getKey().toString().contains("core/export")) {
                    for (String args : matches(export, f.getValue())) {
                        matches(literal, args).forEach(k -> used.add("export." + k));
                    }
                    used.addAll(matches(exportCore, f.getValue()));
                }
            }
        }
        assertTrue(used.size() > 150, "the scan finds the keys: " + used.size());
        assertDefined(used, load(CORE_DA), CORE_DA);
    }

    @Test
    void everyFactSheetKeyTheCodeNamesIsDefined() throws IOException {
        Set<String> used = scan(CORE_JAVA.resolve("dk/trappen/core/factsheet"), Pattern.compile("Texts\\.(?:get|has)\\(\\s*" + KEY));
        assertTrue(used.size() > 30, "the scan finds the keys: " + used.size());
        assertDefined(used, load(FACTSHEET), FACTSHEET);
    }

    /** The command line's messages (msg.*) and option descriptions: each used one defined, each defined one used. */
    @Test
    void everyCommandLineKeyIsDefinedAndUsed() throws IOException {
        Path cliJava = APP_JAVA.resolve("dk/trappen/app/cli");
        Set<String> messages = scan(cliJava, Pattern.compile("\"(msg\\.[A-Za-z0-9_.]+)\""));
        Set<String> descriptions = scan(cliJava, Pattern.compile("descriptionKey\\s*=\\s*" + KEY));
        Properties cli = load(CLI);
        assertDefined(messages, cli, CLI);
        assertDefined(descriptions, cli, CLI);
        Set<String> unused = new TreeSet<>(messagesOf(cli).stringPropertyNames());
        unused.removeAll(messages);
        assertTrue(unused.isEmpty(), CLI + " defines but does not use: " + unused);
        assertTrue(messages.size() > 50, "the scan finds the keys: " + messages.size());
    }

    @Test
    void everyWorkbenchKeyUsedIsDefinedAndEveryKeyDefinedIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        // Keys are passed to I18n.text(...) as literals.
        Pattern text = Pattern.compile("\\btext\\(\\s*\"([a-zA-Z0-9.]+)\"");
        for (String source : sources(APP_JAVA).values()) {
            used.addAll(matches(text, source));
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
        enumKeys(used, "settings.nt121", dk.trappen.core.figures.WorkspaceSettings.Nt121Variant.values());
        enumKeys(used, "settings.tie", dk.trappen.core.figures.StaircaseRules.HandlekommuneTie.values());
        enumKeys(used, "settings.nt8", dk.trappen.core.figures.StaircaseRules.Nt8Scope.values());
        enumKeys(used, "settings.deaths", dk.trappen.core.figures.StaircaseRules.DeathRule.values());
        enumKeys(used, "settings.kommuneChange", dk.trappen.core.figures.StaircaseRules.KommuneChangeRule.values());
        enumKeys(used, "settings.wellbeing", dk.trappen.core.figures.WorkspaceSettings.WellbeingMeasurement.values());
        used.removeIf(k -> k.endsWith("."));
        Properties strings = load(APP_DA);
        assertDefined(used, strings, APP_DA);
        Set<String> unused = new TreeSet<>(strings.stringPropertyNames());
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

    // ---- helpers ----

    private static void assertDefined(Set<String> used, Properties bundle, Path file) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(k -> k.endsWith("."));
        missing.removeAll(bundle.stringPropertyNames());
        assertTrue(missing.isEmpty(), "used but not defined in " + file + ": " + missing);
    }

    /** The command line's own messages; the rest of usage.properties is picocli's help text. */
    private static Properties messagesOf(Properties cli) {
        Properties p = new Properties();
        cli.stringPropertyNames().stream().filter(k -> k.startsWith("msg.")).forEach(k -> p.setProperty(k, cli.getProperty(k)));
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + (m.group(2) == null ? "" : m.group(2).replaceAll("\\s", "")));
        }
        return out;
    }

    /** What the pattern's first group matches in the .java files below a folder. */
    private static Set<String> scan(Path root, Pattern p) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String source : sources(root).values()) {
            out.addAll(matches(p, source));
        }
        return out;
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The .java files below a folder, by path (with / as separator), and their text. */
    private static Map<Path, String> sources(Path root) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                out.put(Path.of(f.toString().replace('\\', '/')), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }
}
