package dk.trappen.core.export;

import dk.trappen.core.figures.Source;
import dk.trappen.core.importing.ImportType;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.Maalgruppe;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.figures.WorkspaceSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;

/**
 * Forside: what the workbook shows (kommune, region, sundhedsklynge, comparison group and its
 * members, cut date), what it rests on (coverage and dates of every import), the discretion rule
 * in force, the program version, and the sheets with links.
 */
final class CoverSheet {

    /** Columns: labels, then the import tables' columns; values of the fact rows span B–G. */
    private static final int[] WIDTHS = {36, 22, 13, 13, 14, 14, 18};
    private static final int LAST = WIDTHS.length - 1;

    private final ExportData data;
    private final SheetWriter w;
    private final Texts t;

    CoverSheet(ExportData data, SheetWriter w) {
        this.data = data;
        this.w = w;
        this.t = w.texts();
    }

    /** @param sheets the workbook's sheets after this one, with a line on each */
    void write(Map<String, String> sheets) {
        Styles s = w.styles();
        w.widths(WIDTHS);
        w.title(t.get("cover.title"));
        String who = data.kommune().map(k -> k.name() + " (" + k.codeText() + ")").orElse(t.get("cover.allKommuner"));
        w.wide(t.get("cover.subtitle", who, Texts.date(data.cutDate())), s.subtitle, 0, LAST);
        w.skip(1);

        data.kommune().ifPresent(this::kommune);
        Row cut = w.row();
        w.text(cut, 0, t.get("cover.cutDate"), s.factLabel);
        w.date(cut, 1, data.cutDate());
        List<LocalDate> dates = data.dates();
        fact(t.get("cover.series"), t.get("cover.seriesValue", Texts.date(dates.get(0)), Texts.date(data.cutDate())));
        List<LocalDate> all = data.result().cutDates();
        Row latest = w.row();
        w.text(latest, 0, t.get("cover.latest"), s.factLabel);
        w.date(latest, 1, all.get(all.size() - 1));
        fact(t.get("cover.targetGroups"), targetGroups(data.settings(), data.reference()));
        fact(t.get("cover.discretion"), discretionRule());
        fact(t.get("cover.version"), "Trappen " + data.version());
        Row created = w.row();
        w.text(created, 0, t.get("cover.created"), s.factLabel);
        w.dateTime(created, 1, data.created(), s.dateTime);
        if (data.allKommuner()) {
            fact(t.get("cover.layout"), t.get("cover.layoutAll"));
        }

        w.skip(1);
        w.text(w.row(), 0, t.get("cover.coverage"), s.heading);
        coverage();
        List<String> absent = absences();
        if (!absent.isEmpty()) {
            w.skip(1);
            w.text(w.row(), 0, t.get("cover.absent"), s.heading);
            absent.forEach(a -> w.wide(a, s.textWrap, 0, LAST));
        }
        w.skip(1);
        w.text(w.row(), 0, t.get("cover.aboutNumbers"), s.heading);
        w.wide(t.get("cover.aboutNumbersText"), s.textWrap, 0, LAST);
        w.skip(1);
        w.text(w.row(), 0, t.get("cover.contents"), s.heading);
        sheets.forEach((name, about) -> {
            Row r = w.row(w.lines(about, 1, LAST));
            w.link(r, 0, name, name);
            w.text(r, 1, about, s.textWrap);
            w.merge(r.getRowNum(), 1, LAST);
        });
        w.skip(1);
        w.text(w.row(), 0, t.get("cover.imports"), s.heading);
        imports();
        w.print(false, LAST, -1, -1, t.get("cover.title"));
    }

    private void kommune(Kommune k) {
        ReferenceData ref = data.reference();
        fact(t.get("cover.kommune"), k.name() + " (" + k.codeText() + ")");
        fact(t.get("cover.region"), ref.region(k.regionCode()).map(r -> r.name()).orElse(""));
        fact(t.get("cover.klynge"), String.join(t.get("cover.and"), ref.klyngerOf(k.code())));
        fact(t.get("cover.kommunegruppe"), ref.kommunegruppe(k.kommunegruppeCode()).map(g -> g.name()).orElse(""));
        data.group().ifPresent(g -> {
            fact(t.get("cover.group"), g.name());
            fact(t.get("cover.groupMembers", g.kommuner().size()), g.kommuner().stream()
                    .map(code -> ref.kommune(code).map(m -> m.name() + " (" + m.codeText() + ")").orElse(Integer.toString(code)))
                    .collect(Collectors.joining(", ")));
        });
    }

