package dk.trappen.core.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a file looks like before it is imported: its recognised type (or why it has none), its
 * header and first rows with every person number hidden, and — for a layout that is not
 * recognised — what each type needs, so the user can say which column is which.
 *
 * @param fileName     the file's name
 * @param status       whether it can be imported as it is, needs a column mapping, or cannot be read
 * @param type         the recognised type, or null
 * @param sheet        for a workbook: the sheet shown (the first with a header); null for text
 * @param header       the header as written (values looking like a CPR number hidden)
 * @param rows         the first rows, each as wide as the header, person columns hidden
 * @param savedMapping a mapping saved earlier for this layout and type (empty: none)
 * @param problem      why the file is not {@link Status#READY}; null when it is
 */
public record ImportPreview(String fileName, Status status, ImportType type, String sheet, List<String> header,
        List<List<String>> rows, Map<String, String> savedMapping, ImportException problem) {

    /** What is shown instead of a person number or a person column's value. */
    public static final String HIDDEN = "••••••••••";

    public enum Status {
        /** Recognised, and every column the type needs is found. */
        READY,
        /** Readable, but the type or some of its columns must be given. */
        NEEDS_MAPPING,
        /** Cannot be imported whatever the user chooses (not readable, no header row, …). */
        REFUSED
    }

    public ImportPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        savedMapping = Map.copyOf(savedMapping);
    }

    public Optional<ImportType> recognisedType() {
        return Optional.ofNullable(type);
    }

    /** The reason in the user's language; empty when the file is ready. */
    public String problemMessage(Locale locale) {
        return problem == null ? "" : problem.message(locale);
    }

    /**
     * The columns of {@code t} and which header column each would be read from under {@code mapping}
     * (canonical name → header name; empty: the mapping saved for this layout, else by name).
     */
    public List<ImportColumn> columns(ImportType t, Map<String, String> mapping) {
        Cells cells = HeaderBinding.match(t, header, effective(t, mapping)).cells();
        List<ImportColumn> out = new ArrayList<>();
        for (ColumnSpec spec : t.columns()) {
            out.add(new ImportColumn(spec.name(), spec.required(), cells.has(spec.name()) ? cells.shown(spec.name()) : null));
        }
        return out;
    }

    /** What {@code t} still lacks under {@code mapping} (as {@link #columns} reads it); empty when importable. */
    public List<String> missing(ImportType t, Map<String, String> mapping) {
        return HeaderBinding.match(t, header, effective(t, mapping)).missing();
    }

    private Map<String, String> effective(ImportType t, Map<String, String> mapping) {
        return mapping.isEmpty() && t == type ? savedMapping : mapping;
    }
}
