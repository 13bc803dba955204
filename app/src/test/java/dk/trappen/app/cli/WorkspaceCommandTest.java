package dk.trappen.app.cli;

import dk.trappen.core.store.SpellStore;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import dk.trappen.core.store.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of commands over a workspace share: a fresh workspace holding, from 2017-01-01 and
 * ongoing, 2 persons on trin 8 and 6 on trin 5 in København (101) and 10 on trin 2 in Frederiksberg
 * (147), where a §97 spell starting 2018-06-30 makes the cut dates 2017-12-31 and 2018-06-30; and
 * the command line run with its output captured.
 */
abstract class WorkspaceCommandTest {

    @TempDir
    Path tmp;

    Path ws;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void workspace() throws SQLException {
        ws = create(tmp.resolve("ws"));
    }

    int run(String... args) {
        return Cli.execute(() -> TestContexts.inFolder(tmp), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Each set of arguments after {@code command --workspace WS} is wrong usage: exit 2, a Danish line, the usage. */
    void assertWrongUsage(String command, String[][] wrong) {
        for (String[] args : wrong) {
            err.getBuffer().setLength(0);
            String[] all = new String[args.length + 3];
            all[0] = command;
            all[1] = "--workspace";
            all[2] = ws.toString();
            System.arraycopy(args, 0, all, 3, args.length);
            assertEquals(2, run(all), String.join(" ", args));
            String first = err.toString().split("\\R")[0];
            assertTrue(first.startsWith("Fejl: "), first);
            assertTrue(err.toString().contains("Brug: trappen " + command), err.toString());
        }
    }

    private static Path create(Path dir) throws SQLException {
        try (Workspace w = Workspace.create(dir); Connection c = w.connection()) {
            List<SpellStore.Spell> spells = new ArrayList<>();
            add(spells, 2, 101, "1.8.1", "2017-01-01");
            add(spells, 6, 101, "1.12.0.2", "2017-01-01");
            add(spells, 10, 147, "1.18.1", "2017-01-01");
            add(spells, 1, 101, "1.13.4", "2018-06-30");
            SpellStore.append(c, spells);
            Workspace.bumpDataVersion(c);
        }
        return dir;
    }

    /** n persons (the next ids) with one ongoing spell each. */
    private static void add(List<SpellStore.Spell> spells, int n, int kommune, String ydelse, String start) {
        for (int i = 0; i < n; i++) {
            spells.add(new SpellStore.Spell(1, spells.size() + 1, kommune, null, null, ydelse, null, "1.2.2",
                    LocalDate.parse(start), null, 0));
        }
    }
}
