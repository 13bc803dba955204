package dk.trappen.core.importing;

import static dk.trappen.core.importing.ImportFixtures.importFile;
import static dk.trappen.core.importing.ImportFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.fail;

import dk.trappen.core.store.Workspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the importer random bytes and mutated valid files. Whatever the input, an import ends in
 * an {@link ImportReport} or an {@link ImportException} that leaves the workspace exactly as it
 * was, never in any other exception. Every file is made from its own seed: a failure names it,
 * with a hex dump, and {@code -Dtrappen.fuzz.seed=N} changes the base seed.
 */
class ImportFuzzTest {

    static final long SEED = Long.getLong("trappen.fuzz.seed", 20260115L);
    /** A workspace is replaced after this many imports, to keep snapshots small and quick. */
    private static final int IMPORTS_PER_WORKSPACE = 400;
    private static final int RANDOM_FILES = 300;
    private static final int MUTATIONS_PER_TYPE = 500;
    private static final int XLSX_MUTATIONS = 60;
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    /** A valid small file of each type (dream and lpr in both their forms). */
    static final Map<String, String> VALID = new LinkedHashMap<>();

    static {
        VALID.put("ydelser", "PNR;HANDLEKOMMUNE;BETALINGSKOMMUNE;BOPAELSKOMMUNE;MODT_YDELSE_KODE;MODT_TILB_KODE;"
                + "MAALGRUPPE;STARTDATO;SLUTDATO;FOED_DATO\n"
                + "0101801234;101;101;147;1.8.1;3.3.0;1.2.2;2019-03-01;;\n"
                + "010180-1234;751;;;1.12.0.2;;1.2.2.1;01-01-2020;31-12-9999;\n"
                + "0202024235;461;;;1.13.4;;1.2.1;01.02.2021;31DEC2022;\n"
                + "P-77;Høje-Taastrup;;;1.8.2;;1.2.2;20230505;;1990-01-01\n");
        VALID.put("doede", "PNR;DOEDSDATO\n0101801234;15-06-2021\n0202024235;2022-01-31\n0303031236;01MAR2023\n");
        VALID.put("befolkning", "KOMMUNEKODE;DATO;ALDER;ANTAL\n101;2024-12-31;18-24;65.432\n0751;2024-12-31;80+;1234\n"
                + "400;2024K1;17;300\nKøbenhavn;2024-12-31;100 år og derover;12\n");
        VALID.put("dream", "PNR;y_2001;y_2002;y_2053;branche_2020_01\n0101801234;651;;783;47\n0202024235;;890;;\n");
        VALID.put("dream-long", "PNR;UGE;KODE\n0101801234;202002;890\n0202024235;2020-W53;651\n");
        VALID.put("lpr", "PNR;KONTAKT_START;KONTAKT_SLUT;HOVEDSPECIALE;AKTIONSDIAGNOSE;KONTAKTTYPE;PRIORITET;"
                + "BOPAELSKOMMUNE\n"
                + "0101801234;2024-03-01T08:00;2024-03-02 20:00:00;psykiatri;DF200;fysisk;ATA1;101\n"
                + "0101801234;05-03-2024 10:00;05-03-2024 11:00;intern medicin;DI10;ude;;\n");
        VALID.put("lpr-pair", "CPR;dato_start;tidspunkt_start;dato_slut;tidspunkt_slut;aktionsdiagnose\n"
                + "0101801234;2024-04-01;13:45;2024-04-01;18:00;DF321\n");
        VALID.put("regnskab", "KOMMUNEKODE;AAR;FUNKTION;GRUPPERING;DRANST;ART;BELOEB (1.000 kr.)\n"
                + "101;2024;53850;3;1;40;1.234,5\n101;2024;5.38.39;005;1;4.0;-12\n");
        VALID.put("maalinger", "PNR;BORGER_ID;KOMMUNEKODE;MAALEDATO;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5;WHO5_SCORE;"
                + "INSPIRE_SCORE;INDSATS\n"
                + "0101801234;;101;2024-05-01;3;3;2;2;1;;60;§85\n"
                + ";B-17;101;2024-05-02;;;;;;52;;§82\n");
    }

