package dk.trappen.core.factsheet;

import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.CellStatus;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.reference.Udvikling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three to five plain-Danish sentences of "Kort fortalt", built only from cells after
 * discretion: a number is stated only when its cell is shown, a count below the threshold only as
 * "færre end 5", and a hidden cell ("x") not at all; comparisons and changes use two shown cells.
 */
final class Sentences {

    static final int MIN = 3;
    static final int MAX = 5;
    /** Differences to hele landet smaller than this (per cent) read as "på niveau med". */
    private static final double LEVEL_PERCENT = 2.5;
    private static final List<FigureId> STAIRCASE = List.of(FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4,
            FigureId.NT5, FigureId.NT6);
    private static final List<FigureId> MOVEMENTS = List.of(FigureId.NT7, FigureId.NT8, FigureId.NT10);

    private final FigureCatalogue catalogue;
    private final String kommune;
    private final LocalDate cut;
    private final DisplaySeries own;
    private final DisplaySeries land;
    private final boolean ownAdults;
    private final boolean landAdults;
    private final boolean rates;
    private final int threshold;

    /**
     * @param ownAdults  whether the kommune has population data at the cut date
     * @param landAdults whether every kommune of hele landet has
     */
    Sentences(FigureCatalogue catalogue, String kommune, LocalDate cut, DisplaySeries own, DisplaySeries land,
            boolean ownAdults, boolean landAdults) {
        this.catalogue = catalogue;
        this.kommune = kommune;
        this.cut = cut;
        this.own = own;
        this.land = land;
        this.ownAdults = ownAdults;
        this.landAdults = landAdults;
        this.rates = ownAdults && landAdults;
        this.threshold = own.discretion().threshold();
    }

    /** The sentences in order of importance, at least {@link #MIN} and at most {@link #MAX}. */
    List<String> build() {
        List<String> out = new ArrayList<>();
        out.add(total());
        landComparison().ifPresent(out::add);
        change().ifPresent(out::add);
        largestDifference().ifPresent(out::add);
        movements().ifPresent(out::add);
        employment().ifPresent(out::add);
        if (out.size() < MIN && threshold > 1) {
            out.add(Texts.get("sentence.discretion", Integer.toString(threshold)));
        }
        if (out.size() < MIN) {
            out.add(Texts.get("sentence.dash"));
        }
        return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
    }

    private String total() {
        Cell c = own.cell(cut, FigureId.STAIRCASE_TOTAL);
        String date = DanishFormat.date(cut);
        if (c.shown()) {
            return c.value().getAsDouble() == 0 ? Texts.get("sentence.total.none", date, kommune)
                    : Texts.get("sentence.total.shown", date, DanishFormat.number(c.value().getAsDouble(), 0), kommune);
        }
        if (c.status() == CellStatus.BELOW_THRESHOLD) {
            return Texts.get("sentence.total.few", date, Integer.toString(threshold), kommune);
        }
        return Texts.get("sentence.total.hidden", kommune, date);
    }

    /** Where the kommune lies against hele landet per 10,000 adults, or why it cannot be said. */
    private Optional<String> landComparison() {
        if (!ownAdults) {
            return Optional.of(Texts.get("sentence.land.noRates.kommune", kommune, DanishFormat.date(cut)));
        }
        if (!landAdults) {
            return Optional.of(Texts.get("sentence.land.noRates.land", kommune));
        }
        Cell k = own.per10000(cut, FigureId.STAIRCASE_TOTAL);
        Cell l = land.per10000(cut, FigureId.STAIRCASE_TOTAL);
        if (!k.shown() || !l.shown() || l.value().getAsDouble() == 0) {
            return Optional.empty();
        }
        double kv = k.value().getAsDouble();
        double lv = l.value().getAsDouble();
        double diff = 100 * (kv / lv - 1);
        String ks = DanishFormat.number(kv, 1);
        String ls = DanishFormat.number(lv, 1);
        if (Math.abs(diff) < LEVEL_PERCENT) {
            return Optional.of(Texts.get("sentence.land.level", ks, ls));
        }
        if (diff >= 100) {
            // "1.735,4 % flere" reads badly; past double the level a multiple says it plainly.
            return Optional.of(Texts.get("sentence.land.times", ks, ls, DanishFormat.number(kv / lv, 1)));
        }
        return Optional.of(Texts.get(diff > 0 ? "sentence.land.more" : "sentence.land.fewer", ks, ls,
                DanishFormat.number(Math.abs(diff), 1)));
    }

