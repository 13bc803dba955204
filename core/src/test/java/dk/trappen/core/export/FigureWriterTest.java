package dk.trappen.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureException;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures as CSV and JSON, on the hand-built export workspace (Aarhus 751 and Randers 730 in Region Midtjylland). */
class FigureWriterTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static PublishedFigures published;

    @BeforeAll
    static void compute() throws SQLException {
        try (Workspace ws = ExportFixture.handBuilt(shared.resolve("ws"))) {
            published = new FigureService(ExportFixture.REFERENCE).published(ws);
        }
    }

    private static FigureWriter writer(FigureWriter.Format format) {
        ComparisonUnits units = new ComparisonUnits(ExportFixture.REFERENCE);
        return new FigureWriter(format, Level.KOMMUNE, List.of(units.kommune(751).orElseThrow()),
                List.of(ExportFixture.FIRST), published);
    }

    @Test
    void csvHasAHeaderNamedAfterTheLevelAndOneRowPerFigure() throws IOException {
        StringWriter out = new StringWriter();
        long rows = writer(FigureWriter.Format.CSV).write(out);
        List<String> lines = List.of(out.toString().split("\n", -1));
        assertEquals("kommune;cut_date;figure;value", lines.get(0));
        assertEquals("751;2017-12-31;NT1;12", lines.get(1));
        assertEquals(rows + 2, lines.size(), "a header, the rows and the final line break");
        assertEquals("", lines.get(lines.size() - 1));
    }

    @Test
    void jsonHoldsTheSameRows() throws IOException {
        StringWriter csv = new StringWriter();
        StringWriter json = new StringWriter();
        long rows = writer(FigureWriter.Format.CSV).write(csv);
        assertEquals(rows, writer(FigureWriter.Format.JSON).write(json));
        assertTrue(json.toString().startsWith("{\"level\":\"kommune\",\"discretion\":true,\"threshold\":5,"), json.toString());
        assertTrue(json.toString().contains("\n{\"kommune\":\"751\",\"cut_date\":\"2017-12-31\",\"figure\":\"NT1\",\"value\":12}"),
                json.toString());
        assertTrue(json.toString().endsWith("\n]}\n"));
    }

    @Test
    void aFileGetsTheSameBytesAndAFailureLeavesNoFile() throws IOException {
        StringWriter csv = new StringWriter();
        writer(FigureWriter.Format.CSV).write(csv);
        Path file = tmp.resolve("tal.csv");
        long rows = writer(FigureWriter.Format.CSV).write(file);
        assertEquals(csv.toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(csv.toString().lines().count() - 1, rows);

        Path missing = tmp.resolve("findes").resolve("ikke.csv");
        FigureException e = assertThrows(FigureException.class, () -> writer(FigureWriter.Format.CSV).write(missing));
        assertEquals("Filen " + missing.toAbsolutePath() + " kan ikke skrives: " + missing.toAbsolutePath(), e.getMessage());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("tal.csv"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        }
    }

    @Test
    void formatsByTheirCommandLineNames() {
        assertEquals(Optional.of(FigureWriter.Format.CSV), FigureWriter.Format.parse("csv"));
        assertEquals(Optional.of(FigureWriter.Format.JSON), FigureWriter.Format.parse("json"));
        assertEquals(Optional.empty(), FigureWriter.Format.parse("xml"));
        assertEquals(Optional.empty(), FigureWriter.Format.parse("CSV"));
    }

    @Test
    void jsonLiteralsAndNumbers() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", FigureWriter.quote("a\"b\\c\n\u0001"));
        assertEquals("12", FigureWriter.number(11.6, 0));
        assertEquals("0.50", FigureWriter.number(0.5, 2));
        assertEquals("66.7", FigureWriter.number(66.66, 1));
    }
}
