package dk.trappen.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceLoaderTest {

    /** The repository's editable tables (tests run with the module folder as working directory). */
    static final Path RESOURCES = Path.of("..", "resources");

    @Test
    void loadsTheShippedTables() {
        ReferenceData ref = ReferenceLoader.fromDirectory(RESOURCES);
        assertEquals(98, ref.kommuner().size());
        assertEquals(5, ref.regions().size());
        assertEquals(5, ref.kommunegrupper().size());
        assertEquals("København", ref.kommune(101).orElseThrow().name());
        assertEquals(1084, ref.kommune(101).orElseThrow().regionCode());
        // Seed 000 section 4: København counts in both Klynge Byen and Klynge Syd.
        assertEquals(2, ref.klyngerOf(101).size());
        long split = ref.kommuner().stream().filter(k -> ref.klyngerOf(k.code()).size() == 2).count();
        assertEquals(5, split, "the five kommuner that sit in two klynger");
    }

    @Test
    void staircaseCodesFollowKeyFiguresSection2() {
        ReferenceData ref = ReferenceLoader.fromDirectory(RESOURCES);
        assertEquals(8, ref.ydelse("1.8.1").orElseThrow().trin());
        assertEquals(7, ref.ydelse("1.12.0.1").orElseThrow().trin());
        assertEquals(6, ref.ydelse("1.8.2").orElseThrow().trin());
        assertEquals(5, ref.ydelse("1.12.0.2").orElseThrow().trin());
        assertEquals(4, ref.ydelse("1.4").orElseThrow().trin());
        assertEquals(3, ref.ydelse("1.1").orElseThrow().trin());
        assertEquals(2, ref.ydelse("1.18.1").orElseThrow().trin());
        assertEquals(2, ref.ydelse("1.18.2").orElseThrow().trin());
        assertFalse(ref.ydelse("1.13.4").orElseThrow().onStaircase(), "ledsagerordning §97 is off the staircase");
        assertEquals(8, ref.trin().size());
    }

    @Test
    void catalogueHoldsEveryKeyFigureInOrder() {
        ReferenceData ref = ReferenceLoader.fromDirectory(RESOURCES);
        List<String> ids = ref.figures().stream().map(Figure::id).collect(Collectors.toList());
        assertEquals("NT1", ids.get(0));
        assertEquals("NT20.6", ids.get(ids.size() - 1));
        assertTrue(ids.containsAll(List.of("NT7", "NT7.1", "NT7.2", "NT7.3", "NT12.1", "NT15.3", "NT18", "NT19")));
        assertEquals(6, ref.figures(Omraade.INDSATSTRAPPEN).size());
        assertEquals(Enhed.FORHOLD, ref.figure("NT19").orElseThrow().unit());
    }

    @Test
    void kontoplanCoversEverySteppedGroup() {
        ReferenceData ref = ReferenceLoader.fromDirectory(RESOURCES);
        for (int trin = 2; trin <= 8; trin++) {
            int t = trin;
            assertTrue(ref.kontoplan().stream().anyMatch(l -> l.trin() == t && l.appliesTo(2024)), "trin " + t);
        }
    }

    @Test
    void packedCopyEqualsTheFolder() {
        ReferenceData dir = ReferenceLoader.fromDirectory(RESOURCES);
        ReferenceData packed = ReferenceLoader.fromClasspath();
        assertEquals(dir.kommuner(), packed.kommuner());
        assertEquals(dir.figures(), packed.figures());
        assertEquals(dir.figure("M8_D"), packed.figure("M8_D"));
        assertEquals(dir.klyngeMedlemskaber(), packed.klyngeMedlemskaber());
    }

    @Test
    void unknownRegionNamesFileLineAndColumn(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        replaceLine(dir.resolve("kommuner.csv"), 3, "147;Frederiksberg;1090;1");
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertEquals("Referencetabellen kommuner.csv, linje 3, kolonne regionskode: værdien \"1090\" er ugyldig: "
                + "findes ikke i regioner.csv.", e.getMessage());
    }

    @Test
    void textWhereANumberBelongsIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        replaceLine(dir.resolve("trin.csv"), 2, "otte;Længerevarende botilbud;SEL §108;NT1");
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertTrue(e.getMessage().contains("trin.csv, linje 2, kolonne trin"), e.getMessage());
        assertTrue(e.getMessage().contains("skal være et helt tal"), e.getMessage());
    }

    @Test
    void missingColumnListsWhatWasFound(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        replaceLine(dir.resolve("regioner.csv"), 1, "regionskode;navn");
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertEquals("Referencetabellen regioner.csv mangler kolonnen/kolonnerne regionsnavn. "
                + "Fundne kolonner: regionskode, navn.", e.getMessage());
    }

    @Test
    void wrongFieldCountIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        replaceLine(dir.resolve("regioner.csv"), 4, "1083;Region Syddanmark;ekstra");
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertTrue(e.getMessage().startsWith("Referencetabellen regioner.csv, linje 4: rækken har 3 felter"),
                e.getMessage());
    }

    @Test
    void duplicateKeyIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        replaceLine(dir.resolve("kommunegrupper.csv"), 3, "1;Storbykommuner");
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertTrue(e.getMessage().contains("kommunegrupper.csv, linje 3, kolonne kode"), e.getMessage());
    }

    @Test
    void windows1252FileIsRefusedNotMisread(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        String text = Files.readString(dir.resolve("regioner.csv"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("regioner.csv"), text.replace("Sjælland", "Sjælland"), Charset.forName("windows-1252"));
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertEquals("Referencetabellen regioner.csv er ikke gemt som UTF-8. Gem den som UTF-8 og prøv igen.",
                e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        Files.delete(dir.resolve("noegletal.csv"));
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertTrue(e.getMessage().contains("noegletal.csv findes ikke"), e.getMessage());
    }

    @Test
    void kommuneWithoutKlyngeIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        List<String> lines = Files.readAllLines(dir.resolve("sundhedsklynger.csv"));
        lines.removeIf(l -> l.startsWith("147;"));
        Files.write(dir.resolve("sundhedsklynger.csv"), lines);
        ReferenceException e = assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir));
        assertTrue(e.getMessage().contains("kommune 147 Frederiksberg hører ikke til nogen sundhedsklynge"),
                e.getMessage());
    }

    @Test
    void extraFiguresAndTheMatrixCellsComeFromTheirTable() {
        ReferenceData ref = ReferenceLoader.fromDirectory(RESOURCES);
        Figure m85 = ref.figure("M8_5").orElseThrow();
        assertEquals("Fra trin 8 til trin 5", m85.titleDa());
        assertEquals("From step 8 to step 5", m85.titleEn());
        assertTrue(m85.extra() && m85.isCount() && m85.decimals() == 0);
        // {fra} runs over the trin with a key figure (2–8), {til} over every trin (1–8).
        for (int from = 2; from <= 8; from++) {
            for (int to = 1; to <= 8; to++) {
                assertTrue(ref.figure("M" + from + "_" + to).isPresent(), "M" + from + "_" + to);
            }
            for (String column : List.of("D", "N", "S")) {
                assertTrue(ref.figure("M" + from + "_" + column).isPresent(), "M" + from + "_" + column);
            }
        }
        assertTrue(ref.figure("M1_5").isEmpty(), "trin 1 has no key figure, so no row of the matrix");
        assertEquals("På trin 6 ved forrige skæringsdato", ref.figure("M6_N").orElseThrow().titleDa());
        Figure rate = ref.figure("NT18_RATE").orElseThrow();
        assertEquals(Enhed.PROCENT, rate.unit());
        assertEquals(1, rate.decimals());
        assertEquals(Udvikling.INGEN, rate.expected());
        assertEquals(Omraade.GENINDLAEGGELSER, rate.area());
        assertEquals("I alt på indsatstrappen", ref.figure("NT1-6").orElseThrow().shortTitleDa());
        // The extras are looked up by id but are not key figures of the catalogue.
        assertEquals(34, ref.figures().size());
        assertTrue(ref.figures().stream().noneMatch(Figure::extra));
    }

    @Test
    void aCountWithDecimalsIsRefused(@TempDir Path tmp) throws IOException {
        Broken b = breakRow(tmp, "ekstra_figurer.csv", "DOED;", row -> row.replaceAll(";personer;0$", ";personer;1"));
        assertEquals("Referencetabellen ekstra_figurer.csv, linje " + b.line() + ", kolonne decimaler: værdien \"1\" er ugyldig: "
                + "et antal (personer, indlæggelser) vises uden decimaler: skriv 0.", b.error().getMessage());
    }

    @Test
    void anUnknownPlaceholderIsRefused(@TempDir Path tmp) throws IOException {
        Broken b = breakRow(tmp, "ekstra_figurer.csv", "M{fra}_D;", row -> row.replace("{fra}: død", "{fra}: død {aar}"));
        assertTrue(b.error().getMessage().startsWith("Referencetabellen ekstra_figurer.csv, linje " + b.line()
                + ", kolonne titel_da"), b.error().getMessage());
        assertTrue(b.error().getMessage().contains("kendte pladsholdere er {fra}, {til}"), b.error().getMessage());
    }

    @Test
    void aTitlePlaceholderMissingFromTheIdIsRefused(@TempDir Path tmp) throws IOException {
        Broken b = breakRow(tmp, "ekstra_figurer.csv", "M{fra}_D;", row -> row.replace("{fra}: død", "{fra} til {til}: død"));
        assertTrue(b.error().getMessage().contains("ekstra_figurer.csv, linje " + b.line() + ", kolonne titel_da"),
                b.error().getMessage());
        assertTrue(b.error().getMessage().contains("pladsholderen {til} står ikke i id'et"), b.error().getMessage());
    }

    @Test
    void anExtraFigureThatIsInTheCatalogueIsRefused(@TempDir Path tmp) throws IOException {
        Broken b = breakRow(tmp, "ekstra_figurer.csv", "SKIFT;", row -> row.replaceFirst("^SKIFT;", "NT7;"));
        assertEquals("Referencetabellen ekstra_figurer.csv, linje " + b.line() + ", kolonne id: værdien \"NT7\" er ugyldig: "
                + "figuren findes allerede i noegletal.csv.", b.error().getMessage());
    }

    @Test
    void aCatalogueRowWithoutDecimalsIsRefused(@TempDir Path tmp) throws IOException {
        Broken b = breakRow(tmp, "noegletal.csv", "NT11;", row -> row.replace(";procent;1;", ";procent;;"));
        assertEquals("Referencetabellen noegletal.csv, linje " + b.line() + ", kolonne decimaler: værdien \"\" er ugyldig: "
                + "feltet må ikke være tomt.", b.error().getMessage());
    }

    /** A table broken on one line, and what loading it said. */
    private record Broken(int line, ReferenceException error) {
    }

    /** Copies the tables, edits the row of {@code file} that starts with {@code prefix}, and loads them. */
    private static Broken breakRow(Path tmp, String file, String prefix, UnaryOperator<String> edit) throws IOException {
        Path dir = copy(tmp);
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                String edited = edit.apply(lines.get(i));
                assertFalse(edited.equals(lines.get(i)), "the edit changes the row");
                replaceLine(dir.resolve(file), i + 1, edited);
                return new Broken(i + 1, assertThrows(ReferenceException.class, () -> ReferenceLoader.fromDirectory(dir)));
            }
        }
        throw new AssertionError("no line of " + file + " starts with " + prefix);
    }

    private static Path copy(Path tmp) throws IOException {
        for (String f : ReferenceLoader.FILES) {
            Files.copy(RESOURCES.resolve(f), tmp.resolve(f));
        }
        return tmp;
    }

    /** Replaces the 1-based physical line {@code n} of a file. */
    private static void replaceLine(Path file, int n, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(n - 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
