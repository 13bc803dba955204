package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.CoverageStore;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.Workspace;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * NT11–NT20 (key-figures.md §6–§9) for every kommune and cut date: finds which sources the
 * workspace has and what period they cover, then lets each source's computation add its sums.
 * Runs after the staircase sweep, whose {@link Placement} says who is counted in NT1–NT6.
 */
final class ExtraFigures {

    private ExtraFigures() {
    }

    /** What a workspace has of a source: any rows or imports, and the imports' period (nulls if unknown). */
    record Presence(boolean present, LocalDate from, LocalDate to) {

        /** Whether the imports cover [from, to]; true when they recorded no period (rows written directly). */
        boolean covers(LocalDate periodFrom, LocalDate periodTo) {
            return (from == null || !from.isAfter(periodFrom)) && (to == null || !to.isBefore(periodTo));
        }
    }

    static ExtraSums compute(Workspace ws, ReferenceData reference, WorkspaceSettings settings, List<LocalDate> dates,
            int[] codes, Placement placed, CancellationToken cancel) {
        // DREAM, the largest read, runs on a second core (own connection, own sums) while this
        // thread reads the other sources; the sums are then added together.
        CompletableFuture<ExtraSums> dream = CompletableFuture.supplyAsync(() -> compute(ws, reference, settings, dates,
                codes, placed, cancel, EnumSet.of(Source.DREAM)), runnable -> {
                    Thread t = new Thread(runnable, "trappen-figures-dream");
                    t.setDaemon(true);
                    t.start();
                });
        ExtraSums sums = compute(ws, reference, settings, dates, codes, placed, cancel, EnumSet.complementOf(EnumSet.of(Source.DREAM)));
        try {
            sums.addSource(dream.join(), Source.DREAM);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        return sums;
    }

    private static ExtraSums compute(Workspace ws, ReferenceData reference, WorkspaceSettings settings, List<LocalDate> dates,
            int[] codes, Placement placed, CancellationToken cancel, Set<Source> sources) {
        ExtraSums sums = new ExtraSums(codes.length, dates.size());
        try (Session s = ws.read()) {
            for (Source source : sources) {
                cancel.check();
                Presence p = presence(s, source);
                if (!p.present()) {
                    for (int d = 0; d < dates.size(); d++) {
                        sums.absent(source, d, source.missingKey());
                    }
                    continue;
                }
                switch (source) {
                    case DREAM:
                        DreamFigures.compute(s, reference, settings.nt121Variant(), dates, placed, p, sums, cancel);
                        break;
                    case MAALINGER:
                        MeasurementFigures.compute(s, settings.wellbeingMeasurement(), dates, codes, placed, sums, cancel);
                        break;
                    case LPR:
                        ReadmissionFigures.compute(s, dates, placed, p, sums, cancel);
                        break;
                    default:
                        AccountFigures.compute(s, reference, dates, codes, sums);
                }
            }
        }
        return sums;
    }

    static Presence presence(Session s, Source source) {
        CoverageStore.Coverage c = CoverageStore.of(s, source.register());
        return new Presence(c.present(), c.from(), c.to());
    }
}
