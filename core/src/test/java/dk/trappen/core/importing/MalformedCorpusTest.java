package dk.trappen.core.importing;

import static dk.trappen.core.importing.ImportFixtures.importFile;
import static dk.trappen.core.importing.ImportFixtures.rows;
import static dk.trappen.core.importing.ImportFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus (src/test/resources/import/malformed): every file of cases.tsv is
 * imported into a fresh workspace, and what comes out must be exactly what the manifest says.
 *
 * <p>cases.tsv is UTF-8, TAB-separated, with the columns
 * <ul>
 * <li>{@code file}: the corpus file;
 * <li>{@code type}: the --type to give, or {@code -} to let the file be recognised;
 * <li>{@code outcome}: {@code refused} (an ImportException with exactly {@code message}, and the
 *     workspace unchanged), {@code rejected} (imported; the first rejected row has exactly
 *     {@code message}), {@code warned} (imported; {@code message} is one of the report's warnings),
 *     {@code imported} (imported with no rejected row; a control) or {@code duplicate} (imported
 *     twice: the second import is recognised as the same file and stores nothing);
 * <li>{@code message}: see above ({@code -} when none);
 * <li>{@code rejects}: the number of rejected rows, or empty to leave it unchecked;
 * <li>{@code options}: comma-separated {@code strict}, {@code acceptUnknownKommune}, or empty.
 * </ul>
 * For every case, no CPR number of the file may appear in a message or in the workspace.
 *
 * <p>With {@code -Dtrappen.corpus.actual=FILE} the test writes what each case actually gives to
 * FILE in the manifest's form instead of checking it (to review messages after a change).
 */
class MalformedCorpusTest {

    static final String MANIFEST = "/import/malformed/cases.tsv";
    private static final Pattern CPR = Pattern.compile("(?<!\\d)(\\d{6})-?(\\d{4})(?!\\d)");
    private static final String ACTUAL = System.getProperty("trappen.corpus.actual");

    record Case(String file, String type, String outcome, String message, Long rejects, Set<String> options) {
        @Override
        public String toString() {
            return file + " → " + outcome;
        }

        ImportOptions importOptions() {
            ImportOptions o = ImportOptions.defaults();
            if (!type.equals("-")) {
                o = o.withType(ImportType.byId(type).orElseThrow(() -> new IllegalArgumentException(type)));
            }
            return o.withStrict(options.contains("strict"))
                    .withAcceptUnknownKommune(options.contains("acceptUnknownKommune"));
        }
    }

    static Path dir() {
        try {
            return Path.of(MalformedCorpusTest.class.getResource(MANIFEST).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> readManifest() {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir().resolve("cases.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        assertEquals(List.of("file", "type", "outcome", "message"), header.subList(0, 4), "manifest header");
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f.length > header.size()) {
                throw new IllegalStateException("cases.tsv line " + (i + 1) + ": " + f.length + " fields");
            }
            String rejects = field(header, f, "rejects");
            String options = field(header, f, "options");
            cases.add(new Case(f[0], f[1], f[2], f[3], rejects.isEmpty() ? null : Long.valueOf(rejects),
                    options.isEmpty() ? Set.of() : Set.of(options.split(","))));
        }
        return cases;
    }

    private static String field(List<String> header, String[] f, String name) {
        int i = header.indexOf(name);
        return i < 0 || i >= f.length ? "" : f[i].trim();
    }

    static Stream<Case> cases() {
        return readManifest().stream();
    }

    @Test
    void theCorpusIsCompleteAndSmall() throws IOException {
        List<Case> cases = readManifest();
        assertTrue(cases.size() >= 35, "at least 35 cases, found " + cases.size());
        Set<String> listed = cases.stream().map(Case::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir())) {
            for (Path p : files.collect(Collectors.toList())) {
                String name = p.getFileName().toString();
                if (!name.equals("cases.tsv")) {
                    assertTrue(listed.contains(name), name + " is in the corpus but not in cases.tsv");
                    assertTrue(Files.size(p) < 50_000, name + " is over 50 KB");
                }
            }
        }
        for (Case c : cases) {
            assertTrue(Files.exists(dir().resolve(c.file())), c.file() + " is listed but missing");
            assertTrue(Set.of("refused", "rejected", "warned", "imported", "duplicate").contains(c.outcome()),
                    c.file() + ": unknown outcome " + c.outcome());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corpusCase(Case c, @TempDir Path tmp) throws Exception {
        Path file = dir().resolve(c.file());
        Set<String> cprs = cprNumbers(file);
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            String before = snapshot(ws);
            ImportReport report = null;
            ImportException refused = null;
            try {
                report = importFile(ws, file, c.importOptions());
            } catch (ImportException e) {
                refused = e;
            }
            if (ACTUAL != null) {
                writeActual(c, ws, file, report, refused);
                return;
            }
            List<String> texts = new ArrayList<>();
            switch (c.outcome()) {
                case "refused":
                    if (refused == null) {
                        fail(c.file() + " was imported, not refused: " + describe(report));
                    }
                    assertEquals(c.message(), refused.getMessage(), c.file());
                    assertEquals(before, snapshot(ws), "a refused file leaves the workspace unchanged");
                    texts.add(refused.getMessage());
                    texts.add(refused.message(Locale.ENGLISH));
                    break;
                case "rejected":
                case "warned":
                case "imported":
                    if (refused != null) {
                        fail(c.file() + " was refused: " + refused.getMessage());
                    }
                    if (c.outcome().equals("rejected")) {
                        assertTrue(report.rowsRejected() > 0, c.file() + " has no rejected row");
                        assertEquals(c.message(), report.rejects().get(0).message(), c.file());
                    } else if (c.outcome().equals("warned")) {
                        assertTrue(report.warnings().containsKey(c.message()),
                                c.file() + ": warnings " + report.warnings().keySet());
                    } else {
                        assertEquals(0, report.rowsRejected(), c.file() + ": " + describe(report));
                    }
                    assertTrue(report.rowsStored() > 0, c.file() + " stored nothing");
                    if (c.rejects() != null) {
                        assertEquals(c.rejects().longValue(), report.rowsRejected(), c.file() + " rejected rows");
                    }
                    break;
                case "duplicate":
                    if (refused != null) {
                        fail(c.file() + " was refused: " + refused.getMessage());
                    }
                    String data = dataSnapshot(ws);
                    ImportReport again = importFile(ws, file, c.importOptions());
                    assertTrue(again.duplicateOfImport() > 0, "the second import is recognised as a duplicate");
                    assertEquals(report.importId(), again.duplicateOfImport());
                    assertEquals(0, again.rowsStored());
                    assertEquals(report.rowsRead(), again.rowsDuplicate());
                    assertEquals(data, dataSnapshot(ws), "nothing is stored twice");
                    assertEquals(2, ws.importLog().entries().size(), "the log records both imports");
                    break;
                default:
                    fail("unknown outcome " + c.outcome());
            }
            if (report != null) {
                report.rejects().forEach(r -> texts.add(r.message() + " | " + r.value()));
                texts.addAll(report.warnings().keySet());
            }
            for (String text : texts) {
                for (String cpr : cprs) {
                    assertFalse(text.contains(cpr), "a CPR number of " + c.file() + " is shown: " + text);
                }
            }
            String db = ImportFixtures.dump(ws);
            for (String cpr : cprs) {
                assertFalse(db.contains(cpr), "a CPR number of " + c.file() + " reached the workspace");
            }
        }
    }

    /**
     * The valid-but-tricky workbook: formulas are read as their cached values (even stale ones),
     * a vertically merged kommune counts on every row it spans, dates come as Excel dates, text
     * and formulas, and a rejected row is named by sheet and row.
     */
    @Test
    void workbookWithFormulasAndMergedCells(@TempDir Path tmp) throws Exception {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            ImportReport r = importFile(ws, dir().resolve("maalinger_formulas_merged.xlsx"), ImportOptions.defaults());
            assertEquals(ImportType.MAALINGER, r.type());
            assertEquals(4, r.rowsRead());
            assertEquals(3, r.rowsStored());
            assertEquals(List.of(
                    "TRUE|101|2024-05-01|44|§85",
                    "FALSE|101|2024-05-02|52|§82",
                    "FALSE|101|2024-05-03|60|null"),
                    rows(ws, "SELECT person_id IS NOT NULL, kommune, measured_on, who5, indsats FROM measurement "
                            + "ORDER BY measured_on"));
            assertEquals("maalinger_formulas_merged.xlsx, ark Målinger, række 6, kolonne WHO5_SCORE: værdien \"101\" "
                    + "skal være en score, et helt tal fra 0 til 100.", r.rejects().get(0).message());
        }
    }

    /** The rows of the data tables (everything but the import log), to show nothing was stored twice. */
    private static String dataSnapshot(Workspace ws) throws Exception {
        return snapshot(ws).replaceAll("(?s)import_log:\n.*?(?=column_mapping:)", "");
    }

    /** The CPR-looking numbers in a file, with and without the dash. */
    private static Set<String> cprNumbers(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CPR.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + m.group(2));
            out.add(m.group(1) + "-" + m.group(2));
        }
        return out;
    }

    private static String describe(ImportReport r) {
        return "read " + r.rowsRead() + ", stored " + r.rowsStored() + ", rejected " + r.rowsRejected()
                + (r.rejects().isEmpty() ? "" : ", first: " + r.rejects().get(0).message()) + ", warnings "
                + r.warnings().keySet();
    }

    private static synchronized void writeActual(Case c, Workspace ws, Path file, ImportReport report,
            ImportException refused) throws Exception {
        String outcome;
        String message;
        String rejects = "";
        if (refused != null) {
            outcome = "refused";
            message = refused.getMessage();
        } else if (c.outcome().equals("duplicate")) {
            ImportReport again = importFile(ws, file, c.importOptions());
            outcome = again.duplicateOfImport() > 0 && again.rowsStored() == 0 ? "duplicate" : "NOT-duplicate";
            message = "-";
        } else if (report.rowsRejected() > 0) {
            outcome = "rejected";
            message = report.rejects().get(0).message();
            rejects = Long.toString(report.rowsRejected());
        } else if (!report.warnings().isEmpty()) {
            outcome = "warned";
            message = report.warnings().keySet().iterator().next();
            rejects = "0";
        } else {
            outcome = "imported";
            message = "-";
            rejects = "0";
        }
        String line = String.join("\t", c.file(), c.type(), outcome, message, rejects, String.join(",", c.options()));
        Files.writeString(Path.of(ACTUAL), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
