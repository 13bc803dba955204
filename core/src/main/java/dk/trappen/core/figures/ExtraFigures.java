package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.store.WorkspaceSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
        try (Connection c = ws.connection()) {
            streamResults(c);
            for (Source s : sources) {
                cancel.check();
                Presence p = presence(c, s);
                if (!p.present()) {
                    for (int d = 0; d < dates.size(); d++) {
                        sums.absent(s, d, s.missingKey());
                    }
                    continue;
                }
                switch (s) {
                    case DREAM:
                        DreamFigures.compute(c, reference, settings.nt121Variant(), dates, placed, p, sums, cancel);
                        break;
                    case MAALINGER:
                        MeasurementFigures.compute(c, settings.wellbeingMeasurement(), dates, codes, placed, sums, cancel);
                        break;
                    case LPR:
                        ReadmissionFigures.compute(c, dates, placed, p, sums, cancel);
                        break;
                    default:
                        AccountFigures.compute(c, reference, dates, codes, sums);
                }
            }
        } catch (SQLException e) {
            throw new FigureException(e, "figures.dbError", e.getMessage());
        }
        return sums;
    }

    /**
     * Rows stream from the table instead of H2 first building the whole result (which it writes to
     * a temporary file past its in-memory row limit): the reads here are single full scans of
     * hundreds of thousands of rows. Profiled at national scale this halved the DREAM read.
     */
    static void streamResults(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
    }

    static Presence presence(Connection c, Source s) throws SQLException {
        boolean rows;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM " + s.table() + " LIMIT 1")) {
            rows = rs.next();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), MIN(period_from), MAX(period_to) FROM import_log WHERE file_type = ?")) {
            ps.setString(1, s.importType());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean imported = rs.getLong(1) > 0;
                return new Presence(rows || imported, rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class));
            }
        }
    }
}
