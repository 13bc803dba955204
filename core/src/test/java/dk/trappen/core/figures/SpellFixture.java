package dk.trappen.core.figures;

import dk.trappen.core.store.DreamStore;
import dk.trappen.core.store.LprStore;
import dk.trappen.core.store.SpellStore;
import dk.trappen.core.store.PersonStore;
import java.util.HashMap;
import dk.trappen.core.store.Workspace;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hand-built register rows for tests, written straight into a workspace's tables (as an import
 * would): {@code f.person("A").born(1980, 1, 1).spell("1.8.1", "1.2.2", 101, "2017-01-01", null)}.
 * Dates are ISO text; a null end is an ongoing spell.
 */
public final class SpellFixture {

    /** The ydelseskode of each trin (key-figures.md §2), for readable fixtures. */
    static final String[] YDELSE_OF_TRIN = {null, null, "1.18.1", "1.1", "1.4", "1.12.0.2", "1.8.2", "1.12.0.1", "1.8.1"};
    static final String TARGET = "1.2.2";

    record SpellRow(String person, int kommune, String ydelse, String maalgruppe, LocalDate start, LocalDate end) {
    }

    record PopulationRow(int kommune, LocalDate refDate, int ageFrom, Integer ageTo, int inhabitants) {
    }

    private final Map<String, LocalDate> persons = new LinkedHashMap<>();
    private final Map<String, LocalDate> deaths = new LinkedHashMap<>();
    private final List<SpellRow> spells = new ArrayList<>();
    private final List<PopulationRow> population = new ArrayList<>();
    private final List<Object[]> dream = new ArrayList<>();
    private final List<Object[]> measurements = new ArrayList<>();
    private final List<Object[]> contacts = new ArrayList<>();
    private final List<Object[]> accounts = new ArrayList<>();
    private final List<Object[]> importLog = new ArrayList<>();

    /** A person's DREAM year: {@code codes} gives "week=code" pairs ("1=651"); other weeks are empty. */
    SpellFixture dream(String person, int isoYear, String... codes) {
        person(person);
        String[] weeks = new String[53];
        java.util.Arrays.fill(weeks, "");
        for (String c : codes) {
            String[] wc = c.split("=");
            weeks[Integer.parseInt(wc[0]) - 1] = wc[1];
        }
        dream.add(new Object[] {person, isoYear, String.join(",", weeks)});
        return this;
    }

    /** A DREAM year with the same code in weeks {@code from}..{@code to}. */
    SpellFixture dreamWeeks(String person, int isoYear, int from, int to, String code) {
        String[] codes = new String[to - from + 1];
        for (int w = from; w <= to; w++) {
            codes[w - from] = w + "=" + code;
        }
        return dream(person, isoYear, codes);
    }

    /** A measurement of a register person ({@code person} not null) or of a local id only. */
    SpellFixture measurement(String person, String localId, int kommune, String date, Integer who5, Integer inspire,
            String indsats) {
        if (person != null) {
            person(person);
        }
        measurements.add(new Object[] {person, localId, kommune, LocalDate.parse(date), who5, inspire, indsats});
        return this;
    }

    /** An LPR contact; timestamps as ISO text ("2020-03-01T08:00"). */
    SpellFixture contact(String person, String start, String end, boolean psychiatric) {
        person(person);
        contacts.add(new Object[] {person, java.time.LocalDateTime.parse(start), java.time.LocalDateTime.parse(end), psychiatric});
        return this;
    }

    SpellFixture account(int kommune, int year, String function, String grouping, int dranst, String art, double amount) {
        accounts.add(new Object[] {kommune, year, function, grouping, dranst, art, amount});
        return this;
    }

    /** An import_log entry of a type with its covered period (for "source present" and coverage). */
    SpellFixture imported(String fileType, String from, String to) {
        importLog.add(new Object[] {fileType, LocalDate.parse(from), LocalDate.parse(to)});
        return this;
    }

    public Person person(String name) {
        persons.putIfAbsent(name, null);
        return new Person(name);
    }

