package dk.trappen.core.importing;

import static dk.trappen.core.importing.ImportFixtures.importFile;
import static dk.trappen.core.importing.ImportFixtures.snapshot;
import static dk.trappen.core.importing.ImportFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's look at a file before import: type, first rows without person numbers, what a mapping needs. */
class ImportPreviewTest {

    private static final String H = ImportPreview.HIDDEN;

    @TempDir
    Path tmp;
    private Workspace ws;
    private ImportService service;

    @BeforeEach
    void open() {
        ws = Workspace.create(tmp.resolve("ws"));
        service = new ImportService(ws, ImportFixtures.REFERENCE, ImportFixtures.CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void recognisedFileShowsItsFirstRowsWithThePersonColumnHidden() throws Exception {
        Path f = write(tmp, "ydelser.csv", ImportServiceTest.YDELSER, UTF_8);
        String before = snapshot(ws);
        ImportPreview p = service.preview(f, 2);
        assertEquals(ImportPreview.Status.READY, p.status());
        assertEquals(ImportType.YDELSER, p.type());
        assertNull(p.problem());
        assertEquals("", p.problemMessage(Locale.ROOT));
        assertNull(p.sheet());
        assertEquals(List.of("PNR", "HANDLEKOMMUNE", "BETALINGSKOMMUNE", "BOPAELSKOMMUNE", "MODT_YDELSE_KODE",
                "MODT_TILB_KODE", "MAALGRUPPE", "STARTDATO", "SLUTDATO"), p.header());
        assertEquals(List.of(
                List.of(H, "101", "101", "147", "1.8.1", "3.3.0", "1.2.2", "2019-03-01", ""),
                List.of(H, "751", "", "", "1.12.0.2", "", "1.2.2.1", "01-01-2020", "31-12-9999")), p.rows(),
                "two rows asked for, of three; the short row is padded to the header");
        assertEquals(before, snapshot(ws), "a preview stores nothing");
    }

    @Test
    void personColumnsAreHiddenByAliasByMappingAndByWhatTheValuesLookLike() {
        List<String> header = List.of("CPR", "Løbenr", "Kode", "Andet");
        List<String[]> rows = List.<String[]>of(
                new String[] {"x", "17", "1.8.1", "010180-1234"},
                new String[] {"", "18", "1.8.2", "abc"});
        assertEquals(List.of(List.of(H, "17", "1.8.1", H), List.of("", "18", "1.8.2", H)),
                PreviewMask.rows(header, rows, Map.of()),
                "CPR is an alias of PNR; a CPR-like value hides its whole column; empty cells stay empty");
        assertEquals(List.of(List.of(H, H, "1.8.1", H), List.of("", H, "1.8.2", H)),
                PreviewMask.rows(header, rows, Map.of("BORGER_ID", "løbenr")), "a column mapped to a person column");
        assertEquals(List.of("Navn", H), PreviewMask.header(List.of("Navn", "0101801234")));
    }

    @Test
    void unknownLayoutNeedsAMappingAndTellsWhatEachTypeNeeds() throws Exception {
        String text = "Person;Kommune;Ydelse;Gruppe;Fra;Til\n0101801234;101;1.8.1;1.2.2;2019-01-01;\n";
        Path f = write(tmp, "egen.csv", text, UTF_8);
        ImportPreview p = service.preview(f, 10);
        assertEquals(ImportPreview.Status.NEEDS_MAPPING, p.status());
        assertTrue(p.recognisedType().isEmpty());
        assertEquals("Filen egen.csv kan ikke genkendes som en af de kendte filtyper. Vælg filtypen, og angiv hvilke af "
                + "filens kolonner der svarer til typens kolonner. Fundne kolonner: Person, Kommune, Ydelse, Gruppe, Fra, "
                + "Til.", p.problemMessage(Locale.forLanguageTag("da")));
        assertTrue(p.problemMessage(Locale.ENGLISH).startsWith("The file egen.csv is not recognised"));
        assertEquals(List.of(H, "101", "1.8.1", "1.2.2", "2019-01-01", ""), p.rows().get(0),
                "Person holds CPR numbers though its name says nothing");

        assertEquals(List.of("PNR", "HANDLEKOMMUNE", "MODT_YDELSE_KODE", "MAALGRUPPE", "STARTDATO"),
                p.missing(ImportType.YDELSER, Map.of()));
        Map<String, String> mapping = Map.of("PNR", "Person", "HANDLEKOMMUNE", "Kommune", "MODT_YDELSE_KODE", "Ydelse",
                "MAALGRUPPE", "Gruppe", "STARTDATO", "Fra", "SLUTDATO", "Til");
        assertEquals(List.of(), p.missing(ImportType.YDELSER, mapping));
        List<ImportColumn> columns = p.columns(ImportType.YDELSER, mapping);
        assertEquals(new ImportColumn("PNR", true, "Person"), columns.get(0));
        assertEquals(new ImportColumn("BETALINGSKOMMUNE", false, null), columns.get(2));
        assertEquals(10, columns.size(), "every column of ydelser, in the type's order");
        assertEquals(List.of("PNR", "DOEDSDATO"), p.missing(ImportType.DOEDE, Map.of()));

        // Once imported with the mapping, the same layout is recognised, and the mapping comes back.
        importFile(ws, f, ImportOptions.defaults().withType(ImportType.YDELSER).withMapping(mapping));
        ImportPreview again = service.preview(write(tmp, "egen2.csv", text, UTF_8), 10);
        assertEquals(ImportPreview.Status.READY, again.status());
        assertEquals(ImportType.YDELSER, again.type());
        assertEquals(mapping, again.savedMapping());
        assertEquals("Fra", again.columns(ImportType.YDELSER, Map.of()).get(7).matched(), "the saved mapping is used");
    }

    @Test
    void recognisedTypeLackingAColumnNamesIt() throws Exception {
        Path f = write(tmp, "y.csv", "PNR;HANDLEKOMMUNE;MODT_YDELSE_KODE;MAALGRUPPE;Begyndt\n"
                + "0101801234;101;1.8.1;1.2.2;2019-01-01\n", UTF_8);
        ImportPreview p = service.preview(f, 10);
        assertEquals(ImportPreview.Status.NEEDS_MAPPING, p.status());
        assertEquals(ImportType.YDELSER, p.type());
        assertEquals("Filen y.csv ligner ydelser, men kolonnen/kolonnerne STARTDATO blev ikke fundet. Angiv hvilke af "
                + "filens kolonner der svarer til dem.", p.problem().getMessage());
        assertEquals(List.of(), p.missing(ImportType.YDELSER, Map.of("STARTDATO", "begyndt")),
                "header names compare as the import compares them");
    }

    @Test
    void eitherOrColumnsAreNamedAsTheImportNamesThem() throws Exception {
        Path f = write(tmp, "l.csv", "PNR;KONTAKT_START;Slut\n0101801234;2020-01-01T10:00;2020-01-02T10:00\n", UTF_8);
        ImportPreview p = service.preview(f, 10);
        assertEquals(ImportType.LPR, p.type());
        assertEquals(List.of("KONTAKT_SLUT"), p.missing(ImportType.LPR, Map.of()));
        assertEquals(List.of(), p.missing(ImportType.LPR, Map.of("KONTAKT_SLUT", "Slut")));
    }

    @Test
    void unreadableFilesAreRefusedWithTheImportsOwnMessage() throws Exception {
        Path binary = tmp.resolve("billede.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        ImportPreview p = service.preview(binary, 10);
        assertEquals(ImportPreview.Status.REFUSED, p.status());
        assertEquals(List.of(), p.header());
        assertTrue(p.problem().getMessage().startsWith("Filen billede.png er ikke en tekstfil"), p.problem().getMessage());

        ImportPreview empty = service.preview(write(tmp, "tom.csv", "", UTF_8), 10);
        assertEquals("Filen tom.csv er tom. Intet er importeret.", empty.problem().getMessage());

        ImportPreview headerOnly = service.preview(write(tmp, "kun.csv", "PNR;DOEDSDATO\n", UTF_8), 10);
        assertEquals(ImportPreview.Status.REFUSED, headerOnly.status());
        assertEquals("import.file.noRows", headerOnly.problem().key());
    }

    @Test
    void aFileWithoutHeaderIsRefusedAndItsCprNumbersAreNotRepeated() throws Exception {
        Path f = write(tmp, "uden.csv", "0101801234;2021-06-15\n0202024235;2021-07-01\n", UTF_8);
        ImportPreview p = service.preview(f, 10);
        assertEquals(ImportPreview.Status.REFUSED, p.status());
        assertEquals("import.file.dataAsHeader", p.problem().key());
        assertEquals(List.of(H, "2021-06-15"), p.header());
        assertEquals(List.of(List.of(H, "2021-07-01")), p.rows());
        assertFalse(p.problem().getMessage().contains("0101801234"), p.problem().getMessage());
    }

    @Test
    void aBrokenQuoteRefusesTheFileButShowsTheRowsBeforeIt() throws Exception {
        Path f = write(tmp, "d.csv", "PNR;DOEDSDATO\n0101801234;2021-06-15\n0202024235;\"2021-07-01\n", UTF_8);
        ImportPreview p = service.preview(f, 10);
        assertEquals(ImportPreview.Status.REFUSED, p.status());
        assertEquals("import.file.brokenQuote", p.problem().key());
        assertEquals(List.of(List.of(H, "2021-06-15")), p.rows());
    }

    @Test
    void workbookShowsItsFirstSheet() {
        ImportPreview p = service.preview(Path.of("..", "samples", "small", "maalinger.xlsx"), 3);
        assertEquals(ImportPreview.Status.READY, p.status());
        assertEquals(ImportType.MAALINGER, p.type());
        assertTrue(p.sheet() != null && !p.sheet().isEmpty());
        assertEquals(3, p.rows().size());
        int pnr = p.header().indexOf("PNR");
        assertTrue(pnr >= 0, p.header().toString());
        assertTrue(p.rows().stream().allMatch(r -> r.get(pnr).isEmpty() || r.get(pnr).equals(H)), p.rows().toString());
    }

    @Test
    void aLargeFileIsJudgedByItsHead() throws Exception {
        // 'ø' (two bytes in UTF-8) cut in half by the limit is no reason to call the file Windows-1252.
        byte[] bytes = "aaø".getBytes(UTF_8);
        Path f = tmp.resolve("a.txt");
        Files.write(f, bytes);
        FileProbe.Result head = FileProbe.probe(f, 3);
        assertEquals(FileProbe.Kind.TEXT, head.kind());
        assertEquals(StandardCharsets.UTF_8, head.charset());
        assertEquals(3, head.size());
        assertEquals(StandardCharsets.UTF_8, FileProbe.probe(f).charset());
        Files.write(f, "aaø".getBytes(FileProbe.WINDOWS_1252));
        assertEquals(FileProbe.WINDOWS_1252, FileProbe.probe(f, 3).charset(), "a byte no UTF-8 sequence starts with");

        ImportPreview dream = service.preview(Path.of("..", "samples", "small", "dream.csv"), 5);
        assertEquals(ImportType.DREAM, dream.type());
        assertEquals(5, dream.rows().size());
    }

    @Test
    void rejectedRowsCarryTheRuleAlone() throws Exception {
        String text = "PNR;DOEDSDATO\n0101801234;2030-01-01\n0202024235;2021-06-15\n";
        ImportReport r = importFile(ws, write(tmp, "doede.csv", text, UTF_8), ImportOptions.defaults());
        RejectedRow row = r.rejects().get(0);
        assertEquals("ligger efter dags dato", row.rule());
        assertEquals("doede.csv, linje 2, kolonne DOEDSDATO: værdien \"2030-01-01\" ligger efter dags dato.", row.message());
    }
}
