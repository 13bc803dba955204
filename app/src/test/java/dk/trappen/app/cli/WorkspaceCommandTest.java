package dk.trappen.app.cli;

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
        try (Workspace w = Workspace.create(dir); Connection c = w.connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO spell (import_id, person_id, handlekommune, ydelse, maalgruppe, start_date, row_hash) "
                        + "VALUES (1, ?, ?, ?, '1.2.2', ?, 0)")) {
            int person = 1;
            person = insert(ps, person, 2, 101, "1.8.1", "2017-01-01");
            person = insert(ps, person, 6, 101, "1.12.0.2", "2017-01-01");
            person = insert(ps, person, 10, 147, "1.18.1", "2017-01-01");
            insert(ps, person, 1, 101, "1.13.4", "2018-06-30");
            Workspace.bumpDataVersion(c);
        }
        return dir;
    }

    private static int insert(PreparedStatement ps, int first, int n, int kommune, String ydelse, String start)
            throws SQLException {
        for (int i = 0; i < n; i++) {
            ps.setInt(1, first + i);
            ps.setInt(2, kommune);
            ps.setString(3, ydelse);
            ps.setDate(4, Date.valueOf(start));
            ps.executeUpdate();
        }
        return first + n;
    }
}
