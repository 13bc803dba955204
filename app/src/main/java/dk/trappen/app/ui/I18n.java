package dk.trappen.app.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The workbench's texts: one bundle with dotted keys per feature, Danish as the base and English
 * second. No fallback to the JVM's own locale, so a Danish user on an English system sees Danish.
 */
public final class I18n {

    static final String BUNDLE = "dk.trappen.app.i18n.strings";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
