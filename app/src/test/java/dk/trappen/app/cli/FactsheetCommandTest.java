package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@code trappen factsheet} through {@link Cli#execute}, on the {@link WorkspaceCommandTest} workspace. */
class FactsheetCommandTest extends WorkspaceCommandTest {

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void oneKommuneIsWrittenToTheNamedFileWithOneLineSayingWhereAndHowLong() throws IOException {
        Path pdf = tmp.resolve("kbh.pdf");
        assertEquals(0, run("factsheet", "--workspace", ws.toString(), "--kommune", "101", "--out", pdf.toString()),
                err.toString());
        String line = out.toString().strip();
        assertTrue(line.matches("Faktaark for København pr\\. 30-06-2018 skrevet til " + java.util.regex.Pattern.quote(
                pdf.toAbsolutePath().toString()) + " \\(\\d+,\\d s\\)\\."), line);
        assertEquals("", err.toString());
        String text = text(pdf);
        assertTrue(text.contains("Sådan placerer København sig"));
        assertTrue(text.contains("<5"), "NT1 = 2 is shown as <5");
    }

    @Test
    void aFolderGetsTheSheetUnderItsStandardNameAndACutDateMayBeChosen() throws IOException {
        Path folder = tmp.resolve("ark");
        assertEquals(0, run("factsheet", "--workspace", ws.toString(), "--kommune", "147", "--cut", "31-12-2017",
                "--out", folder.toString()), err.toString());
        Path pdf = folder.resolve("faktaark-147-frederiksberg-2017-12-31.pdf");
        assertTrue(Files.isRegularFile(pdf), out.toString());
        assertTrue(text(pdf).contains("Skæringsdato 31-12-2017"));
        assertEquals(0, run("factsheet", "--workspace", ws.toString(), "--kommune", "147", "--cut", "2017-12-31",
                "--out", folder.toString()), "ISO dates too");
    }

    @Test
    void allKommunerGiveOnePdfEachAndACombinedOne() throws IOException {
        Path folder = tmp.resolve("alle");
        assertEquals(0, run("factsheet", "--workspace", ws.toString(), "--kommune", "all", "--out", folder.toString()),
                err.toString());
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(99, s.count());
        }
        Path combined = folder.resolve("faktaark-alle-kommuner-2018-06-30.pdf").toAbsolutePath();
        assertTrue(out.toString().startsWith("98 faktaark pr. 30-06-2018 skrevet til " + folder.toAbsolutePath()
                + " (ét pr. kommune) og samlet i " + combined + " ("), out.toString());
        try (PDDocument doc = Loader.loadPDF(combined.toFile())) {
            assertEquals(196, doc.getNumberOfPages());
        }
    }

    @Test
    void wrongUsageIsExitTwoWithADanishLine() {
        String pdf = tmp.resolve("x.pdf").toString();
        String[][] wrong = {
            {"--kommune", "abc", "--out", pdf}, {"--kommune", "998", "--out", pdf}, {"--kommune", "101"},
            {"--kommune", "101", "--out", pdf, "--cut", "2018-03-31"}, {"--kommune", "101", "--out", pdf, "--cut", "i går"},
            {"--kommune", "101", "--out", pdf, "--cut", "2016-12-31"}, {"--kommune", "all", "--out", pdf}};
        assertWrongUsage("factsheet", wrong);
        assertTrue(!Files.exists(tmp.resolve("x.pdf")), "nothing written on wrong usage");
    }

    @Test
    void aWorkspaceWithoutDataIsExitOneWithOneLine() {
        Path empty = tmp.resolve("tom");
        Workspace.create(empty).close();
        assertEquals(1, run("factsheet", "--workspace", empty.toString(), "--kommune", "101", "--out",
                tmp.resolve("x.pdf").toString()));
        assertEquals(1, err.toString().split("\\R").length, err.toString());
        assertTrue(err.toString().startsWith("Fejl: Arbejdsmappen " + empty.toAbsolutePath() + " har ingen ydelsesdata"),
                err.toString());
    }
}
