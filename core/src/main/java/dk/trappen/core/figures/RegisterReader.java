package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Ydelse;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.store.WorkspaceSettings;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reads a workspace's register data into {@link RegisterData} with one query per table, inside one
 * read transaction so an import committing meanwhile is seen wholly or not at all.
 */
final class RegisterReader {

    private static final int ADULT_AGE = 18;

    private final ReferenceData reference;

    RegisterReader(ReferenceData reference) {
        this.reference = reference;
    }

    RegisterData read(Workspace ws, WorkspaceSettings settings, CancellationToken cancel) {
        try (Connection c = ws.connection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                RegisterData data = read(c, settings, cancel);
                c.commit();
                return data;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new FigureException(e, "figures.dbError", e.getMessage());
        }
    }

    private RegisterData read(Connection c, WorkspaceSettings settings, CancellationToken cancel) throws SQLException {
        // One scan gives both the latest date of the services data and the målgrupper present,
        // so the target-group rule is applied by WorkspaceSettings itself, not re-coded in SQL.
        LocalDate latest = null;
        List<String> targetCodes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT maalgruppe, MAX(start_date), MAX(end_date) FROM spell GROUP BY maalgruppe");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (settings.inTargetGroup(rs.getString(1))) {
                    targetCodes.add(rs.getString(1));
                }
                latest = later(later(latest, rs.getDate(2)), rs.getDate(3));
            }
        }
        cancel.check();
        Map<String, Integer> trinOf = new LinkedHashMap<>();
        for (Ydelse y : reference.ydelser()) {
            if (y.onStaircase()) {
                trinOf.put(y.code(), y.trin());
            }
        }
        IntColumns spells = targetCodes.isEmpty() || trinOf.isEmpty() ? new IntColumns(5, 0)
                : readSpells(c, targetCodes, trinOf, cancel);
        int maxPerson = spells.max(0);
        int[][] persons = readPersons(c, maxPerson);
        cancel.check();
        return new RegisterData(spells.size(), spells.column(0), spells.column(1), spells.column(2), spells.column(3),
                spells.column(4), persons[0], persons[1], latest, readAdults(c));
    }

    private static LocalDate later(LocalDate a, Date b) {
        if (b == null) {
            return a;
        }
        LocalDate d = b.toLocalDate();
        return a == null || d.isAfter(a) ? d : a;
    }

    private static IntColumns readSpells(Connection c, List<String> targetCodes, Map<String, Integer> trinOf,
            CancellationToken cancel) throws SQLException {
        // Dates come out as epoch days and the trin as a number, so no object is made per row.
        StringBuilder sql = new StringBuilder("SELECT person_id, handlekommune, CASE ydelse");
        for (Map.Entry<String, Integer> e : trinOf.entrySet()) {
            sql.append(" WHEN ? THEN ").append(e.getValue().intValue());
        }
        sql.append(" END, DATEDIFF(DAY, DATE '1970-01-01', start_date), ")
                .append("COALESCE(DATEDIFF(DAY, DATE '1970-01-01', end_date), ").append(RegisterData.NO_END)
                .append(") FROM spell WHERE ydelse IN (").append(placeholders(trinOf.size()))
                .append(") AND maalgruppe IN (").append(placeholders(targetCodes.size())).append(") AND person_id >= 0");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String code : trinOf.keySet()) {
                ps.setString(i++, code);
            }
            for (String code : trinOf.keySet()) {
                ps.setString(i++, code);
            }
            for (String code : targetCodes) {
                ps.setString(i++, code);
            }
            ps.setFetchSize(10_000);
            IntColumns out = new IntColumns(5, 1 << 16);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    out.add(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
                    if ((++n & 0xFFFF) == 0) {
                        cancel.check();
                    }
                }
            }
            return out;
        }
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** [0] first adult day per person id, [1] death day per person id. */
    private static int[][] readPersons(Connection c, int maxSpellPerson) throws SQLException {
        int size = maxSpellPerson + 1;
        int[] adultFrom = new int[size];
        int[] death = new int[size];
        Arrays.fill(adultFrom, RegisterData.ALWAYS_ADULT);
        Arrays.fill(death, RegisterData.NO_DEATH);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, birth_date FROM person WHERE birth_date IS NOT NULL AND id <= ?")) {
            ps.setInt(1, maxSpellPerson);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id >= 0) {
                        adultFrom[id] = (int) firstAdultDay(rs.getDate(2).toLocalDate());
                    }
                }
            }
        }
        // A person with two recorded death dates (a corrected re-import) died on the earlier one.
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, "
                + "MIN(DATEDIFF(DAY, DATE '1970-01-01', death_date)) FROM death WHERE person_id <= ? GROUP BY person_id")) {
            ps.setInt(1, maxSpellPerson);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id >= 0) {
                        death[id] = rs.getInt(2);
                    }
                }
            }
        }
        return new int[][] {adultFrom, death};
    }

    /**
     * The first day on which the person is 18. Someone born on 29 February turns 18 on 1 March in a
     * common year (as {@link java.time.Period} counts ages); cut dates never fall on either day.
     */
    static long firstAdultDay(LocalDate birth) {
        LocalDate d = birth.plusYears(ADULT_AGE);
        return (d.getDayOfMonth() != birth.getDayOfMonth() ? d.plusDays(1) : d).toEpochDay();
    }

    /**
     * Adults (age 18 or more) per kommune and reference date. A later import of the same kommune,
     * date and age band replaces an earlier one; a band across 18 counts pro rata; an open band
     * starting below 18 cannot be split and is left out.
     */
    private static Map<Integer, NavigableMap<Integer, Long>> readAdults(Connection c) throws SQLException {
        Map<List<Integer>, Integer> latestRow = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kommune, DATEDIFF(DAY, DATE '1970-01-01', ref_date), "
                + "age_from, age_to, inhabitants FROM population ORDER BY import_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int ageTo = rs.getInt(4);
                if (rs.wasNull()) {
                    ageTo = -1;
                }
                latestRow.put(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), ageTo), rs.getInt(5));
            }
        }
        Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
        for (Map.Entry<List<Integer>, Integer> e : latestRow.entrySet()) {
            int kommune = e.getKey().get(0);
            int day = e.getKey().get(1);
            int from = e.getKey().get(2);
            int to = e.getKey().get(3);
            double adults;
            if (from >= ADULT_AGE) {
                adults = e.getValue();
            } else if (to >= ADULT_AGE) {
                adults = e.getValue() * (double) (to - ADULT_AGE + 1) / (to - from + 1);
            } else {
                continue;
            }
            sums.computeIfAbsent(kommune, k -> new HashMap<>()).merge(day, adults, Double::sum);
        }
        Map<Integer, NavigableMap<Integer, Long>> out = new HashMap<>();
        sums.forEach((kommune, byDay) -> {
            NavigableMap<Integer, Long> m = new TreeMap<>();
            byDay.forEach((day, a) -> m.put(day, Math.round(a)));
            out.put(kommune, m);
        });
        return out;
    }

    /** Growable int columns, so a row costs no object. */
    static final class IntColumns {
        private int[][] cols;
        private int size;

        IntColumns(int columns, int capacity) {
            cols = new int[columns][Math.max(capacity, 16)];
        }

        /** Adds a row of five columns (the spell query's shape). */
        void add(int a, int b, int c, int d, int e) {
            if (size == cols[0].length) {
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = Arrays.copyOf(cols[i], size * 2);
                }
            }
            cols[0][size] = a;
            cols[1][size] = b;
            cols[2][size] = c;
            cols[3][size] = d;
            cols[4][size] = e;
            size++;
        }

        int size() {
            return size;
        }

        int[] column(int i) {
            return Arrays.copyOf(cols[i], size);
        }

        int max(int col) {
            int m = 0;
            for (int i = 0; i < size; i++) {
                m = Math.max(m, cols[col][i]);
            }
            return m;
        }
    }
}