    /**
     * Makes the series run to the cut date on or before {@code date}: a spell of a service off the
     * staircase (§97 ledsagerordning) starting then, which places nobody on the staircase.
     */
    public SpellFixture coverUntil(String date) {
        person("ZZ-dækning").spell("1.13.4", TARGET, 101, date, null);
        return this;
    }

    public SpellFixture population(int kommune, String refDate, int ageFrom, Integer ageTo, int inhabitants) {
        population.add(new PopulationRow(kommune, LocalDate.parse(refDate), ageFrom, ageTo, inhabitants));
        return this;
    }

    List<SpellRow> spells() {
        return Collections.unmodifiableList(spells);
    }

    Map<String, LocalDate> births() {
        return Collections.unmodifiableMap(persons);
    }

    Map<String, LocalDate> deaths() {
        return Collections.unmodifiableMap(deaths);
    }

    /** Writes every row as import 1 and bumps the data version. */
    public void writeTo(Workspace ws) {
        writeTo(ws, 1, null);
    }

    /** Writes every row as import {@code importId}, in shuffled order when {@code shuffle} is given. */
    void writeTo(Workspace ws, long importId, Random shuffle) {
        writeTo(ws, importId, shuffle, SpellStore.BLOCK_ROWS);
    }

    /** As above, the spells in blocks of {@code blockRows} (small blocks make a small workspace read in parts). */
    void writeTo(Workspace ws, long importId, Random shuffle, int blockRows) {
        try (Connection c = ws.connection()) {
            c.setAutoCommit(false);
            Map<String, Integer> ids = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(persons.keySet());
            if (shuffle != null) {
                Collections.shuffle(names, shuffle);
            }
            // Persons by pseudonym: one already stored keeps its id (and learns a birth date it lacked).
            PersonStore.Persons stored = PersonStore.read(c);
            Map<String, Integer> known = new HashMap<>();
            for (int id = 1; id <= stored.maxId(); id++) {
                if (stored.pseudonyms()[id] != null) {
                    known.put(stored.pseudonyms()[id], id);
                }
            }
            List<PersonStore.NewPerson> added = new ArrayList<>();
            Map<Integer, LocalDate> learnt = new HashMap<>();
            for (String name : names) {
                LocalDate birth = persons.get(name);
                Integer id = known.get(name);
                if (id == null) {
                    id = stored.maxId() + 1 + added.size();
                    added.add(new PersonStore.NewPerson(id, name,
                            birth == null ? PersonStore.NO_BIRTH : (int) birth.toEpochDay()));
                } else if (birth != null) {
                    learnt.put(id, birth);
                }
                ids.put(name, id);
            }
            PersonStore.append(c, added);
            PersonStore.learnBirths(c, learnt);
            List<SpellRow> rows = new ArrayList<>(spells);
            if (shuffle != null) {
                Collections.shuffle(rows, shuffle);
            }
            List<SpellStore.Spell> out = new ArrayList<>();
            int hash = 0;
            for (SpellRow s : rows) {
                out.add(new SpellStore.Spell(importId, ids.get(s.person()), s.kommune(), s.kommune(), null,
                        s.ydelse(), null, s.maalgruppe(), s.start(), s.end(), hash++));
            }
            SpellStore.append(c, out, blockRows);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO death (import_id, person_id, death_date, row_hash) VALUES (?, ?, ?, 0)")) {
                for (Map.Entry<String, LocalDate> d : deaths.entrySet()) {
                    ps.setLong(1, importId);
                    ps.setInt(2, ids.get(d.getKey()));
                    ps.setDate(3, Date.valueOf(d.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO population (import_id, kommune, ref_date, "
                    + "age_from, age_to, inhabitants, row_hash) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
                for (PopulationRow p : population) {
                    ps.setLong(1, importId);
                    ps.setInt(2, p.kommune());
                    ps.setDate(3, Date.valueOf(p.refDate()));
                    ps.setInt(4, p.ageFrom());
                    if (p.ageTo() == null) {
                        ps.setNull(5, Types.SMALLINT);
                    } else {
                        ps.setInt(5, p.ageTo());
                    }
                    ps.setInt(6, p.inhabitants());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            writeSources(c, ids, importId);
            Workspace.bumpDataVersion(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeSources(Connection c, Map<String, Integer> ids, long importId) throws SQLException {
        // Each row holds a person-year's 53 comma-separated weeks: an entry covering all of them.
        DreamStore.Entries entries = new DreamStore.Entries();
        for (Object[] r : dream) {
            entries.add(ids.get((String) r[0]), (Integer) r[1], DreamStore.ALL_WEEKS,
                    Arrays.copyOf(((String) r[2]).split(",", -1), DreamStore.WEEKS));
        }
        DreamStore.append(c, importId, entries);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO measurement (import_id, person_id, local_id, kommune, "
                + "measured_on, who5, inspire, indsats, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Object[] r : measurements) {
                ps.setLong(1, importId);
                if (r[0] == null) {
                    ps.setNull(2, Types.INTEGER);
                } else {
                    ps.setInt(2, ids.get((String) r[0]));
                }
                ps.setString(3, (String) r[1]);
                ps.setInt(4, (Integer) r[2]);
                ps.setDate(5, Date.valueOf((LocalDate) r[3]));
                ps.setObject(6, r[4], Types.SMALLINT);
                ps.setObject(7, r[5], Types.SMALLINT);
                ps.setString(8, (String) r[6]);
                ps.executeUpdate();
            }
        }
        List<LprStore.Contact> lpr = new ArrayList<>();
        for (Object[] r : contacts) {
            lpr.add(new LprStore.Contact(importId, ids.get((String) r[0]), (java.time.LocalDateTime) r[1],
                    (java.time.LocalDateTime) r[2], null, null, null, null, null, (Boolean) r[3], 0));
        }
        LprStore.append(c, lpr);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_line (import_id, kommune, account_year, "
                + "function_code, grouping_code, dranst, art, amount, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Object[] r : accounts) {
                ps.setLong(1, importId);
                ps.setInt(2, (Integer) r[0]);
                ps.setInt(3, (Integer) r[1]);
                ps.setString(4, (String) r[2]);
                ps.setString(5, (String) r[3]);
                ps.setInt(6, (Integer) r[4]);
                ps.setString(7, (String) r[5]);
                ps.setBigDecimal(8, java.math.BigDecimal.valueOf((Double) r[6]));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (file_name, file_type, size_bytes, sha256, "
                + "rows_read, rows_stored, rows_rejected, rows_duplicate, period_from, period_to, imported_by, imported_at) "
                + "VALUES ('fixture', ?, 0, ?, 0, 0, 0, 0, ?, ?, 'test', CURRENT_TIMESTAMP)")) {
            int n = 0;
            for (Object[] r : importLog) {
                ps.setString(1, (String) r[0]);
                ps.setString(2, String.format("%064d", n++));
                ps.setDate(3, Date.valueOf((LocalDate) r[1]));
                ps.setDate(4, Date.valueOf((LocalDate) r[2]));
                ps.executeUpdate();
            }
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    /** One person's rows. */
    public final class Person {
        private final String name;

        Person(String name) {
            this.name = name;
        }

        Person born(int year, int month, int day) {
            persons.put(name, LocalDate.of(year, month, day));
            return this;
        }

        Person died(String date) {
            deaths.put(name, LocalDate.parse(date));
            return this;
        }

        Person spell(String ydelse, String maalgruppe, int kommune, String start, String end) {
            spells.add(new SpellRow(name, kommune, ydelse, maalgruppe, LocalDate.parse(start),
                    end == null ? null : LocalDate.parse(end)));
            return this;
        }

        /** A target-group spell on the given trin (2–8). */
        public Person trin(int trin, int kommune, String start, String end) {
            return spell(YDELSE_OF_TRIN[trin], TARGET, kommune, start, end);
        }

        Person person(String next) {
            return SpellFixture.this.person(next);
        }
    }
}
