package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.KontoplanLinje;
import dk.trappen.core.reference.ReferenceData;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Structural checks of the default small sample against data-formats.md and the reference tables. */
class SampleStructureTest {

    private static final LocalDate UNTIL = SampleOptions.DEFAULT_UNTIL;
    private static Path dir;
    private static ReferenceData ref;
    private static List<String[]> ydelser;

    @BeforeAll
    static void load() throws Exception {
        dir = SmallSample.defaults();
        ref = SmallSample.ref();
        ydelser = SmallSample.readUtf8(dir.resolve(SampleGenerator.YDELSER));
    }

    private static boolean isCutDate(LocalDate d) {
        return (d.getMonthValue() == 6 && d.getDayOfMonth() == 30) || (d.getMonthValue() == 12 && d.getDayOfMonth() == 31);
    }

    @Test
    void headersAreTheCanonicalNames() throws Exception {
        assertArrayEquals(new String[] {"PNR", "HANDLEKOMMUNE", "BETALINGSKOMMUNE", "BOPAELSKOMMUNE", "MODT_YDELSE_KODE",
            "MODT_TILB_KODE", "MAALGRUPPE", "STARTDATO", "SLUTDATO"}, ydelser.get(0));
        assertArrayEquals(new String[] {"PNR", "DOEDSDATO"}, SmallSample.readUtf8(dir.resolve(SampleGenerator.DOEDE)).get(0));
        assertArrayEquals(new String[] {"KOMMUNEKODE", "DATO", "ALDER", "ANTAL"},
                SmallSample.readUtf8(dir.resolve(SampleGenerator.BEFOLKNING)).get(0));
        assertArrayEquals(new String[] {"PNR", "KONTAKT_START", "KONTAKT_SLUT", "HOVEDSPECIALE", "AKTIONSDIAGNOSE",
            "KONTAKTTYPE", "PRIORITET", "BOPAELSKOMMUNE"}, SmallSample.readUtf8(dir.resolve(SampleGenerator.LPR)).get(0));
        assertArrayEquals(new String[] {"KOMMUNEKODE", "AAR", "FUNKTION", "GRUPPERING", "DRANST", "ART", "BELOEB"},
                SmallSample.readUtf8(dir.resolve(SampleGenerator.REGNSKAB)).get(0));
        assertEquals("PNR", SmallSample.readUtf8(dir.resolve(SampleGenerator.DREAM)).get(0)[0]);
    }

    @Test
    void spellsAreValid() {
        Set<Integer> kommuner = ref.kommuner().stream().map(Kommune::code).collect(Collectors.toSet());
        int pnr = SmallSample.column(ydelser, "PNR");
        int start = SmallSample.column(ydelser, "STARTDATO");
        int end = SmallSample.column(ydelser, "SLUTDATO");
        int empty = 0;
        int sentinel = 0;
        for (String[] r : ydelser.subList(1, ydelser.size())) {
            assertEquals(9, r.length);
            assertTrue(r[pnr].matches("\\d{10}"), r[pnr]);
            Cpr.birthDate(r[pnr]); // a valid date by the century rule
            for (int c = 1; c <= 3; c++) {
                assertTrue(r[c].matches("\\d{3}") && kommuner.contains(Integer.parseInt(r[c])), "kommune " + r[c]);
            }
            LocalDate s = LocalDate.parse(r[start]);
            assertFalse(s.isAfter(UNTIL), "start after until: " + String.join(";", r));
            if (r[end].isEmpty()) {
                empty++;
            } else {
                LocalDate e = LocalDate.parse(r[end]);
                assertFalse(e.isBefore(s), "end before start: " + String.join(";", r));
                if (e.getYear() == 9999) {
                    sentinel++;
                } else {
                    assertFalse(e.isAfter(UNTIL), "end after until: " + String.join(";", r));
                }
            }
        }
        assertTrue(empty > 50 && sentinel > 10, "ongoing spells: empty " + empty + ", 9999 " + sentinel);
    }

