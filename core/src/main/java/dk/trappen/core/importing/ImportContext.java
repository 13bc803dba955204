package dk.trappen.core.importing;

import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Session;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** What the type handlers of one import share: the transaction, look-ups, counters and period. */
final class ImportContext {

    final Session session;
    final ReferenceData reference;
    final ImportOptions options;
    final long importId;
    final PersonRegistry persons;
    final LocalDate today;

    long stored;
    long duplicates;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    /** Warning text → rows; sorted for a stable report. */
    final Map<String, Long> warnings = new TreeMap<>();
    /** Kommune cells already found valid (a file repeats the same few values). */
    private final Map<String, Integer> validKommuner = new java.util.HashMap<>();

    ImportContext(Session session, ReferenceData reference, ImportOptions options, long importId,
            PersonRegistry persons, LocalDate today) {
        this.session = session;
        this.reference = reference;
        this.options = options;
        this.importId = importId;
        this.persons = persons;
        this.today = today;
    }

    void covers(LocalDate from, LocalDate to) {
        if (from != null && (periodFrom == null || from.isBefore(periodFrom))) {
            periodFrom = from;
        }
        LocalDate end = to != null ? to : from;
        if (end != null && (periodTo == null || end.isAfter(periodTo))) {
            periodTo = end;
        }
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    void warn(String text) {
        warnings.merge(text, 1L, Long::sum);
    }

    /**
     * A kommunekode cell: 1–3 digits of a current kommune. A code of a kommune abolished in 2007
     * is named in the problem; unknown codes pass only when the user accepts them. A kommune
     * name (as Statistikbanken writes it) is accepted too.
     */
    int kommune(Cells cells, String column) throws RowProblem {
        String v = cells.required(column);
        Integer known = validKommuner.get(v);
        if (known != null) {
            return known;
        }
        Integer code = v.length() <= 4 && allDigits(v) ? Values.integer(v) : null;
        if (code != null && code > 999) {
            throw new RowProblem(column, v, "import.rule.kommuneCode");
        }
        if (code == null) {
            for (Kommune k : reference.kommuner()) {
                if (k.name().equalsIgnoreCase(v)) {
                    validKommuner.put(v, k.code());
                    return k.code();
                }
            }
            throw new RowProblem(column, v, "import.rule.kommuneCode");
        }
        if (reference.kommune(code).isPresent()) {
            validKommuner.put(v, code);
            return code;
        }
        var former = reference.formerKommune(code);
        if (former.isPresent()) {
            Kommune now = reference.kommune(former.get().mergedInto()).orElseThrow();
            throw new RowProblem(column, v, "import.rule.formerKommune", former.get().name(), now.codeText(), now.name());
        }
        if (options.acceptUnknownKommune() && code > 0) {
            warn(dk.trappen.core.Messages.danish("import.warning.unknownKommune", String.format("%03d", code)));
            return code;
        }
        throw new RowProblem(column, v, "import.rule.unknownKommune");
    }

    private static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** An optional kommune column: empty gives null. */
    Integer optionalKommune(Cells cells, String column) throws RowProblem {
        return cells.get(column).isEmpty() ? null : kommune(cells, column);
    }

    LocalDate date(Cells cells, String column, boolean required) throws RowProblem {
        String v = required ? cells.required(column) : cells.get(column);
        if (v.isEmpty()) {
            return null;
        }
        LocalDate d = Values.date(v);
        if (d == null) {
            throw new RowProblem(column, v, "import.rule.date");
        }
        return d;
    }

    /** The person of a row: the PNR is hashed; its birth date is read from it when not given. */
    int person(Cells cells, String column, LocalDate givenBirth) throws RowProblem {
        String pnr = cells.get(column);
        if (pnr.isEmpty()) {
            throw new RowProblem(column, "", "import.rule.personMissing");
        }
        return persons.idOf(pnr, givenBirth);
    }
}
