package dk.trappen.core.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the reference tables of {@code resources/} and checks them against each other. The
 * tables come from a folder (so a user can correct them) or, when none is given, from the copy
 * packed into the program.
 */
public final class ReferenceLoader {

    /** Where the packed copy lives on the class path. */
    static final String CLASSPATH_FOLDER = "/dk/trappen/reference/";

    public static final List<String> FILES = List.of("regioner.csv", "kommunegrupper.csv", "kommuner.csv",
            "sundhedsklynger.csv", "trin.csv", "ydelser.csv", "maalgrupper.csv", "kontoplan.csv",
            "diagnosegrupper.csv", "dream_koder.csv", "noegletal.csv", "ekstra_figurer.csv", "kommuner_foer_2007.csv");

    /** The figures Trappen adds to the catalogue; pattern rows ({@code M{fra}_{til}}) stand for a row per trin. */
    static final String EXTRA_FIGURES = "ekstra_figurer.csv";

    private static final Pattern SERVICE_CODE = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern FUNCTION = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}");
    private static final Pattern GROUPING = Pattern.compile("\\d{3}");
    private static final Pattern KEY_FIGURE_ID = Pattern.compile("NT\\d{1,2}(\\.\\d)?");
    private static final Pattern ICD10 = Pattern.compile("D[A-Z]\\d{0,4}");
    /** The placeholders of a pattern row of {@code ekstra_figurer.csv}: a trin on the staircase, any trin. */
    private static final String FROM = "{fra}";
    private static final String TO = "{til}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Set<String> KONTOPLAN_GROUPS = Set.of("SEL108", "BOTILBUDSLIGNENDE", "SEL107", "SEL85",
            "SEL103", "SEL104", "FOREBYGGENDE");

    private final Source source;

    private ReferenceLoader(Source source) {
        this.source = source;
    }

    /** The tables in a folder, e.g. the repository's {@code resources/}. */
    public static ReferenceData fromDirectory(Path dir) {
        return new ReferenceLoader(name -> {
            try {
                return Files.newInputStream(dir.resolve(name));
            } catch (NoSuchFileException e) {
                throw new ReferenceException("reference.missingFile", dir.resolve(name));
            }
        }).load();
    }

    /** The copy packed into the program. */
    public static ReferenceData fromClasspath() {
        return new ReferenceLoader(name -> {
            InputStream in = ReferenceLoader.class.getResourceAsStream(CLASSPATH_FOLDER + name);
            if (in == null) {
                throw new ReferenceException("reference.missingFile", name);
            }
            return in;
        }).load();
    }

    /** The folder when one is given and exists, else the packed copy. */
    public static ReferenceData load(Path dirOrNull) {
        return dirOrNull != null && Files.isDirectory(dirOrNull) ? fromDirectory(dirOrNull) : fromClasspath();
    }

    @FunctionalInterface
    private interface Source {
        InputStream open(String name) throws IOException;
    }

    private ReferenceTable table(String file, String... columns) {
        try (InputStream in = source.open(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return ReferenceTable.read(file, skipBom(reader), List.of(columns));
        } catch (CharacterCodingException e) {
            throw new ReferenceException(e, "reference.notUtf8", file);
        } catch (IOException e) {
            throw new ReferenceException(e, "reference.unreadable", file, e.getMessage());
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private ReferenceData load() {
        List<Region> regions = new ArrayList<>();
        Keys<Integer> regionKeys = new Keys<>("regioner.csv");
        for (ReferenceTable.Row r : table("regioner.csv", "regionskode", "regionsnavn").rows()) {
            int code = r.integer("regionskode");
            if (code < 1081 || code > 1085) {
                throw r.problem("regionskode", String.valueOf(code), "reference.rule.regionCode");
            }
            regionKeys.add(r, "regionskode", code);
            regions.add(new Region(code, r.text("regionsnavn")));
        }

        List<Kommunegruppe> grupper = new ArrayList<>();
        Keys<Integer> gruppeKeys = new Keys<>("kommunegrupper.csv");
        for (ReferenceTable.Row r : table("kommunegrupper.csv", "kode", "navn").rows()) {
            int code = r.integer("kode");
            gruppeKeys.add(r, "kode", code);
            grupper.add(new Kommunegruppe(code, r.text("navn")));
        }

        List<Kommune> kommuner = new ArrayList<>();
        Keys<Integer> kommuneKeys = new Keys<>("kommuner.csv");
        Map<Integer, String> kommuneNames = new HashMap<>();
        for (ReferenceTable.Row r : table("kommuner.csv", "kommunekode", "kommunenavn", "regionskode",
                "kommunegruppe_kode").rows()) {
            int code = r.integer("kommunekode");
            if (code < 101 || code > 999) {
                throw r.problem("kommunekode", r.text("kommunekode"), "reference.rule.kommuneCode");
            }
            kommuneKeys.add(r, "kommunekode", code);
            int region = r.integer("regionskode");
            regionKeys.require(r, "regionskode", region, "regioner.csv");
            int gruppe = r.integer("kommunegruppe_kode");
            gruppeKeys.require(r, "kommunegruppe_kode", gruppe, "kommunegrupper.csv");
            String name = r.text("kommunenavn");
            kommuneNames.put(code, name);
            kommuner.add(new Kommune(code, name, region, gruppe));
        }

        List<KlyngeMedlemskab> klynger = new ArrayList<>();
        Keys<String> memberships = new Keys<>("sundhedsklynger.csv");
        for (ReferenceTable.Row r : table("sundhedsklynger.csv", "kommunekode", "kommunenavn", "sundhedsklynge",
                "kilde").rows()) {
            int code = r.integer("kommunekode");
            kommuneKeys.require(r, "kommunekode", code, "kommuner.csv");
            String name = r.text("kommunenavn");
            if (!name.equals(kommuneNames.get(code))) {
                throw r.problem("kommunenavn", name, "reference.rule.nameMatches", kommuneNames.get(code));
            }
            String klynge = r.text("sundhedsklynge");
            memberships.add(r, "sundhedsklynge", code + "/" + klynge);
            klynger.add(new KlyngeMedlemskab(code, klynge, r.text("kilde")));
        }
        Set<Integer> withKlynge = new HashSet<>();
        klynger.forEach(m -> withKlynge.add(m.kommuneCode()));
        for (Kommune k : kommuner) {
            if (!withKlynge.contains(k.code())) {
                throw new ReferenceException("reference.kommuneWithoutKlynge", "sundhedsklynger.csv",
                        k.codeText(), k.name());
            }
        }

        List<Trin> trin = new ArrayList<>();
        Keys<Integer> trinKeys = new Keys<>("trin.csv");
        for (ReferenceTable.Row r : table("trin.csv", "trin", "navn", "lov", "noegletal").rows()) {
            int step = r.integer("trin");
            if (step < 1 || step > 8) {
                throw r.problem("trin", String.valueOf(step), "reference.rule.range", 1, 8);
            }
            trinKeys.add(r, "trin", step);
            trin.add(new Trin(step, r.text("navn"), r.optionalText("lov"), r.optionalText("noegletal")));
        }
        for (int step = 1; step <= 8; step++) {
            if (!trinKeys.contains(step)) {
                throw new ReferenceException("reference.missingTrin", "trin.csv", step);
            }
        }

        List<Ydelse> ydelser = new ArrayList<>();
        Keys<String> ydelseKeys = new Keys<>("ydelser.csv");
        for (ReferenceTable.Row r : table("ydelser.csv", "kode", "navn", "lov", "trin").rows()) {
            String code = r.text("kode");
            if (!SERVICE_CODE.matcher(code).matches()) {
                throw r.problem("kode", code, "reference.rule.serviceCode");
            }
            ydelseKeys.add(r, "kode", code);
            int step = r.optionalInteger("trin", 0);
            if (step != 0 && (step < 2 || step > 8)) {
                throw r.problem("trin", String.valueOf(step), "reference.rule.range", 2, 8);
            }
            ydelser.add(new Ydelse(code, r.text("navn"), r.optionalText("lov"), step));
        }

        List<Maalgruppe> maalgrupper = new ArrayList<>();
        Keys<String> maalKeys = new Keys<>("maalgrupper.csv");
        for (ReferenceTable.Row r : table("maalgrupper.csv", "kode", "tekst", "hovedgruppe").rows()) {
            String code = r.text("kode");
            if (!SERVICE_CODE.matcher(code).matches()) {
                throw r.problem("kode", code, "reference.rule.serviceCode");
            }
            maalKeys.add(r, "kode", code);
            maalgrupper.add(new Maalgruppe(code, r.text("tekst"), r.text("hovedgruppe")));
        }

        List<KontoplanLinje> kontoplan = new ArrayList<>();
        for (ReferenceTable.Row r : table("kontoplan.csv", "trin", "gruppe", "funktion", "gruppering", "fra_aar",
                "til_aar", "kilde").rows()) {
            int step = r.integer("trin");
            if (step < 2 || step > 8) {
                throw r.problem("trin", String.valueOf(step), "reference.rule.range", 2, 8);
            }
            String group = r.text("gruppe");
            if (!KONTOPLAN_GROUPS.contains(group)) {
                throw r.problem("gruppe", group, "reference.rule.oneOf", String.join(", ", KONTOPLAN_GROUPS));
            }
            String function = r.text("funktion");
            if (!FUNCTION.matcher(function).matches()) {
                throw r.problem("funktion", function, "reference.rule.function");
            }
            String grouping = r.text("gruppering");
            if (!GROUPING.matcher(grouping).matches()) {
                throw r.problem("gruppering", grouping, "reference.rule.grouping");
            }
            int from = r.integer("fra_aar");
            int to = r.optionalInteger("til_aar", KontoplanLinje.OPEN);
            if (to < from) {
                throw r.problem("til_aar", String.valueOf(to), "reference.rule.yearOrder");
            }
            kontoplan.add(new KontoplanLinje(step, group, function, grouping, from, to, r.text("kilde")));
        }

        List<Diagnosegruppe> diagnoser = new ArrayList<>();
        Keys<String> diagKeys = new Keys<>("diagnosegrupper.csv");
        for (ReferenceTable.Row r : table("diagnosegrupper.csv", "gruppe", "navn", "fra_kode", "til_kode").rows()) {
            String group = r.text("gruppe");
            diagKeys.add(r, "gruppe", group);
            String from = r.text("fra_kode");
            String to = r.text("til_kode");
            for (String[] c : new String[][] {{"fra_kode", from}, {"til_kode", to}}) {
                if (!ICD10.matcher(c[1]).matches()) {
                    throw r.problem(c[0], c[1], "reference.rule.icd10");
                }
            }
            diagnoser.add(new Diagnosegruppe(group, r.text("navn"), from, to));
        }

        List<DreamKode> dream = new ArrayList<>();
        Keys<String> dreamKeys = new Keys<>("dream_koder.csv");
        for (ReferenceTable.Row r : table("dream_koder.csv", "kode", "tekst", "kategori", "verificeret").rows()) {
            String code = r.text("kode");
            dreamKeys.add(r, "kode", code);
            String verified = r.text("verificeret");
            if (!verified.equals("ja") && !verified.equals("nej")) {
                throw r.problem("verificeret", verified, "reference.rule.oneOf", "ja, nej");
            }
            dream.add(new DreamKode(code, r.text("tekst"), r.oneOf("kategori", DreamKategori.class),
                    verified.equals("ja")));
        }

        List<Figure> catalogue = new ArrayList<>();
        Keys<String> figureKeys = new Keys<>("noegletal.csv");
        for (ReferenceTable.Row r : table("noegletal.csv", "id", "omraade", "titel_da", "titel_en", "kort_titel_da",
                "kort_titel_en", "enhed", "decimaler", "kilde", "frekvens", "definition", "forventet_udvikling").rows()) {
            String id = r.text("id");
            if (!KEY_FIGURE_ID.matcher(id).matches()) {
                throw r.problem("id", id, "reference.rule.keyFigureId");
            }
            figureKeys.add(r, "id", id);
            String frequency = r.text("frekvens");
            if (!frequency.equals("halvårlig") && !frequency.equals("årlig")) {
                throw r.problem("frekvens", frequency, "reference.rule.oneOf", "halvårlig, årlig");
            }
            Enhed unit = r.oneOf("enhed", Enhed.class);
            catalogue.add(new Figure(id, r.oneOf("omraade", Omraade.class), r.text("titel_da"), r.text("titel_en"),
                    r.text("kort_titel_da"), r.text("kort_titel_en"), unit, decimals(r, unit), r.text("kilde"), frequency,
                    r.text("definition"), r.oneOf("forventet_udvikling", Udvikling.class), false));
        }

        List<Figure> extras = new ArrayList<>();
        for (ReferenceTable.Row r : table(EXTRA_FIGURES, "id", "omraade", "titel_da", "titel_en", "kort_titel_da",
                "kort_titel_en", "enhed", "decimaler").rows()) {
            String pattern = r.text("id");
            Omraade area = r.oneOf("omraade", Omraade.class);
            Enhed unit = r.oneOf("enhed", Enhed.class);
            int decimals = decimals(r, unit);
            List<String> used = placeholders(r, "id", pattern);
            for (String column : List.of("titel_da", "titel_en", "kort_titel_da", "kort_titel_en")) {
                for (String p : placeholders(r, column, r.optionalText(column))) {
                    if (!used.contains(p)) {
                        throw r.problem(column, r.optionalText(column), "reference.rule.placeholderNotInId", p);
                    }
                }
            }
            for (int[] cell : matrixCells(trin, used)) {
                String id = fill(pattern, cell);
                if (catalogue.stream().anyMatch(f -> f.id().equals(id))) {
                    throw r.problem("id", id, "reference.rule.inCatalogue");
                }
                figureKeys.add(r, "id", id);
                extras.add(new Figure(id, area, fill(r.text("titel_da"), cell), fill(r.text("titel_en"), cell),
                        fill(r.optionalText("kort_titel_da"), cell), fill(r.optionalText("kort_titel_en"), cell), unit,
                        decimals, "", "", "", Udvikling.INGEN, true));
            }
        }

        List<TidligereKommune> former = new ArrayList<>();
        Keys<Integer> formerKeys = new Keys<>("kommuner_foer_2007.csv");
        for (ReferenceTable.Row r : table("kommuner_foer_2007.csv", "kommunekode", "kommunenavn", "indgaaet_i",
                "kilde").rows()) {
            int code = r.integer("kommunekode");
            formerKeys.add(r, "kommunekode", code);
            if (kommuneKeys.contains(code)) {
                throw r.problem("kommunekode", String.valueOf(code), "reference.rule.stillCurrent");
            }
            int now = r.integer("indgaaet_i");
            kommuneKeys.require(r, "indgaaet_i", now, "kommuner.csv");
            former.add(new TidligereKommune(code, r.text("kommunenavn"), now, r.text("kilde")));
        }

        return new ReferenceData(regions, grupper, kommuner, klynger, trin, ydelser, maalgrupper, kontoplan,
                diagnoser, dream, catalogue, extras, former);
    }

    /** The decimals a figure is shown with: 0–3, and none for a count. */
    private static int decimals(ReferenceTable.Row r, Enhed unit) {
        int decimals = r.integer("decimaler");
        if (decimals < 0 || decimals > 3) {
            throw r.problem("decimaler", String.valueOf(decimals), "reference.rule.range", 0, 3);
        }
        if (unit.isCount() && decimals != 0) {
            throw r.problem("decimaler", String.valueOf(decimals), "reference.rule.countDecimals");
        }
        return decimals;
    }

    /** The placeholders a cell uses, in order; only {fra} and {til} are known, and {til} needs {fra}. */
    private static List<String> placeholders(ReferenceTable.Row r, String column, String value) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            String p = m.group();
            if (!p.equals(FROM) && !p.equals(TO)) {
                throw r.problem(column, value, "reference.rule.placeholder", FROM + ", " + TO, TO, FROM);
            }
            out.add(p);
        }
        if (out.contains(TO) && !out.contains(FROM)) {
            throw r.problem(column, value, "reference.rule.placeholder", FROM + ", " + TO, TO, FROM);
        }
        return out;
    }

    /**
     * The (from, to) trin a pattern row stands for: one row without placeholders; {fra} over the trin
     * of the staircase (those with a key figure in trin.csv), {til} over every trin.
     */
    private static List<int[]> matrixCells(List<Trin> trin, List<String> used) {
        if (!used.contains(FROM)) {
            return List.of(new int[] {0, 0});
        }
        List<Integer> steps = new ArrayList<>();
        trin.forEach(t -> steps.add(t.trin()));
        steps.sort(null);
        List<int[]> out = new ArrayList<>();
        for (int from : steps) {
            if (trin.stream().noneMatch(t -> t.trin() == from && !t.keyFigure().isEmpty())) {
                continue;
            }
            if (!used.contains(TO)) {
                out.add(new int[] {from, 0});
                continue;
            }
            for (int to : steps) {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    private static String fill(String pattern, int[] cell) {
        return pattern.replace(FROM, String.valueOf(cell[0])).replace(TO, String.valueOf(cell[1]));
    }

    /** Unique keys of one table, and look-ups against them from other tables. */
    private static final class Keys<K> {
        private final String file;
        private final Set<K> seen = new HashSet<>();

        Keys(String file) {
            this.file = file;
        }

        void add(ReferenceTable.Row row, String column, K key) {
            if (!seen.add(key)) {
                throw row.problem(column, String.valueOf(key), "reference.rule.unique");
            }
        }

        boolean contains(K key) {
            return seen.contains(key);
        }

        void require(ReferenceTable.Row row, String column, K key, String otherFile) {
            if (!seen.contains(key)) {
                throw row.problem(column, String.valueOf(key), "reference.rule.knownIn", otherFile);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }
}
