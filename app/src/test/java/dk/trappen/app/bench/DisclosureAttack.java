package dk.trappen.app.bench;

import dk.trappen.app.AppContext;
import dk.trappen.app.cli.Cli;
import dk.trappen.app.prefs.AppPreferences;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonGroups;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An outside reader's attack on everything a workspace publishes (key-figures.md §10). It reads
 * ONLY the public outputs — the command line's CSV at every level, the all-kommuner workbook and
 * the 98 fact sheets — never the discretion code, so it judges that code independently and runs
 * unchanged against any version of it. Every number read is a known cell, every "&lt;5" or "x" a
 * hidden one; the relations that hold between the cells (sums over kommuner, NT7–NT10 and DOED
 * as sums of transition-matrix cells, matrix rows as the stock half a year earlier, NT1–6 as the
 * sum of NT1–NT6) are written here from the spec. A hidden cell is exposed when those relations
 * and the known cells fix its value: linear algebra over the unknowns, then the bound of "&lt;5"
 * (a count 1–4). {@code DisclosureAttack WORKSPACE} prints {@code exposed cells: N} and exits 1 if N > 0.
 */
public final class DisclosureAttack {

    /** Figures that add up over kommuner (counts of persons or events); means and shares do not. */
    private static final Pattern ADDITIVE = Pattern.compile("NT([1-9]|10)|NT7\\.[123]|DOED|SKIFT|M[2-8]_([1-8]|D|S)|NT18|NT18_INDL|NT1-6");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern BELOW = Pattern.compile("<(\\d+)");
    /** A count as a fact sheet prints it: thousands dots. */
    private static final Pattern SHEET_COUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})*");
    private static final Pattern SHEET_FILE = Pattern.compile("faktaark-(\\d{3})-.*-(\\d{4}-\\d{2}-\\d{2})\\.pdf");
    private static final List<Level> CLI_LEVELS = List.of(Level.KOMMUNE, Level.KOMMUNEGRUPPE, Level.REGION,
            Level.SUNDHEDSKLYNGE, Level.LAND);
    /** Work modulo a large prime: exact for the rank unless the prime divides a minor, which small coefficients never reach. */
    static final long P = 2_147_483_647L;

    /** A cell of a published table: a unit (named by its set of kommuner, so the same area read from two outputs is one cell). */
    public record Key(String unit, LocalDate date, String figure) {
    }

    /** What the outputs showed for one cell: a number (and where), and/or a hidden mark (and where). */
    static final class Seen {
        Long value;
        String valueWhere;
        String hidden;
        String hiddenWhere;
        /** The upper bound a hidden "&lt;5" gives (4); 0 when only "x" was seen. */
        int below;
        boolean rateShown;
        String rateWhere;
    }

    /** A hidden cell whose value the published cells give away, with the value and how. */
    /** How a cell was given away: printed in another output, by its rate, by the linear relations, by the bound of "&lt;5". */
    public enum How { PRINTED_ELSEWHERE, RATE, LINEAR, BOUND }

    public record Exposed(Key key, How kind, String unitName, LocalDate date, String figure, long value, String how) {
        @Override
        public String toString() {
            return unitName + " " + date + " " + figure + " = " + value + " (" + how + ")";
        }
    }

    /** The attack's outcome: the exposed cells and a count of what was read, for the report. */
    public record Result(List<Exposed> exposed, int cells, int hidden, int unknowns, int relations, List<String> notes) {
    }

    private final ReferenceData reference;
    private final ComparisonUnits units;
    /** Unit key (sorted kommune codes) → the kommuner, and a readable name. */
    private final Map<String, List<Integer>> members = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<Key, Seen> seen = new HashMap<>();
    private final Set<String> figuresSeen = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<LocalDate> dates = new TreeSet<>();

    public DisclosureAttack(ReferenceData reference) {
        this.reference = reference;
        this.units = new ComparisonUnits(reference);
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path scratch = Files.createTempDirectory("trappen-attack");
        long t = System.nanoTime();
        Result r = new DisclosureAttack(Bench.reference()).attack(ws, scratch);
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p); // the outputs read: 98 PDFs and a workbook
            }
        }
        r.notes().forEach(n -> System.out.println("   " + n));
        r.exposed().stream().limit(50).forEach(e -> System.out.println("   exposed: " + e));
        System.out.println(String.format(Locale.ROOT, "exposed cells: %d (%d cells read, %d hidden, %d unknowns, %d relations, %.1f s)",
                r.exposed().size(), r.cells(), r.hidden(), r.unknowns(), r.relations(), Bench.millisSince(t) / 1000));
        Bench.emit("attack.exposed", r.exposed().size(), String.format(Locale.ROOT, "%.0f", Bench.millisSince(t)));
        System.exit(r.exposed().isEmpty() ? 0 : 1);
    }

    /** Reads every output of the workspace (written into {@code scratch}) and solves for the hidden cells. */
    public Result attack(Path workspace, Path scratch) throws IOException {
        long t0 = System.nanoTime();
        readFigures(workspace, scratch, false);
        LocalDate cut = dates.stream().reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no cut dates"));
        long t1 = System.nanoTime();
        readWorkbook(workspace, scratch, cut);
        long t2 = System.nanoTime();
        readFactSheets(workspace, scratch);
        long t3 = System.nanoTime();
        Result r = solve();
        notes.add(0, String.format(Locale.ROOT, "time: command line %.1f s, workbook %.1f s, fact sheets %.1f s, solving %.1f s",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (System.nanoTime() - t3) / 1e9));
        return new Result(r.exposed(), r.cells(), r.hidden(), r.unknowns(), r.relations(), List.copyOf(notes));
    }

    /** The command line's unsuppressed numbers (internal control only): to check what the attack worked out. */
    public Map<Key, Long> unsuppressed(Path workspace, Path scratch) {
        readFigures(workspace, scratch, true);
        Map<Key, Long> out = new HashMap<>();
        seen.forEach((k, s) -> {
            if (s.value != null) {
                out.put(k, s.value);
            }
        });
        return out;
    }

    /** Reads the command line's unsuppressed figures: for checking that the relations hold (no attack). */
    public List<String> relationsFailingOnUnsuppressed(Path workspace, Path scratch) {
        readFigures(workspace, scratch, true);
        List<String> out = new ArrayList<>();
        for (Relation r : relations()) {
            long sum = 0;
            boolean complete = true;
            for (Map.Entry<Key, Integer> e : r.terms.entrySet()) {
                Seen s = seen.get(e.getKey());
                if (s == null || s.value == null) {
                    complete = false;
                    break;
                }
                sum += e.getValue() * s.value;
            }
            if (complete && sum != 0) {
                out.add(r.name + " is off by " + sum);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- reading the outputs

    private String unit(ComparisonUnit u) {
        String key = u.kommuner().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        members.putIfAbsent(key, List.copyOf(u.kommuner()));
        // A kommune's or region's own name reads better than a comparison group's.
        names.merge(key, u.name(), (a, b) -> a);
        return key;
    }

    private AppContext context(Path scratch) {
        return new AppContext(reference, new AppPreferences(scratch.resolve("indstillinger.properties")),
                scratch.resolve("home"), null);
    }

    private String run(Path scratch, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Cli.execute(() -> context(scratch), new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed (" + rc + "): " + err);
        }
        return out.toString();
    }

    /** a. {@code figures --kommune all --level L} for every level: {@code unit;cut_date;figure;value}. */
    private void readFigures(Path workspace, Path scratch, boolean unsuppressed) {
        for (Level level : CLI_LEVELS) {
            Map<String, String> byId = new HashMap<>();
            for (ComparisonUnit u : units.units(level)) {
                byId.put(u.id(), unit(u));
            }
            List<String> args = new ArrayList<>(List.of("figures", "--workspace", workspace.toString(), "--kommune", "all",
                    "--level", level.cliName()));
            if (unsuppressed) {
                args.add("--no-discretion");
            }
            String where = "figures --level " + level.cliName();
            for (String line : run(scratch, args.toArray(String[]::new)).split("\\R")) {
                String[] f = line.split(";");
                if (f.length != 4 || line.startsWith("#") || f[1].equals("cut_date")) {
                    continue;
                }
                String key = byId.get(f[0]);
                if (key == null) {
                    throw new IllegalStateException("unknown " + level.cliName() + " '" + f[0] + "' in " + where);
                }
                LocalDate d = LocalDate.parse(f[1]);
                dates.add(d);
                see(new Key(key, d, f[2]), f[3], where);
            }
        }
    }

    /** Records a printed cell: a whole number is known, "&lt;N" and "x" hidden, anything else (a mean, "–") ignored. */
    private void see(Key k, String text, String where) {
        if (!ADDITIVE.matcher(k.figure()).matches()) {
            return;
        }
        text = text.trim();
        Seen s;
        if (INTEGER.matcher(text).matches()) {
            s = seen.computeIfAbsent(k, x -> new Seen());
            long v = Long.parseLong(text);
            if (s.value != null && s.value != v) {
                notes.add(k + ": " + s.value + " in " + s.valueWhere + " but " + v + " in " + where);
            }
            if (s.value == null) {
                s.value = v;
                s.valueWhere = where;
            }
        } else if (text.equals("x") || BELOW.matcher(text).matches()) {
            s = seen.computeIfAbsent(k, x -> new Seen());
            Matcher m = BELOW.matcher(text);
            if (m.matches()) {
                s.below = Integer.parseInt(m.group(1)) - 1;
            }
            if (s.hidden == null || m.matches()) {
                s.hidden = text;
                s.hiddenWhere = where;
            }
        } else {
            return;
        }
        figuresSeen.add(k.figure());
    }

    /** A rate per 10,000 shown for a cell: with the adults (printed on the fact sheets) it gives the count away. */
    private void seeRate(Key k, boolean shown, String where) {
        if (shown && ADDITIVE.matcher(k.figure()).matches()) {
            Seen s = seen.computeIfAbsent(k, x -> new Seen());
            s.rateShown = true;
            s.rateWhere = where;
        }
    }

    /**
     * b. The all-kommuner workbook at the latest cut date: "Alle kommuner" (a row per kommune and
     * hele landet; a column per figure at the cut date, the counts' rates beside them) and every
     * area sheet (a column per region and hele landet, then their rates; the table at the cut date
     * and a block per figure with a row per cut date). See core's KommunerSheet and AreaSheet.
     */
    private void readWorkbook(Path workspace, Path scratch, LocalDate cut) throws IOException {
        Path file = scratch.resolve("alle.xlsx");
        run(scratch, "export", "--workspace", workspace.toString(), "--kommune", "all", "--cut", cut.toString(),
                "--out", file.toString());
        Map<String, String> byName = new HashMap<>();
        for (Level level : List.of(Level.REGION, Level.LAND)) {
            for (ComparisonUnit u : units.units(level)) {
                byName.put(u.name(), unit(u));
            }
        }
        String land = unit(units.land());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet all = wb.getSheet("Alle kommuner");
            if (all == null) {
                throw new IllegalStateException("no sheet 'Alle kommuner' in the workbook");
            }
            readKommunerSheet(all, cut, land);
            for (Sheet s : wb) {
                if (!Set.of("Forside", "Alle kommuner", "Overgangsmatrix", "Definitioner", "Diagramdata")
                        .contains(s.getSheetName())) {
                    readAreaSheet(s, cut, byName);
                }
            }
        }
    }

    private void readKommunerSheet(Sheet sheet, LocalDate cut, String land) {
        Map<Integer, String> figureOf = new HashMap<>();
        Map<Integer, Boolean> rateOf = new HashMap<>();
        String where = "workbook, Alle kommuner";
        for (Row r : sheet) {
            Cell first = r.getCell(0);
            if (figureOf.isEmpty()) {
                // The header: "Kode", …, then a figure id per column ("NT1", "NT1 pr. 10.000", …).
                for (Cell c : r) {
                    if (c.getColumnIndex() >= 4 && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("NT")
                            || c.getCellType() == CellType.STRING && c.getStringCellValue().matches("DOED|SKIFT|M\\d_.*")) {
                        String text = c.getStringCellValue();
                        int space = text.indexOf(' ');
                        figureOf.put(c.getColumnIndex(), space < 0 ? text : text.substring(0, space));
                        rateOf.put(c.getColumnIndex(), space >= 0);
                    }
                }
                continue;
            }
            String key = null;
            if (first != null && first.getCellType() == CellType.NUMERIC) {
                int code = (int) first.getNumericCellValue();
                key = units.kommune(code).map(this::unit).orElse(null);
            } else if (r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING) {
                String name = r.getCell(1).getStringCellValue();
                key = name.equals(names.get(land)) ? land
                        : units.units(Level.REGION).stream().filter(u -> u.name().equals(name)).map(this::unit).findFirst()
                                .orElse(null);
            }
            if (key == null) {
                continue;
            }
            for (Map.Entry<Integer, String> col : figureOf.entrySet()) {
                Key k = new Key(key, cut, col.getValue());
                String text = text(r.getCell(col.getKey()));
                if (rateOf.get(col.getKey())) {
                    seeRate(k, isNumber(r.getCell(col.getKey())), where);
                } else if (text != null) {
                    see(k, text, where);
                }
            }
        }
    }

    private void readAreaSheet(Sheet sheet, LocalDate cut, Map<String, String> byName) {
        String where = "workbook, " + sheet.getSheetName();
        Map<Integer, String> unitOf = new HashMap<>();
        Map<Integer, Boolean> rateOf = new HashMap<>();
        String figure = null;
        for (Row r : sheet) {
            Cell first = r.getCell(0);
            if (unitOf.isEmpty()) {
                // The units' names row: each name twice, first for the values, then for the rates.
                Set<String> had = new HashSet<>();
                for (Cell c : r) {
                    if (c.getColumnIndex() >= 1 && c.getCellType() == CellType.STRING && byName.containsKey(c.getStringCellValue())) {
                        unitOf.put(c.getColumnIndex(), byName.get(c.getStringCellValue()));
                        rateOf.put(c.getColumnIndex(), !had.add(c.getStringCellValue()));
                    }
                }
                continue;
            }
            LocalDate date;
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().matches("NT[\\d.]+( .*)?|NT18_INDL.*")) {
                figure = first.getStringCellValue().split(" ")[0];
                date = cut; // the table at the cut date; a block's title row has no values
            } else if (first != null && first.getCellType() == CellType.NUMERIC && figure != null) {
                date = first.getLocalDateTimeCellValue().toLocalDate();
            } else {
                if (first != null && first.getCellType() == CellType.STRING && !first.getStringCellValue().isBlank()) {
                    // Any other title (NT18_RATE's block, the notes) ends a figure's block: its date
                    // rows are not the figure's.
                    figure = null;
                }
                continue;
            }
            for (Map.Entry<Integer, String> col : unitOf.entrySet()) {
                Cell c = r.getCell(col.getKey());
                Key k = new Key(col.getValue(), date, figure);
                if (rateOf.get(col.getKey())) {
                    seeRate(k, isNumber(c), where);
                } else {
                    String text = text(c);
                    if (text != null) {
                        see(k, text, where);
                    }
                }
            }
        }
    }

    private static boolean isNumber(Cell c) {
        return c != null && c.getCellType() == CellType.NUMERIC;
    }

    private static String text(Cell c) {
        if (c == null) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            double v = c.getNumericCellValue();
            return v == Math.rint(v) ? Long.toString((long) v) : null;
        }
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : null;
    }

    /**
     * c. The 98 fact sheets at the latest cut date. Page 2's table has per figure: id, title, unit,
     * the kommune's count, then the kommune, its comparison group, its region and hele landet —
     * counts, or rates per 10,000 when the population is known (the unit column then says so).
     */
    private void readFactSheets(Path workspace, Path scratch) throws IOException {
        Path dir = scratch.resolve("faktaark");
        run(scratch, "factsheet", "--workspace", workspace.toString(), "--kommune", "all", "--out", dir.toString());
        Map<Integer, ComparisonGroup> chosen = new HashMap<>();
        try (Workspace ws = Workspace.open(workspace)) {
            ComparisonGroups store = new ComparisonGroups(ws, reference);
            for (var k : reference.kommuner()) {
                store.chosenFor(k.code()).ifPresent(g -> chosen.put(k.code(), g));
            }
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> SHEET_FILE.matcher(p.getFileName().toString()).matches()).sorted().collect(Collectors.toList());
        }
        int rows = 0;
        for (Path pdf : pdfs) {
            Matcher m = SHEET_FILE.matcher(pdf.getFileName().toString());
            m.matches();
            int code = Integer.parseInt(m.group(1));
            LocalDate cut = LocalDate.parse(m.group(2));
            List<ComparisonUnit> around = units.comparisonsFor(code, Optional.ofNullable(chosen.get(code)));
            String[] columns = {unit(around.get(0)), unit(around.get(0)), unit(around.get(1)),
                unit(around.stream().filter(u -> u.level() == Level.REGION).findFirst().orElseThrow()), unit(units.land())};
            String where = "fact sheet " + code;
            for (String line : page2(pdf).split("\\R")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length < 6 || !parts[0].matches("NT[\\d.]+|NT1–6")) {
                    continue;
                }
                String figure = parts[0].replace('–', '-');
                List<String> values = Arrays.asList(parts).subList(parts.length - 5, parts.length);
                boolean rates = line.contains("pr. 10.000");
                if (!values.stream().allMatch(v -> v.equals("x") || v.equals("–") || BELOW.matcher(v).matches()
                        || (rates ? v.matches("[\\d.]+(,\\d+)?") : SHEET_COUNT.matcher(v).matches()))) {
                    continue; // not a count row (a mean, a share): nothing additive to read
                }
                rows++;
                for (int i = 0; i < 5; i++) {
                    Key k = new Key(columns[i], cut, figure);
                    if (i > 0 && rates) {
                        seeRate(k, values.get(i).matches("[\\d.]+(,\\d+)?"), where);
                    } else {
                        see(k, values.get(i).replace(".", ""), where);
                    }
                }
            }
        }
        if (pdfs.size() != reference.kommuner().size() || rows < 10 * pdfs.size()) {
            throw new IllegalStateException("read " + rows + " count rows from " + pdfs.size() + " fact sheets in " + dir);
        }
    }

    private static String page2(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            return stripper.getText(doc);
        }
    }

    // ---------------------------------------------------------------- the relations (from the spec)

    /** Σ coefficient × cell = 0. */
    static final class Relation {
        final String name;
        final Map<Key, Integer> terms = new LinkedHashMap<>();

        Relation(String name) {
            this.name = name;
        }

        Relation add(Key k, int c) {
            terms.merge(k, c, Integer::sum);
            return this;
        }
    }

    private static LocalDate previous(LocalDate d) {
        LocalDate p = d.minusMonths(6);
        return p.withDayOfMonth(p.lengthOfMonth());
    }

    /**
     * The relations an outside reader knows from key-figures.md §4, §5 and §10. Written here, not
     * taken from core, so a mistake in core's own list of relations cannot hide a leak.
     */
    List<Relation> relations() {
        List<Relation> out = new ArrayList<>();
        boolean moved = figuresSeen.stream().anyMatch(f -> f.matches("M\\d_S"));
        Set<String> unitsSeen = seen.keySet().stream().map(Key::unit).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<LocalDate>> nt16 = new HashMap<>();
        seen.keySet().stream().filter(k -> k.figure().equals("NT1-6"))
                .forEach(k -> nt16.computeIfAbsent(k.unit(), x -> new HashSet<>()).add(k.date()));
        for (LocalDate d : dates) {
            // An area's count is the sum of its kommuner's (every additive figure; a split kommune counts in both klynger).
            for (String u : unitsSeen) {
                List<Integer> ks = members.get(u);
                if (ks.size() < 2) {
                    continue;
                }
                for (String f : figuresSeen) {
                    Relation r = new Relation(names.get(u) + " " + d + " " + f + " = Σ kommuner");
                    r.add(new Key(u, d, f), 1);
                    for (int k : ks) {
                        r.add(new Key(String.valueOf(k), d, f), -1);
                    }
                    out.add(r);
                }
            }
            // Within one unit and date: NT7–NT10 and DOED from the matrix, each matrix row from the stock at D⁻.
            for (String u : unitsSeen) {
                String n = names.get(u) + " " + d + " ";
                out.add(sum(n + "NT7 = NT7.1 + NT7.2 + NT7.3", u, d, "NT7", List.of("NT7.1", "NT7.2", "NT7.3")));
                out.add(sum(n + "NT7.1", u, d, "NT7.1", List.of("M8_6", "M7_6")));
                out.add(sum(n + "NT7.2", u, d, "NT7.2", cells(List.of(8, 7), 1, 5)));
                out.add(sum(n + "NT7.3", u, d, "NT7.3", cells(List.of(6), 1, 5)));
                out.add(sum(n + "NT8", u, d, "NT8", cells(List.of(5), 1, 4)));
                out.add(sum(n + "NT9", u, d, "NT9", List.of("M2_1")));
                out.add(sum(n + "NT10", u, d, "NT10", cells(List.of(2), 3, 8)));
                out.add(sum(n + "DOED", u, d, "DOED", List.of("M2_D", "M3_D", "M4_D", "M5_D", "M6_D", "M7_D", "M8_D")));
                String[] stock = {null, null, "NT6", "NT5", "NT5", "NT4", "NT3", "NT2", "NT1"};
                for (int from : new int[] {8, 7, 6, 5, 4, 2}) {
                    List<Integer> rows = from == 4 ? List.of(4, 3) : List.of(from);
                    List<String> row = new ArrayList<>(cells(rows, 1, 8));
                    for (int f : rows) {
                        row.add("M" + f + "_D");
                        if (moved) {
                            row.add("M" + f + "_S");
                        }
                    }
                    Relation r = sum(n + "matrix row " + rows + " = " + stock[from] + " at " + previous(d), u, d, null, row);
                    r.add(new Key(u, previous(d), stock[from]), -1);
                    out.add(r);
                }
                if (nt16.getOrDefault(u, Set.of()).contains(d)) {
                    out.add(sum(n + "NT1–6", u, d, "NT1-6", List.of("NT1", "NT2", "NT3", "NT4", "NT5", "NT6")));
                }
            }
        }
        return out;
    }

    private static List<String> cells(List<Integer> from, int toLow, int toHigh) {
        List<String> out = new ArrayList<>();
        for (int f : from) {
            for (int t = toLow; t <= toHigh; t++) {
                out.add("M" + f + "_" + t);
            }
        }
        return out;
    }

    /** total = Σ parts (total null: Σ parts alone, the caller adds the other side). */
    private static Relation sum(String name, String unit, LocalDate d, String total, List<String> parts) {
        Relation r = new Relation(name);
        if (total != null) {
            r.add(new Key(unit, d, total), 1);
        }
        for (String p : parts) {
            r.add(new Key(unit, d, p), -1);
        }
        if (total == null) {
            r.terms.replaceAll((k, c) -> -c);
        }
        return r;
    }

    // ---------------------------------------------------------------- solving

    private Result solve() {
        List<Exposed> exposed = new ArrayList<>();
        Set<Key> done = new HashSet<>();
        int hidden = 0;
        // Shown as a number in one output, hidden in another: given away outright.
        for (Map.Entry<Key, Seen> e : seen.entrySet()) {
            Seen s = e.getValue();
            if (s.hidden != null) {
                hidden++;
                if (s.value != null) {
                    done.add(e.getKey());
                    exposed.add(exposed(How.PRINTED_ELSEWHERE, e.getKey(), s.value, "\"" + s.hidden + "\" in " + s.hiddenWhere + ", printed in " + s.valueWhere));
                } else if (s.rateShown) {
                    done.add(e.getKey());
                    exposed.add(exposed(How.RATE, e.getKey(), -1, "\"" + s.hidden + "\" in " + s.hiddenWhere
                            + ", but its rate per 10,000 is printed in " + s.rateWhere));
                }
            }
        }

        // Everything else hidden (or printed nowhere) is an unknown; substitute the known cells.
        Map<Key, Integer> var = new HashMap<>();
        List<Key> vars = new ArrayList<>();
        List<long[]> rowsRhs = new ArrayList<>();
        List<Map<Integer, Long>> rows = new ArrayList<>();
        List<Relation> relations = relations();
        List<Relation> kept = new ArrayList<>();
        for (Relation r : relations) {
            Map<Integer, Long> row = new HashMap<>();
            long rhs = 0;
            for (Map.Entry<Key, Integer> t : r.terms.entrySet()) {
                if (t.getValue() == 0) {
                    continue;
                }
                Seen s = seen.get(t.getKey());
                if (s != null && s.value != null) {
                    rhs -= t.getValue() * s.value;
                } else {
                    int i = var.computeIfAbsent(t.getKey(), k -> {
                        vars.add(k);
                        return vars.size() - 1;
                    });
                    row.merge(i, (long) t.getValue(), Long::sum);
                }
            }
            row.values().removeIf(c -> c == 0);
            if (!row.isEmpty()) {
                rows.add(row);
                rowsRhs.add(new long[] {rhs});
                kept.add(r);
            } else if (rhs != 0 && !relations.isEmpty()) {
                notes.add("relation does not hold on the published numbers: " + r.name + " (off by " + -rhs + ")");
            }
        }

        // Linear: reduce to row echelon form mod P; a pivot row with no other unknown fixes its cell.
        Echelon ech = new Echelon();
        for (int i = 0; i < rows.size(); i++) {
            ech.add(rows.get(i), Math.floorMod(rowsRhs.get(i)[0], P));
        }
        Map<Integer, Long> determined = ech.determined();
        for (Map.Entry<Integer, Long> e : determined.entrySet()) {
            Key k = vars.get(e.getKey());
            Seen s = seen.get(k);
            if (s != null && s.hidden != null && done.add(k)) {
                long v = e.getValue() > P / 2 ? e.getValue() - P : e.getValue();
                exposed.add(exposed(How.LINEAR, k, v, "\"" + s.hidden + "\" in " + s.hiddenWhere + ", solved from the published cells"));
            }
        }

        // Bounds: a relation whose remaining unknowns are "<5" (1–4) or "x"/unprinted (>= 0) and whose
        // known remainder sits at the least or most they can add up to fixes every one of them.
        for (int i = 0; i < rows.size(); i++) {
            Map<Integer, Long> row = new HashMap<>();
            long rhs = rowsRhs.get(i)[0];
            for (Map.Entry<Integer, Long> t : rows.get(i).entrySet()) {
                Long v = determined.get(t.getKey());
                if (v != null) {
                    rhs -= t.getValue() * (v > P / 2 ? v - P : v);
                } else {
                    row.put(t.getKey(), t.getValue());
                }
            }
            if (row.isEmpty()) {
                continue;
            }
            long min = 0;
            long max = 0;
            boolean minOpen = false;
            boolean maxOpen = false;
            for (Map.Entry<Integer, Long> t : row.entrySet()) {
                long[] b = bounds(vars.get(t.getKey()));
                long c = t.getValue();
                if (c > 0) {
                    min += c * b[0];
                    maxOpen |= b[1] < 0;
                    max += b[1] < 0 ? 0 : c * b[1];
                } else {
                    max += c * b[0];
                    minOpen |= b[1] < 0;
                    min += b[1] < 0 ? 0 : c * b[1];
                }
            }
            boolean atMin = !minOpen && rhs == min;
            boolean atMax = !maxOpen && rhs == max;
            if (!atMin && !atMax) {
                continue;
            }
            for (Map.Entry<Integer, Long> t : row.entrySet()) {
                Key k = vars.get(t.getKey());
                Seen s = seen.get(k);
                long[] b = bounds(k);
                long v = (atMin == t.getValue() > 0) ? b[0] : b[1];
                if (v >= 0 && s != null && s.hidden != null && done.add(k)) {
                    exposed.add(exposed(How.BOUND, k, v, "\"" + s.hidden + "\" in " + s.hiddenWhere + ", at its bound in " + kept.get(i).name));
                }
            }
        }
        exposed.sort(Comparator.comparing(Exposed::date).thenComparing(Exposed::unitName).thenComparing(Exposed::figure));
        return new Result(exposed, seen.size(), hidden, vars.size(), rows.size(), List.copyOf(notes));
    }

    /** [least, most] a hidden or unprinted cell can be; most -1: no upper bound. */
    private long[] bounds(Key k) {
        Seen s = seen.get(k);
        return s != null && s.below > 0 ? new long[] {1, s.below} : new long[] {0, -1};
    }

    private Exposed exposed(How kind, Key k, long value, String how) {
        return new Exposed(k, kind, names.getOrDefault(k.unit(), k.unit()), k.date(), k.figure(), value, how);
    }

    /**
     * Gauss–Jordan elimination mod P, one relation at a time, on sparse rows: every pivot column
     * appears in its own row only, so a row with a single entry is a determined unknown.
     */
    static final class Echelon {
        private final Map<Integer, Map<Integer, Long>> byPivot = new HashMap<>();
        private final Map<Integer, Long> rhs = new HashMap<>();
        /** Column → pivots of the rows that hold it outside their pivot. */
        private final Map<Integer, Set<Integer>> uses = new HashMap<>();

        void add(Map<Integer, Long> input, long b) {
            Map<Integer, Long> row = new HashMap<>();
            input.forEach((c, v) -> row.put(c, Math.floorMod(v, P)));
            long r = b;
            for (Integer c : new ArrayList<>(row.keySet())) {
                Map<Integer, Long> p = byPivot.get(c);
                Long f = row.get(c);
                if (p != null && f != null) {
                    // Rows in the basis hold no other pivot, so one pass clears every pivot column.
                    for (Map.Entry<Integer, Long> e : p.entrySet()) {
                        long v = Math.floorMod(row.getOrDefault(e.getKey(), 0L) - mul(f, e.getValue()), P);
                        if (v == 0) {
                            row.remove(e.getKey());
                        } else {
                            row.put(e.getKey(), v);
                        }
                    }
                    r = Math.floorMod(r - mul(f, rhs.get(c)), P);
                }
            }
            if (row.isEmpty()) {
                return; // dependent (its consistency is checked on the published numbers elsewhere)
            }
            // The pivot that fewest basis rows hold keeps the rows short.
            int q = row.keySet().stream().min(Comparator.comparingInt((Integer c) -> uses.getOrDefault(c, Set.of()).size())
                    .thenComparing(c -> c)).orElseThrow();
            long inv = inverse(row.get(q));
            row.replaceAll((c, v) -> mul(v, inv));
            r = mul(r, inv);
            for (Integer other : new ArrayList<>(uses.getOrDefault(q, Set.of()))) {
                Map<Integer, Long> o = byPivot.get(other);
                long f = o.get(q);
                for (Map.Entry<Integer, Long> e : row.entrySet()) {
                    long v = Math.floorMod(o.getOrDefault(e.getKey(), 0L) - mul(f, e.getValue()), P);
                    if (v == 0) {
                        o.remove(e.getKey());
                        uses.getOrDefault(e.getKey(), new HashSet<>()).remove(other);
                    } else {
                        if (o.put(e.getKey(), v) == null) {
                            uses.computeIfAbsent(e.getKey(), x -> new HashSet<>()).add(other);
                        }
                    }
                }
                rhs.put(other, Math.floorMod(rhs.get(other) - mul(f, r), P));
            }
            uses.remove(q);
            byPivot.put(q, row);
            rhs.put(q, r);
            for (Integer c : row.keySet()) {
                if (c != q) {
                    uses.computeIfAbsent(c, x -> new HashSet<>()).add(q);
                }
            }
        }

        /** The unknowns the relations fix: pivot rows with nothing else in them. */
        Map<Integer, Long> determined() {
            Map<Integer, Long> out = new HashMap<>();
            byPivot.forEach((q, row) -> {
                if (row.size() == 1) {
                    out.put(q, rhs.get(q));
                }
            });
            return out;
        }

        private static long mul(long a, long b) {
            return Math.floorMod(a * b, P); // both < 2^31, so the product fits
        }

        private static long inverse(long a) {
            long result = 1;
            long base = a;
            for (long e = P - 2; e > 0; e >>= 1) {
                if ((e & 1) == 1) {
                    result = mul(result, base);
                }
                base = mul(base, base);
            }
            return result;
        }
    }
}
