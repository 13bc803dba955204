package dk.trappen.core.factsheet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fact sheet's fixed Danish wording ({@code texts.properties} beside this class). Arguments
 * are passed already formatted (Danish numbers and dates), so MessageFormat never formats them.
 */
final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dk.trappen.core.factsheet.texts",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Texts() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
