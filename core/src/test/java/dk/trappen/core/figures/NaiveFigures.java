package dk.trappen.core.figures;

import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Ydelse;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An independent, deliberately naive reading of key-figures.md §1–§5 over a fixture's rows
 * (objects, streams, one person and date at a time), under any of the §3/§5 settings: the oracle
 * the engine is checked against.
 */
final class NaiveFigures {

    record Key(int kommune, LocalDate date, String figure) {
    }

    private record State(int trin, Integer kommune) {
    }

    private final Map<Key, Integer> counts = new HashMap<>();
    private final List<LocalDate> dates = new ArrayList<>();

    NaiveFigures(SpellFixture f, WorkspaceSettings settings, ReferenceData ref) {
        LocalDate latest = null;
        for (SpellFixture.SpellRow s : f.spells()) {
            for (LocalDate d : new LocalDate[] {s.start(), s.end()}) {
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        }
        if (latest == null) {
            return;
        }
        // §1: cut dates 30/6 and 31/12 from 2017-12-31 to the last on or before the latest date.
        LocalDate last = null;
        for (LocalDate d = LocalDate.of(2017, 12, 31); !d.isAfter(latest);
                d = d.getMonthValue() == 12 ? LocalDate.of(d.getYear() + 1, 6, 30) : LocalDate.of(d.getYear(), 12, 31)) {
            last = d;
        }
        if (last == null) {
            return;
        }
        dates.add(LocalDate.of(2017, 6, 30));
        for (LocalDate d = LocalDate.of(2017, 12, 31); !d.isAfter(last);
                d = d.getMonthValue() == 12 ? LocalDate.of(d.getYear() + 1, 6, 30) : LocalDate.of(d.getYear(), 12, 31)) {
            dates.add(d);
        }
        Map<String, List<SpellFixture.SpellRow>> byPerson = f.spells().stream()
                .filter(s -> settings.inTargetGroup(s.maalgruppe()))
                .filter(s -> ref.ydelse(s.ydelse()).map(Ydelse::trin).orElse(0) >= 2)
                .collect(Collectors.groupingBy(SpellFixture.SpellRow::person));
        StaircaseRules rules = settings.staircaseRules();
        boolean earliest = rules.tie() == StaircaseRules.HandlekommuneTie.EARLIEST_START;
        for (Map.Entry<String, List<SpellFixture.SpellRow>> e : byPerson.entrySet()) {
            LocalDate birth = f.births().get(e.getKey());
            LocalDate death = f.deaths().get(e.getKey());
            List<SpellFixture.SpellRow> spells = e.getValue();
            for (int i = 0; i < dates.size(); i++) {
                LocalDate d = dates.get(i);
                State now = state(spells, d, ref, earliest);
                if (now.trin() >= 2 && adult(birth, d)) {
                    inc(now.kommune(), d, stockFigure(now.trin()));
                }
                if (i == 0) {
                    continue;
                }
                LocalDate prevDate = dates.get(i - 1);
                State prev = state(spells, prevDate, ref, earliest);
                if (prev.trin() < 2 || !adult(birth, prevDate)) {
                    continue;
                }
                int k = prev.kommune();
                int from = prev.trin();
                if (rules.deaths() == StaircaseRules.DeathRule.SEPARATE_LINE && death != null && !death.isAfter(d)) {
                    inc(k, d, "M" + from + "_D");
                    inc(k, d, "DOED");
                    continue;
                }
                int to = now.trin();
                boolean anyInK = spells.stream().anyMatch(s -> active(s, d) && s.kommune() == k);
                if (to >= 2 && !anyInK) {
                    inc(k, d, "SKIFT");
                    if (rules.kommuneChange() == StaircaseRules.KommuneChangeRule.LEFT_OUT) {
                        inc(k, d, "M" + from + "_S");
                        continue;
                    }
                }
                inc(k, d, "M" + from + "_" + to);
                if ((from == 7 || from == 8) && to == 6) {
                    inc(k, d, "NT7.1");
                    inc(k, d, "NT7");
                }
                if ((from == 7 || from == 8) && to <= 5) {
                    inc(k, d, "NT7.2");
                    inc(k, d, "NT7");
                }
                if (from == 6 && to <= 5) {
                    inc(k, d, "NT7.3");
                    inc(k, d, "NT7");
                }
                if (from == 5 && to <= 4 && (to >= 2 || rules.nt8() == StaircaseRules.Nt8Scope.ANY_LOWER_TRIN)) {
                    inc(k, d, "NT8");
                }
                if (from == 2 && to == 1) {
                    inc(k, d, "NT9");
                }
                if (from == 2 && to >= 3) {
                    inc(k, d, "NT10");
                }
            }
        }
    }

    List<LocalDate> dates() {
        return dates;
    }

    int count(int kommune, LocalDate date, String figure) {
        return counts.getOrDefault(new Key(kommune, date, figure), 0);
    }

    private void inc(int kommune, LocalDate d, String figure) {
        counts.merge(new Key(kommune, d, figure), 1, Integer::sum);
    }

    private static String stockFigure(int trin) {
        switch (trin) {
            case 8: return "NT1";
            case 7: return "NT2";
            case 6: return "NT3";
            case 5: return "NT4";
            case 4:
            case 3: return "NT5";
            default: return "NT6";
        }
    }

    private static boolean active(SpellFixture.SpellRow s, LocalDate d) {
        return !s.start().isAfter(d) && (s.end() == null || !s.end().isBefore(d));
    }

    private static boolean adult(LocalDate birth, LocalDate d) {
        return birth == null || Period.between(birth, d).getYears() >= 18;
    }

    private static State state(List<SpellFixture.SpellRow> spells, LocalDate d, ReferenceData ref, boolean earliest) {
        Comparator<SpellFixture.SpellRow> byStart = Comparator.comparing(SpellFixture.SpellRow::start);
        Optional<SpellFixture.SpellRow> decider = spells.stream().filter(s -> active(s, d))
                .max(Comparator.<SpellFixture.SpellRow>comparingInt(s -> ref.ydelse(s.ydelse()).orElseThrow().trin())
                        .thenComparing(earliest ? byStart.reversed() : byStart)
                        .thenComparing(Comparator.comparingInt(SpellFixture.SpellRow::kommune).reversed()));
        return decider.map(s -> new State(ref.ydelse(s.ydelse()).orElseThrow().trin(), s.kommune()))
                .orElse(new State(1, null));
    }
}