    @TempDir
    static Path tmp;
    private static long started;
    private static final List<String> FAILURES = new ArrayList<>();
    /** How the imports ended: "imported" or the refusal's message key, by count (printed at the end). */
    private static final Map<String, Integer> OUTCOMES = new java.util.TreeMap<>();
    private static int fileCounter;
    private final Map<String, Target> targets = new LinkedHashMap<>();

    /** A workspace in use, with its snapshot as of the last change (null: to be taken). */
    private static final class Target {
        Workspace ws;
        String snapshot;
        int imports;
    }

    @BeforeAll
    static void start() {
        started = System.nanoTime();
    }

    @AfterAll
    static void report() {
        System.out.printf("ImportFuzzTest: %.1f s (seed %d), outcomes %s%n", (System.nanoTime() - started) / 1e9, SEED,
                OUTCOMES);
    }

    @AfterEach
    void closeWorkspaces() {
        targets.values().forEach(t -> t.ws.close());
        targets.clear();
        List<String> failures = new ArrayList<>(FAILURES);
        FAILURES.clear();
        if (!failures.isEmpty()) {
            fail(failures.size() + " input(s) broke the import contract:\n\n"
                    + String.join("\n\n", failures.subList(0, Math.min(10, failures.size()))));
        }
    }

    /** (a) Arbitrary bytes, 0–4000 of them, some after a valid header line. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomBytes() throws Exception {
        List<String> kinds = new ArrayList<>(VALID.keySet());
        for (int i = 0; i < RANDOM_FILES; i++) {
            long seed = SEED * 31 + i;
            Random r = new Random(seed);
            byte[] body = new byte[r.nextInt(4001)];
            r.nextBytes(body);
            String kind = kinds.get(r.nextInt(kinds.size()));
            byte[] bytes = body;
            if (r.nextInt(3) == 0) {
                String header = VALID.get(kind).substring(0, VALID.get(kind).indexOf('\n') + 1);
                bytes = concat(header.getBytes(StandardCharsets.UTF_8), body);
            }
            ImportType type = typeOf(kinds.get(r.nextInt(kinds.size())));
            check("random", seed, bytes, ".csv", type);
            check("random", seed, bytes, ".csv", null);
        }
    }

    /** (b) Valid small files of each type, mutated: 500 each, imported with the type given and recognised. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedTextFiles() throws Exception {
        int k = 0;
        for (Map.Entry<String, String> e : VALID.entrySet()) {
            k++;
            ImportType type = typeOf(e.getKey());
            int count = e.getKey().contains("-") ? MUTATIONS_PER_TYPE / 5 : MUTATIONS_PER_TYPE;
            for (int i = 0; i < count; i++) {
                long seed = SEED * 1_000_003L + k * 10_000L + i;
                byte[] bytes = mutate(e.getValue(), new Random(seed));
                check(e.getKey(), seed, bytes, ".csv", type);
                check(e.getKey(), seed, bytes, ".csv", null);
            }
        }
    }

    /** (c) A valid workbook, truncated, with bytes flipped, and with its sheet's XML damaged. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedWorkbooks() throws Exception {
        // The committed workbook, not a fresh one: POI stamps a creation time, and a seed must
        // give the same bytes on every run.
        byte[] book = Files.readAllBytes(MalformedCorpusTest.dir().resolve("maalinger_formulas_merged.xlsx"));
        check("xlsx", SEED, book, ".xlsx", ImportType.MAALINGER);
        for (int i = 0; i < XLSX_MUTATIONS; i++) {
            long seed = SEED * 7919L + i;
            Random r = new Random(seed);
            byte[] bytes;
            switch (i % 3) {
                case 0:
                    bytes = Arrays.copyOf(book, r.nextInt(book.length));
                    break;
                case 1:
                    bytes = book.clone();
                    for (int n = 1 + r.nextInt(8); n > 0; n--) {
                        bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                    break;
                default:
                    bytes = damageSheetXml(book, r);
                    break;
            }
            check("xlsx", seed, bytes, ".xlsx", ImportType.MAALINGER);
            check("xlsx", seed, bytes, ".xlsx", null);
        }
    }

    /** Imports one input; anything but a report or a clean refusal is recorded as a failure. */
    private void check(String kind, long seed, byte[] bytes, String suffix, ImportType type) throws Exception {
        String key = kind + "/" + (type == null ? "recognised" : type.id());
        Target t = targets.get(key);
        if (t == null || t.imports >= IMPORTS_PER_WORKSPACE) {
            if (t != null) {
                t.ws.close();
            }
            t = new Target();
            t.ws = Workspace.create(tmp.resolve("ws" + (++fileCounter)));
            targets.put(key, t);
        }
        t.imports++;
        if (t.snapshot == null) {
            t.snapshot = snapshot(t.ws);
        }
        Path file = tmp.resolve("fuzz" + (++fileCounter) + suffix);
        Files.write(file, bytes);
        ImportOptions options = ImportOptions.defaults().withType(type);
        try {
            ImportReport report = importFile(t.ws, file, options);
            OUTCOMES.merge(report.rowsRejected() > 0 ? "imported with rejects" : "imported", 1, Integer::sum);
            t.snapshot = null; // changed (or at least logged)
        } catch (ImportException e) {
            OUTCOMES.merge(e.key(), 1, Integer::sum);
            String after = snapshot(t.ws);
            if (!after.equals(t.snapshot)) {
                FAILURES.add(describe(kind, seed, type, bytes, "refused (" + e.getMessage()
                        + ") but the workspace changed"));
                t.snapshot = after;
            }
        } catch (Throwable e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String[] lines = trace.toString().split("\n");
            FAILURES.add(describe(kind, seed, type, bytes, String.join("\n", Arrays.copyOf(lines,
                    Math.min(lines.length, 12)))));
            t.snapshot = null;
        } finally {
            Files.delete(file);
        }
    }

