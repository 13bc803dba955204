package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import dk.trappen.core.TrappenVersion;
import dk.trappen.core.store.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(() -> TestContexts.inFolder(tmp), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Brug: trappen"), out.toString());
        assertTrue(out.toString().contains("Kommandoer:"));
        assertTrue(out.toString().contains("info "), out.toString());
        assertTrue(err.toString().isEmpty());
    }

    @Test
    void versionNamesTheProgram() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Trappen " + TrappenVersion.version()), out.toString());
    }

    @Test
    void unknownCommandIsOneLineAndUsageWithExitTwo() {
        assertEquals(2, run("tryllestav"));
        String[] lines = err.toString().split("\\R");
        assertEquals("Fejl: ukendt kommando eller tilvalg: tryllestav", lines[0]);
        assertTrue(lines[1].startsWith("Brug: trappen"), err.toString());
        assertTrue(out.toString().isEmpty());
    }

    @Test
    void unknownFlagIsOneLineAndUsageWithExitTwo() {
        assertEquals(2, run("info", "--hurtigt"));
        String[] lines = err.toString().split("\\R");
        assertEquals("Fejl: ukendt kommando eller tilvalg: --hurtigt", lines[0]);
        assertTrue(err.toString().contains("Brug: trappen info [-hV] [--workspace=DIR]"), err.toString());
    }

    @Test
    void infoDescribesAWorkspace() {
        Path dir = tmp.resolve("ws");
        Workspace.create(dir).close();
        assertEquals(0, run("info", "--workspace", dir.toString()));
        assertTrue(out.toString().contains("Skemaversion:      8"), out.toString());
        assertTrue(out.toString().contains("98 kommuner"), out.toString());
        assertTrue(out.toString().contains("antal under 5 vises som <5"), out.toString());
        assertTrue(out.toString().contains("NT13–NT17 bruger:  seneste måling med hvert redskab"), out.toString());
    }

    @Test
    void missingWorkspaceIsADanishLineAndExitOne() {
        assertEquals(1, run("info", "--workspace", tmp.resolve("findes-ikke").toString()));
        assertEquals(1, err.toString().split("\\R").length, err.toString());
        assertTrue(err.toString().startsWith("Fejl: Der er ingen Trappen-arbejdsmappe i"), err.toString());
    }
}
