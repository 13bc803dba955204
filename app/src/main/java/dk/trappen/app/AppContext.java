package dk.trappen.app;

import dk.trappen.app.prefs.AppPreferences;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What both front ends share, built once in main and passed in (no static singletons): the
 * reference tables, the user's preferences and the language.
 */
public final class AppContext {

    /** Set by the launcher to the repository's editable {@code resources/} folder. */
    public static final String REFERENCE_DIR_PROPERTY = "trappen.reference.dir";

    private final ReferenceData reference;
    private final AppPreferences preferences;

    public AppContext(ReferenceData reference, AppPreferences preferences) {
        this.reference = reference;
        this.preferences = preferences;
    }

    /** The context of a real run: tables from the launcher's folder (or the packed copy), the user's preferences. */
    public static AppContext standard() {
        return new AppContext(ReferenceLoader.load(referenceDir()), AppPreferences.inUserHome());
    }

    public static Path referenceDir() {
        String dir = System.getProperty(REFERENCE_DIR_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public ReferenceData reference() {
        return reference;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public Locale locale() {
        return preferences.language();
    }
}
