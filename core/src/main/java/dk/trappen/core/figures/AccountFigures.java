package dk.trappen.core.figures;

import dk.trappen.core.reference.KontoplanLinje;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.AccountStore;
import dk.trappen.core.store.Session;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NT19 and NT20.1–NT20.6 (key-figures.md §9) from the kommunale regnskaber: net operating amounts
 * (dranst 1, hovedart 1–9) of the account lines the kontoplan mapping assigns to a trin in that
 * year, at 31 December of the account year. Amounts pool by summing, so a group's shares are its
 * summed amounts' shares.
 */
final class AccountFigures {

    /** NT20.1 … NT20.6 by trin: §108, botilbudslignende, §107, §85, §103 + §104, forebyggende. */
    private static final FigureId[] SHARE_OF_TRIN = {null, null, FigureId.NT20_6, FigureId.NT20_5, FigureId.NT20_5,
        FigureId.NT20_4, FigureId.NT20_3, FigureId.NT20_2, FigureId.NT20_1};

    private AccountFigures() {
    }

    static void compute(Session s, ReferenceData reference, List<LocalDate> dates, int[] codes, ExtraSums sums) {
        // amounts[kommune index][year] -> kroner per trin 2–8
        Map<Integer, double[]> amounts = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (AccountStore.LineSum line : AccountStore.lineSums(s)) {
            int year = line.year();
            years.add(year);
            String art = line.art();
            // §9: net operating amounts only: driftsart 1 and hovedart 1–9 (art 0 is balance).
            if (line.dranst() != 1 || art.isEmpty() || art.charAt(0) < '1' || art.charAt(0) > '9') {
                continue;
            }
            int trin = trin(reference, line.function(), line.grouping(), year);
            int k = Arrays.binarySearch(codes, line.kommune());
            if (trin < 2 || trin > 8 || k < 0) {
                continue;
            }
            amounts.computeIfAbsent(k * 10_000 + year, x -> new double[9])[trin] += line.amount().doubleValue();
        }
        for (int d = 1; d < dates.size(); d++) {
            LocalDate cut = dates.get(d);
            if (cut.getMonth() != Month.DECEMBER) {
                continue; // yearly figures: not defined at 30 June, and no reason to give
            }
            if (!years.contains(cut.getYear())) {
                sums.absent(Source.REGNSKAB, d, Source.REGNSKAB.notCoveredKey());
                continue;
            }
            sums.define(Source.REGNSKAB, d);
            for (int k = 0; k < codes.length; k++) {
                double[] byTrin = amounts.get(k * 10_000 + cut.getYear());
                if (byTrin == null) {
                    continue;
                }
                double above = 0;
                for (int t = 3; t <= 8; t++) {
                    above += byTrin[t];
                }
                double total = above + byTrin[2];
                sums.add(k, d, FigureId.NT19, byTrin[2], above);
                double[] share = new double[FigureId.EXTRA_COUNT];
                for (int t = 2; t <= 8; t++) {
                    share[SHARE_OF_TRIN[t].extra()] += byTrin[t];
                }
                for (FigureId f : List.of(FigureId.NT20_1, FigureId.NT20_2, FigureId.NT20_3, FigureId.NT20_4,
                        FigureId.NT20_5, FigureId.NT20_6)) {
                    sums.add(k, d, f, share[f.extra()], total);
                }
            }
        }
    }

    /** The trin the kontoplan maps a funktion and gruppering to in a year; 0 if none. */
    private static int trin(ReferenceData reference, String function, String grouping, int year) {
        for (KontoplanLinje l : reference.kontoplan()) {
            if (l.function().equals(function) && l.grouping().equals(grouping) && l.appliesTo(year)) {
                return l.trin();
            }
        }
        return 0;
    }
}