    /** A label and a text spanning the value columns, as tall as the text needs. */
    private void fact(String label, String value) {
        Styles s = w.styles();
        Row r = w.row(Math.max(w.lines(value, 1, LAST), SheetWriter.lines(label, WIDTHS[0])));
        w.text(r, 0, label, s.factLabel);
        w.text(r, 1, value, s.textWrap);
        w.merge(r.getRowNum(), 1, LAST);
    }

    private static String targetGroups(WorkspaceSettings settings, ReferenceData ref) {
        return settings.targetGroups().stream()
                .map(code -> code.equals(WorkspaceSettings.ALL_TARGET_GROUPS) ? "*"
                        : code + ref.maalgruppe(code).map(Maalgruppe::text).map(x -> " " + x).orElse(""))
                .collect(Collectors.joining(", "));
    }

    private String discretionRule() {
        int threshold = data.discretion().threshold();
        return threshold <= 1 ? t.get("cover.discretionNone", threshold)
                : t.get("cover.discretionRule", threshold, threshold - 1);
    }

    /** Per import type: the period covered by its files, how many, and when last imported. */
    private void coverage() {
        Styles s = w.styles();
        Row h = w.row();
        String[] heads = {t.get("cover.coverage.type"), t.get("cover.coverage.from"), t.get("cover.coverage.to"),
            t.get("cover.coverage.files"), t.get("cover.coverage.imported")};
        int[] cols = {0, 2, 3, 4, 5};
        for (int i = 0; i < heads.length; i++) {
            w.text(h, cols[i], heads[i], i == 0 ? s.headerLeft : s.header);
        }
        w.text(h, 1, "", s.header);
        w.text(h, 6, "", s.header);
        w.merge(h.getRowNum(), 0, 1);
        w.merge(h.getRowNum(), 5, 6);
        for (ImportType type : ImportType.values()) {
            List<ImportLogEntry> of = data.imports().stream().filter(e -> e.fileType().equals(type.id()))
                    .collect(Collectors.toList());
            Row r = w.row();
            w.text(r, 0, t.get("source." + type.id()), s.text);
            w.merge(r.getRowNum(), 0, 1);
            if (of.isEmpty()) {
                w.text(r, 2, t.get("cover.coverage.none"), s.text);
                continue;
            }
            of.stream().map(ImportLogEntry::periodFrom).filter(d -> d != null).min(LocalDate::compareTo)
                    .ifPresent(d -> w.date(r, 2, d, s.dateInTable));
            of.stream().map(ImportLogEntry::periodTo).filter(d -> d != null).max(LocalDate::compareTo)
                    .ifPresent(d -> w.date(r, 3, d, s.dateInTable));
            w.number(r, 4, of.size(), s.integer);
            Instant last = of.stream().map(ImportLogEntry::importedAt).max(Instant::compareTo).orElseThrow();
            w.dateTime(r, 5, local(last), s.dateTimeInTable);
            w.merge(r.getRowNum(), 5, 6);
        }
    }

    /** Every import, oldest first. */
    private void imports() {
        Styles s = w.styles();
        Row h = w.row(2);
        String[] heads = {t.get("cover.import.file"), t.get("cover.import.type"), t.get("cover.coverage.from"),
            t.get("cover.coverage.to"), t.get("cover.import.stored"), t.get("cover.import.rejected"),
            t.get("cover.import.at")};
        for (int i = 0; i < heads.length; i++) {
            w.text(h, i, heads[i], i < 2 ? s.headerLeft : s.header);
        }
        if (data.imports().isEmpty()) {
            w.text(w.row(), 0, t.get("cover.import.none"), s.text);
        }
        for (ImportLogEntry e : data.imports()) {
            Row r = w.row(SheetWriter.lines(e.fileName(), WIDTHS[0]));
            w.text(r, 0, e.fileName(), s.textWrap);
            w.text(r, 1, e.fileType(), s.text);
            if (e.periodFrom() != null) {
                w.date(r, 2, e.periodFrom(), s.dateInTable);
            }
            if (e.periodTo() != null) {
                w.date(r, 3, e.periodTo(), s.dateInTable);
            }
            w.number(r, 4, e.rowsStored(), s.integer);
            w.number(r, 5, e.rowsRejected(), s.integer);
            w.dateTime(r, 6, local(e.importedAt()), s.dateTimeInTable);
        }
    }

    /** The reasons figures from NT11 on are left out at the cut date, one line per source. */
    private List<String> absences() {
        Set<String> out = new LinkedHashSet<>();
        for (Source source : Source.values()) {
            LocalDate at = source == Source.REGNSKAB ? data.latestYearEnd().orElse(data.cutDate()) : data.cutDate();
            data.result().absentReason(source, at).ifPresent(key -> out.add(
                    t.get("cover.absentLine", t.get("source.figures." + source.name()), Texts.date(at), t.core(key))));
        }
        return new ArrayList<>(out);
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
    }
}
