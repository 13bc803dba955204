package dk.trappen.app.ui.data;

import dk.trappen.app.AppContext;
import dk.trappen.app.TestContexts;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/** Shared by the wizard's tests: a context that opens a fresh workspace, the real import, small files. */
public final class WizardFixtures {

    /** The sample's deaths: a header and 192 valid rows. */
    public static final Path DOEDE = Path.of("..", "samples", "small", "doede.csv");

    private WizardFixtures() {
    }

    /** A context whose last workspace (opened at start) is a new, empty one in {@code tmp}. */
    public static AppContext withNewWorkspace(Path tmp) {
        Path dir = tmp.resolve("arbejdsmappe");
        Workspace.create(dir).close();
        AppContext ctx = TestContexts.inFolder(tmp);
        ctx.preferences().setLastWorkspace(dir);
        return ctx;
    }

    static FileImporter real() {
        return (w, f, o, p, c) -> new ImportService(w, TestContexts.reference(), Clock.systemDefaultZone())
                .importFile(f, o, p, c);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static long count(Workspace ws, String table) throws SQLException {
        try (Connection c = ws.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
