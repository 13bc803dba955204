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

    public static AppContext inFolder(Path tmp) {
        return new AppContext(reference(), new AppPreferences(tmp.resolve("indstillinger.properties")));
    }
}
