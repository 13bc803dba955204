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

    /** Set by the launcher to the repository's bundled sample, {@code samples/small}. */
    public static final String SAMPLE_DIR_PROPERTY = "trappen.sample.dir";

    private final ReferenceData reference;
    private final AppPreferences preferences;
    private final Path home;
    private final Path sampleDir;
    private dk.trappen.core.figures.FigureService figures;

    /**
     * @param home      Trappen's own folder ({@code ~/.trappen}): the default and sample workspaces live there
     * @param sampleDir the bundled sample's files, or null when the program runs without them
     */
    public AppContext(ReferenceData reference, AppPreferences preferences, Path home, Path sampleDir) {
        this.reference = reference;
        this.preferences = preferences;
        this.home = home;
        this.sampleDir = sampleDir;
    }

    /** The context of a real run: tables from the launcher's folder (or the packed copy), the user's preferences. */
    public static AppContext standard() {
        String sample = System.getProperty(SAMPLE_DIR_PROPERTY);
        Path sampleDir = sample == null || sample.isBlank() || !java.nio.file.Files.isDirectory(Path.of(sample))
                ? null : Path.of(sample);
        return new AppContext(ReferenceLoader.load(referenceDir()), AppPreferences.inUserHome(),
                Path.of(System.getProperty("user.home"), ".trappen"), sampleDir);
    }

    /** The workspace the first start fills with the bundled sample. */
    public Path sampleWorkspace() {
        return home.resolve("eksempeldata");
    }

    public java.util.Optional<Path> sampleDir() {
        return java.util.Optional.ofNullable(sampleDir);
    }

    /** The workspace used when there is neither a last workspace nor a sample. */
    public Path defaultWorkspace() {
        return home.resolve("default");
    }

    public static Path referenceDir() {
        String dir = System.getProperty(REFERENCE_DIR_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public ReferenceData reference() {
        return reference;
    }

    /** The one figure service of the program: its cache is shared by every screen and export. */
    public synchronized dk.trappen.core.figures.FigureService figures() {
        if (figures == null) {
            figures = new dk.trappen.core.figures.FigureService(reference);
        }
        return figures;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public Locale locale() {
        return preferences.language();
    }
}
