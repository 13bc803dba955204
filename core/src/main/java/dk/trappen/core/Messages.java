package dk.trappen.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Core's user-facing texts. Danish is the base bundle; English is the second language. The
 * no-fallback control keeps an English JVM default from overriding a Danish request.
 */
public final class Messages {

    public static final Locale DANISH = Locale.forLanguageTag("da");
    private static final String BUNDLE = "dk.trappen.core.messages";

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must never hide the message itself: show the key and its values.
            return key + " " + java.util.Arrays.toString(args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public static String danish(String key, Object... args) {
        return format(DANISH, key, args);
    }
}
