package dk.trappen.core.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** A column mapping as text: {@code STARTDATO=Start dato} lines (java.util.Properties form). */
public final class ColumnMappings {

    private ColumnMappings() {
    }

    public static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k.trim().toUpperCase(java.util.Locale.ROOT), p.getProperty(k).trim()));
        return out;
    }

    static String format(Map<String, String> mapping) {
        Properties p = new Properties();
        p.putAll(mapping);
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Drop the timestamp comment Properties writes, so equal mappings give equal text.
        return w.toString().lines().filter(l -> !l.startsWith("#")).sorted().reduce("", (a, b) -> a + b + "\n");
    }
}
