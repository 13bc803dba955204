package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(() -> TestContexts.inFolder(tmp), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void importsTheSampleAndReportsIt() {
        Path ws = tmp.resolve("ws");
        assertEquals(0, run("import", "--workspace", ws.toString(), "../samples/small/doede.csv"));
        assertTrue(out.toString().startsWith("doede.csv (doede): 192 rækker læst, 192 gemt, 0 afvist, 0 dubletter; "
                + "periode "), out.toString());
        assertEquals(0, run("import", "--workspace", ws.toString(), "../samples/small/doede.csv"));
        assertTrue(out.toString().contains("doede.csv (doede): samme fil som import nr. 1; intet gemt igen"),
                out.toString());
    }

    @Test
    void refusedFileExitsOneAndOthersStillImport() throws Exception {
        Path empty = Files.writeString(tmp.resolve("tom.csv"), "");
        Path ws = tmp.resolve("ws");
        assertEquals(1, run("import", "--workspace", ws.toString(), empty.toString(), "../samples/small/doede.csv"));
        assertEquals("Fejl: Filen tom.csv er tom. Intet er importeret.", err.toString().trim());
        assertTrue(out.toString().startsWith("doede.csv (doede): 192 rækker læst, 192 gemt"), out.toString());
    }

    @Test
    void unknownTypeIsUsageError() {
        assertEquals(2, run("import", "--type", "sygesikring", "x.csv"));
        assertTrue(err.toString().startsWith("Fejl: ukendt filtype: sygesikring"), err.toString());
    }

    @Test
    void rejectsAreWrittenToCsv() throws Exception {
        Path f = Files.writeString(tmp.resolve("doede.csv"), "PNR;DOEDSDATO\n0101801234;2020-01-01\n0202024235;2020-13-01\n",
                StandardCharsets.UTF_8);
        Path rejects = tmp.resolve("afviste.csv");
        assertEquals(0, run("import", "--workspace", tmp.resolve("ws").toString(), "--rejects", rejects.toString(),
                f.toString()));
        assertTrue(out.toString().contains("AFVIST: 1 rækker"), out.toString());
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals("\uFEFFfil;linje;kolonne;vaerdi;regel", lines.get(0));
        assertTrue(lines.get(1).startsWith("doede.csv;3;DOEDSDATO;2020-13-01;"), lines.get(1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("0202024235")), "no CPR number in the rejects file");
    }
}
