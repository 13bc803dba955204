package dk.trappen.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The workbook's texts exist in Danish and English alike, with the same placeholders. */
class ExportTextsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportTextsTest.class.getResourceAsStream("/dk/trappen/core/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameExportKeysAndPlaceholders() throws IOException {
        Properties da = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> daKeys = exportKeys(da);
        assertEquals(daKeys, exportKeys(en));
        for (String key : daKeys) {
            assertEquals(placeholders(da.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
        assertEquals(true, daKeys.size() > 100, "the workbook's texts: " + daKeys.size());
    }

    private static Set<String> exportKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("export.")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+[^}]*}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