    private static String describe(String kind, long seed, ImportType type, byte[] bytes, String what) {
        return "[" + kind + ", seed " + seed + ", " + (type == null ? "recognised" : "--type " + type.id()) + ", "
                + bytes.length + " bytes] " + what + "\n" + hex(bytes, 200);
    }

    static String hex(byte[] bytes, int max) {
        StringBuilder b = new StringBuilder();
        int n = Math.min(bytes.length, max);
        for (int i = 0; i < n; i += 32) {
            b.append(String.format("%04x ", i));
            StringBuilder text = new StringBuilder();
            for (int j = i; j < Math.min(n, i + 32); j++) {
                b.append(String.format(" %02x", bytes[j]));
                text.append(bytes[j] >= 0x20 && bytes[j] < 0x7f ? (char) bytes[j] : '.');
            }
            b.append("  ").append(text).append('\n');
        }
        return b.toString();
    }

    private static ImportType typeOf(String kind) {
        return ImportType.byId(kind.replaceAll("-.*", "")).orElseThrow();
    }

    /** One to three mutations of a valid file's text or bytes. */
    static byte[] mutate(String text, Random r) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            bytes = mutateOnce(bytes, r);
        }
        return bytes;
    }

    private static byte[] mutateOnce(byte[] bytes, Random r) {
        int at = bytes.length == 0 ? 0 : r.nextInt(bytes.length + 1);
        switch (r.nextInt(14)) {
            case 0: { // flip bits
                byte[] b = bytes.clone();
                for (int k = 1 + r.nextInt(4); k > 0 && b.length > 0; k--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 1: { // a random byte
                byte[] b = bytes.clone();
                if (b.length > 0) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 2:
                return lines(bytes, r, "delete");
            case 3:
                return lines(bytes, r, "duplicate");
            case 4:
                return lines(bytes, r, "swap");
            case 5: // truncate
                return Arrays.copyOf(bytes, at);
            case 6:
                return insert(bytes, at, String.valueOf(DELIMITERS[r.nextInt(DELIMITERS.length)])
                        .getBytes(StandardCharsets.UTF_8));
            case 7:
                return insert(bytes, at, r.nextBoolean() ? new byte[] {'"'} : new byte[] {'"', '"'});
            case 8:
                return insert(bytes, at, new byte[] {0});
            case 9: { // random unicode, surrogates and controls included
                StringBuilder s = new StringBuilder();
                for (int k = 1 + r.nextInt(6); k > 0; k--) {
                    s.append((char) r.nextInt(0x10000));
                }
                return insert(bytes, at, s.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 10: { // a huge field
                int size = r.nextInt(10) == 0 ? 200_000 : 1 + r.nextInt(5000);
                byte[] field = new byte[size];
                Arrays.fill(field, (byte) (r.nextBoolean() ? '7' : 'x'));
                return insert(bytes, at, field);
            }
            case 11: // line endings
                return new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", r.nextBoolean() ? "\r\n" : "\r")
                        .getBytes(StandardCharsets.ISO_8859_1);
            case 12: { // a BOM, or the whole file as UTF-16 / Windows-1252
                String s = new String(bytes, StandardCharsets.UTF_8);
                switch (r.nextInt(3)) {
                    case 0:
                        return insert(bytes, r.nextInt(4) == 0 ? at : 0, new byte[] {(byte) 0xEF, (byte) 0xBB,
                            (byte) 0xBF});
                    case 1:
                        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
                    default:
                        return s.getBytes(FileProbe.WINDOWS_1252);
                }
            }
            default: { // a cell replaced by a tricky value
                String[] values = {"", " ", "-", "0", "000", "-1", "99999999999", "1E999999999", "2019-02-30",
                    "9999-12-31", "0000-00-00", "31OCT2024", "I alt", "\"\"", "=SUM(A1)", "NaN", "1.2.3", "12,34,5",
                    "y_2153", "202153", "0101801234", "§", "\u00a0", "ÆØÅ"};
                String v = values[r.nextInt(values.length)];
                String s = new String(bytes, StandardCharsets.ISO_8859_1);
                int semi = s.indexOf(';', r.nextInt(Math.max(1, s.length())));
                if (semi < 0) {
                    return bytes;
                }
                int end = semi + 1;
                while (end < s.length() && s.charAt(end) != ';' && s.charAt(end) != '\n') {
                    end++;
                }
                byte[] head = Arrays.copyOf(bytes, semi + 1);
                byte[] tail = Arrays.copyOfRange(bytes, end, bytes.length);
                return concat(concat(head, v.getBytes(StandardCharsets.UTF_8)), tail);
            }
        }
    }

    private static byte[] lines(byte[] bytes, Random r, String how) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1)
                .split("\n", -1)));
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        switch (how) {
            case "delete":
                lines.remove(i);
                break;
            case "duplicate":
                lines.add(j, lines.get(i));
                break;
            default:
                String x = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, x);
                break;
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        byte[] out = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The workbook re-zipped with its first sheet's XML damaged where POI reads values: a number
     * that is none, a cell type that does not fit, a broken tag, a style or string index out of range.
     */
    static byte[] damageSheetXml(byte[] book, Random r) throws IOException {
        String[][] damages = {
            {"<v>45413.0</v>", "<v>abc</v>"},
            {"t=\"n\" s=\"0\"><v>3.0</v>", "t=\"b\" s=\"0\"><v>7</v>"},
            {"t=\"s\" s=\"0\"><v>11</v>", "t=\"s\" s=\"0\"><v>9999</v>"},
            {"t=\"s\" s=\"0\"><v>12</v>", "t=\"e\" s=\"0\"><v>#DIV/0!</v>"},
            {"s=\"1\"", "s=\"42\""},
            {"<v>44.0</v>", "<v>1e400</v>"},
            {"<v>45415.0</v>", "<v>-99999999</v>"},
            {"<v>45416.0</v>", "<v>9e99</v>"},
            {"t=\"n\" s=\"0\"><v>101.0</v>", "t=\"str\" s=\"0\"><v>101</v>"},
            {"<row r=\"3\">", "<row r=\"-3\">"},
            {"<row r=\"4\">", "<row r=\"1048577\">"},
            {"r=\"C2\"", "r=\"XFE2\""},
            {"<mergeCell ref=\"C2:C4\"/>", "<mergeCell ref=\"C4:C2\"/>"},
            {"<mergeCell ref=\"C2:C4\"/>", "<mergeCell ref=\"A1:K9\"/>"},
            {"</sheetData>", ""},
            {"<f>SUM(E2:I2)*4</f>", "<f>SUM(E2:I2)*4</f><f>1+</f>"},
            {"<f>50+1</f><v>52.0</v>", "<f>50+1</f>"},
        };
        String[] d = damages[r.nextInt(damages.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replace(d[0], d[1]).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