    @Test
    void codesMaalgrupperAndEdgeCasesOccur() {
        int code = SmallSample.column(ydelser, "MODT_YDELSE_KODE");
        int mg = SmallSample.column(ydelser, "MAALGRUPPE");
        int start = SmallSample.column(ydelser, "STARTDATO");
        int end = SmallSample.column(ydelser, "SLUTDATO");
        int handle = SmallSample.column(ydelser, "HANDLEKOMMUNE");
        Set<String> codes = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int startsOnCut = 0;
        int endsOnCut = 0;
        Map<String, Set<String>> handlekommuner = new HashMap<>();
        Set<String> lines = new HashSet<>();
        int duplicates = 0;
        for (String[] r : ydelser.subList(1, ydelser.size())) {
            codes.add(r[code]);
            groups.add(r[mg]);
            startsOnCut += isCutDate(LocalDate.parse(r[start])) ? 1 : 0;
            endsOnCut += !r[end].isEmpty() && !r[end].startsWith("9999") && isCutDate(LocalDate.parse(r[end])) ? 1 : 0;
            handlekommuner.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[handle]);
            duplicates += lines.add(String.join(";", r)) ? 0 : 1;
        }
        for (String c : List.of("1.8.1", "1.12.0.1", "1.8.2", "1.12.0.2", "1.4", "1.1", "1.18.1", "1.18.2")) {
            assertTrue(codes.contains(c), "staircase code " + c);
        }
        long offStaircase = List.of("1.13.4", "1.13.2", "1.17", "1.13.3", "1.3").stream().filter(codes::contains).count();
        assertTrue(offStaircase >= 4, "off-staircase codes: " + codes);
        assertTrue(groups.contains("1.2.2"), "1.2.2");
        assertTrue(groups.stream().filter(g -> g.startsWith("1.2.2.")).count() >= 4, "1.2.2.x: " + groups);
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("1.2.1")), "1.2.1.x: " + groups);
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("1.1")), "1.1.x: " + groups);
        assertTrue(groups.contains("2"), "2: " + groups);
        assertTrue(startsOnCut > 10 && endsOnCut > 10, "cut-date starts " + startsOnCut + ", ends " + endsOnCut);
        assertTrue(handlekommuner.values().stream().filter(s -> s.size() > 1).count() > 3, "persons changing handlekommune");
        assertTrue(duplicates > 0, "no exact duplicate rows");
    }

    @Test
    void personsTurning18AndDeaths() throws Exception {
        int start = SmallSample.column(ydelser, "STARTDATO");
        Set<String> underage = new HashSet<>();
        Set<String> persons = new HashSet<>();
        for (String[] r : ydelser.subList(1, ydelser.size())) {
            persons.add(r[0]);
            LocalDate adult = Cpr.birthDate(r[0]).plusYears(18);
            LocalDate s = LocalDate.parse(r[start]);
            if (s.isBefore(adult) && adult.isAfter(LocalDate.of(2017, 12, 31))) {
                underage.add(r[0]);
            }
        }
        assertTrue(underage.size() > 5, "persons turning 18 after the first cut date: " + underage.size());
        assertTrue(persons.size() > 1500, "persons: " + persons.size());
        List<String[]> doede = SmallSample.readUtf8(dir.resolve(SampleGenerator.DOEDE));
        assertTrue(doede.size() > 50);
        for (String[] r : doede.subList(1, doede.size())) {
            assertTrue(persons.contains(r[0]), "death of an unknown person " + r[0]);
            assertFalse(LocalDate.parse(r[1]).isAfter(UNTIL));
        }
    }

    @Test
    void lprContactsAreValid() throws Exception {
        List<String[]> lpr = SmallSample.readUtf8(dir.resolve(SampleGenerator.LPR));
        Set<String> specialties = new HashSet<>();
        Set<String> types = new HashSet<>();
        int psychiatric = 0;
        int somatic = 0;
        int exactly4h = 0;
        LocalDateTime from = LocalDateTime.of(2016, 1, 1, 0, 0);
        String lastPnr = "";
        LocalDateTime lastEnd = null;
        for (String[] r : lpr.subList(1, lpr.size())) {
            assertEquals(8, r.length);
            assertTrue(r[1].matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), r[1]);
            LocalDateTime s = LocalDateTime.parse(r[1]);
            LocalDateTime e = LocalDateTime.parse(r[2]);
            assertFalse(e.isBefore(s), "end before start: " + String.join(";", r));
            assertFalse(s.isBefore(from) || e.toLocalDate().isAfter(UNTIL), String.join(";", r));
            specialties.add(r[3]);
            types.add(r[5]);
            assertTrue(r[6].equals("akut") || r[6].equals("planlagt"));
            boolean psych = r[3].contains("psykiatri") || r[4].startsWith("DF");
            psychiatric += psych ? 1 : 0;
            somatic += psych ? 0 : 1;
            if (r[0].equals(lastPnr) && lastEnd != null && java.time.Duration.between(lastEnd, s).toMinutes() == 240) {
                exactly4h++;
            }
            lastPnr = r[0];
            lastEnd = e;
        }
        assertTrue(specialties.containsAll(List.of("psykiatri", "børne- og ungdomspsykiatri", "akutmedicin")), specialties.toString());
        assertEquals(Set.of("fysisk", "ude", "virtuel"), types);
        assertTrue(psychiatric > 3 * somatic && somatic > 100, psychiatric + " psychiatric, " + somatic + " somatic");
        assertTrue(exactly4h > 0, "no contacts chained at exactly 4 hours");
    }

    @Test
    void dreamWeeksAreConsecutiveIsoWeeks() throws Exception {
        List<String[]> dream = SmallSample.readUtf8(dir.resolve(SampleGenerator.DREAM));
        String[] header = dream.get(0);
        LocalDate monday = LocalDate.of(2016, 1, 4);
        for (int c = 1; c < header.length; c++, monday = monday.plusWeeks(1)) {
            String expected = String.format("y_%02d%02d", monday.get(IsoFields.WEEK_BASED_YEAR) % 100,
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            assertEquals(expected, header[c]);
        }
        assertEquals("y_2601", header[header.length - 1], "31-12-2025 lies in ISO week 2026-W01");
        assertTrue(List.of(header).contains("y_2053"), "2020 has 53 ISO weeks");
        assertEquals(UNTIL.with(DayOfWeek.MONDAY), monday.minusWeeks(1));
        Map<String, Integer> codes = new HashMap<>();
        for (String[] r : dream.subList(1, dream.size())) {
            assertEquals(header.length, r.length);
            for (int c = 1; c < r.length; c++) {
                assertTrue(r[c].isEmpty() || r[c].matches("\\d{3}"), r[c]);
                codes.merge(r[c], 1, Integer::sum);
            }
        }
        for (String c : List.of("", "651", "652", "783", "890")) {
            assertTrue(codes.getOrDefault(c, 0) > 100, "DREAM code '" + c + "': " + codes);
        }
    }

    @Test
    void measurementsCoverAllRiskGroups() throws Exception {
        int[] risk = new int[3];
        int scoreOnly = 0;
        int rows = 0;
        try (Workbook wb = WorkbookFactory.create(dir.resolve(SampleGenerator.MAALINGER).toFile(), null, true)) {
            assertTrue(wb.getNumberOfSheets() >= 8);
            for (Sheet sheet : wb) {
                int year = Integer.parseInt(sheet.getSheetName());
                Row header = sheet.getRow(0);
                assertEquals("PNR", header.getCell(0).getStringCellValue());
                assertEquals("WHO5_SCORE", header.getCell(8).getStringCellValue());
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    Row r = sheet.getRow(i);
                    rows++;
                    assertEquals(year, r.getCell(2).getLocalDateTimeCellValue().getYear());
                    int score;
                    Cell scoreCell = r.getCell(8);
                    if (scoreCell != null && scoreCell.getCellType() == CellType.NUMERIC) {
                        scoreOnly++;
                        score = (int) scoreCell.getNumericCellValue();
                    } else {
                        int sum = 0;
                        for (int c = 3; c <= 7; c++) {
                            int item = (int) r.getCell(c).getNumericCellValue();
                            assertTrue(item >= 0 && item <= 5, "item " + item);
                            sum += item;
                        }
                        score = sum * 4;
                    }
                    assertTrue(score >= 0 && score <= 100, "score " + score);
                    risk[score > 50 ? 0 : score >= 36 ? 1 : 2]++;
                    Cell inspire = r.getCell(9);
                    if (inspire != null) {
                        double v = inspire.getNumericCellValue();
                        assertTrue(v >= 0 && v <= 100);
                    }
                }
            }
        }
        assertTrue(rows > 1000, "rows " + rows);
        assertTrue(scoreOnly > 50, "WHO5_SCORE rows " + scoreOnly);
        for (int g : risk) {
            assertTrue(g > rows / 10, "risk groups " + java.util.Arrays.toString(risk));
        }
    }

    @Test
    void accountsUseTheKontoplanAndContainLinesToLeaveOut() throws Exception {
        List<String[]> regnskab = SmallSample.readUtf8(dir.resolve(SampleGenerator.REGNSKAB));
        Set<String> lines = new HashSet<>();
        int dranst2 = 0;
        int art0 = 0;
        for (String[] r : regnskab.subList(1, regnskab.size())) {
            assertTrue(ScaleSetup.SMALL_KOMMUNER.contains(Integer.parseInt(r[0])));
            int year = Integer.parseInt(r[1]);
            assertTrue(year >= 2017 && year <= 2025);
            assertTrue(r[3].matches("\\d{3}") && r[5].matches("\\d\\.\\d") && r[6].matches("-?\\d+"), String.join(";", r));
            lines.add(r[2] + "/" + r[3]);
            dranst2 += r[4].equals("2") ? 1 : 0;
            art0 += r[5].startsWith("0") ? 1 : 0;
        }
        for (KontoplanLinje l : ref.kontoplan()) {
            assertTrue(lines.contains(l.function() + "/" + l.grouping()), l.toString());
        }
        assertTrue(dranst2 > 0 && art0 > 0);
    }

    @Test
    void populationHasBandsPerKommuneAndCutDate() throws Exception {
        List<String[]> bef = SmallSample.readUtf8(dir.resolve(SampleGenerator.BEFOLKNING));
        Set<String> bands = bef.subList(1, bef.size()).stream().map(r -> r[2]).collect(Collectors.toSet());
        assertTrue(bands.containsAll(List.of("0-5", "6-17", "18-24", "80+")), bands.toString());
        // 3 kommuner x 18 cut dates (30-06-2017 .. 31-12-2025) x 9 bands
        assertEquals(3 * 18 * 9, bef.size() - 1);
        long aarhusAdults = bef.stream().filter(r -> r[0].equals("751") && r[1].equals("2025-12-31")
                && !r[2].equals("0-5") && !r[2].equals("6-17")).mapToLong(r -> Long.parseLong(r[3])).sum();
        assertTrue(aarhusAdults > 250_000 && aarhusAdults < 350_000, "Aarhus adults " + aarhusAdults);
    }
}
