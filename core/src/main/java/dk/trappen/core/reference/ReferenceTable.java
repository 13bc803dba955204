package dk.trappen.core.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One reference CSV file: UTF-8, ';'-separated, a header row. Rows keep their line numbers so
 * every problem can be reported as file, line and column.
 */
final class ReferenceTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private final String file;
    private final List<Row> rows;

    private ReferenceTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    static ReferenceTable read(String file, Reader reader, List<String> requiredColumns) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            Set<String> missing = new TreeSet<>(requiredColumns);
            missing.removeAll(header.keySet());
            if (!missing.isEmpty()) {
                throw new ReferenceException("reference.missingColumns", file,
                        String.join(", ", missing), String.join(", ", header.keySet()));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                long line = rec.getParser().getCurrentLineNumber();
                if (rec.size() != header.size()) {
                    throw new ReferenceException("reference.fieldCount", file, line, rec.size(), header.size());
                }
                rows.add(new Row(file, line, rec));
            }
            return new ReferenceTable(file, rows);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ReferenceException(e, "reference.notUtf8", file);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new ReferenceException(e, "reference.notUtf8", file);
            }
            throw new ReferenceException(e, "reference.unreadable", file, e.getMessage());
        } catch (IOException e) {
            throw new ReferenceException(e, "reference.unreadable", file, e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a broken quote or a duplicate header this way.
            throw new ReferenceException(e, "reference.malformed", file, e.getMessage());
        }
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /** One data row with typed, checked access to its cells. */
    static final class Row {
        private final String file;
        private final long line;
        private final CSVRecord record;

        private Row(String file, long line, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.record = record;
        }

        long line() {
            return line;
        }

        String text(String column) {
            String value = record.get(column);
            if (value.isEmpty()) {
                throw problem(column, value, "reference.rule.required");
            }
            return value;
        }

        String optionalText(String column) {
            return record.get(column);
        }

        int integer(String column) {
            String value = text(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw problem(column, value, "reference.rule.integer");
            }
        }

        /** An integer cell that may be empty; empty gives {@code whenEmpty}. */
        int optionalInteger(String column, int whenEmpty) {
            return optionalText(column).isEmpty() ? whenEmpty : integer(column);
        }

        <E extends Enum<E>> E oneOf(String column, Class<E> type) {
            String value = text(column);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                allowed.add(e.name().toLowerCase(java.util.Locale.ROOT));
            }
            throw new ReferenceException("reference.problem", file, line, column, value,
                    dk.trappen.core.Messages.danish("reference.rule.oneOf", String.join(", ", allowed)));
        }

        ReferenceException problem(String column, String value, String ruleKey, Object... ruleArgs) {
            return new ReferenceException("reference.problem", file, line, column, value,
                    dk.trappen.core.Messages.danish(ruleKey, ruleArgs));
        }
    }
}