    /** The largest change in persons since the same cut date a year before, among NT1–NT6 shown at both. */
    private Optional<String> change() {
        LocalDate before = CutDates.yearBefore(cut);
        if (before.isBefore(CutDates.FIRST)) {
            return Optional.empty();
        }
        FigureId best = null;
        double bestChange = 0;
        boolean anyBoth = false;
        for (FigureId f : STAIRCASE) {
            Cell then = own.cell(before, f);
            Cell now = own.cell(cut, f);
            if (!then.shown() || !now.shown()) {
                continue;
            }
            anyBoth = true;
            double change = now.value().getAsDouble() - then.value().getAsDouble();
            if (Math.abs(change) > Math.abs(bestChange)) {
                best = f;
                bestChange = change;
            }
        }
        if (!anyBoth) {
            return Optional.empty();
        }
        String beforeText = DanishFormat.date(before);
        if (best == null) {
            return Optional.of(Texts.get("sentence.change.none", beforeText, DanishFormat.date(cut)));
        }
        double from = own.cell(before, best).value().getAsDouble();
        double to = own.cell(cut, best).value().getAsDouble();
        String tail = from > 0 ? Texts.get("sentence.change.percent", signed(100 * (to - from) / from)) : "";
        tail += wanted(best, bestChange);
        return Optional.of(Texts.get(bestChange > 0 ? "sentence.change.up" : "sentence.change.down", beforeText,
                lowerFirst(shortTitle(best)), best.id(), DanishFormat.number(from, 0),
                DanishFormat.number(to, 0), tail));
    }

    /** Names the catalogue's desired direction when the change went that way. */
    private String wanted(FigureId figure, double change) {
        Udvikling expected = catalogue.expected(figure);
        boolean matches = (expected == Udvikling.STIGENDE && change > 0) || (expected == Udvikling.FALDENDE && change < 0);
        return matches ? Texts.get("sentence.change.wanted", Texts.get("udvikling." + expected.name())) : "";
    }

    /** The NT1–NT6 figure furthest from hele landet per 10,000 adults (relatively), both shown. */
    private Optional<String> largestDifference() {
        if (!rates) {
            return Optional.empty();
        }
        FigureId best = null;
        double bestRatio = 0;
        for (FigureId f : STAIRCASE) {
            Cell k = own.per10000(cut, f);
            Cell l = land.per10000(cut, f);
            if (!k.shown() || !l.shown() || l.value().getAsDouble() == 0) {
                continue;
            }
            double ratio = Math.abs(k.value().getAsDouble() / l.value().getAsDouble() - 1);
            if (ratio * 100 >= LEVEL_PERCENT && ratio > bestRatio) {
                best = f;
                bestRatio = ratio;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(Texts.get("sentence.difference", lowerFirst(shortTitle(best)), best.id(),
                DanishFormat.number(own.per10000(cut, best).value().getAsDouble(), 1),
                DanishFormat.number(land.per10000(cut, best).value().getAsDouble(), 1)));
    }

    /** NT7, NT8 and NT10 of the last half-year; a hidden one ("x") is left out, not described. */
    private Optional<String> movements() {
        List<String> parts = new ArrayList<>();
        for (FigureId f : MOVEMENTS) {
            countPhrase(own.cell(cut, f)).ifPresent(n -> parts.add(Texts.get("movement." + f.id(), n)));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + Texts.get("sentence.movements.and")
                        + parts.get(parts.size() - 1);
        return Optional.of(Texts.get("sentence.movements", DanishFormat.date(cut), joined));
    }

    private Optional<String> employment() {
        Cell k = own.cell(cut, FigureId.NT12);
        if (!k.shown()) {
            return Optional.empty();
        }
        String ks = DanishFormat.number(k.value().getAsDouble(), 1);
        Cell l = land.cell(cut, FigureId.NT12);
        return Optional.of(l.shown()
                ? Texts.get("sentence.employment", ks, DanishFormat.number(l.value().getAsDouble(), 1))
                : Texts.get("sentence.employment.alone", ks));
    }

    /** A count as words may state it: the number, "ingen", "færre end 5"; empty for a hidden one. */
    private Optional<String> countPhrase(Cell c) {
        if (c.shown()) {
            double v = c.value().getAsDouble();
            return Optional.of(v == 0 ? Texts.get("count.none") : DanishFormat.number(v, 0));
        }
        if (c.status() == CellStatus.BELOW_THRESHOLD) {
            return Optional.of(Texts.get("count.few", Integer.toString(threshold)));
        }
        return Optional.empty();
    }

    private static String signed(double percent) {
        return (percent > 0 ? "+" : "") + DanishFormat.number(percent, 1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("da")) + s.substring(1);
    }

    /** A staircase figure's short title, from the catalogue. */
    private String shortTitle(FigureId figure) {
        return catalogue.shortTitle(figure);
    }
}
