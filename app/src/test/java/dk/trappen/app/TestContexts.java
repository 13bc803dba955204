package dk.trappen.app;

import dk.trappen.app.prefs.AppPreferences;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import java.nio.file.Path;

/** Contexts for tests: the repository's tables (loaded once) and preferences in a temp folder. */
public final class TestContexts {

    private static ReferenceData reference;

    private TestContexts() {
    }

    public static synchronized ReferenceData reference() {
        if (reference == null) {
            reference = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
        }
        return reference;
    }

    /** No bundled sample: a first start opens the default workspace under {@code tmp/home}. */
    public static AppContext inFolder(Path tmp) {
        return new AppContext(reference(), new AppPreferences(tmp.resolve("indstillinger.properties")),
                tmp.resolve("home"), null);
    }

    /** With the repository's bundled sample, as the launcher runs it. */
    public static AppContext withSample(Path tmp) {
        return new AppContext(reference(), new AppPreferences(tmp.resolve("indstillinger.properties")),
                tmp.resolve("home"), Path.of("..", "samples", "small"));
    }
}
