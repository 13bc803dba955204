package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import dk.trappen.core.store.MappingStore;
import dk.trappen.core.store.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a file bound to the fields of its type: by the type's names and aliases, or by
 * a column mapping (given for this import, else saved for this layout). A mapping that made an
 * import is saved for the next file of the same layout.
 */
final class HeaderBinding {

    private HeaderBinding() {
    }

    /** A header matched to a type's columns, and what the type needs that the header lacks. */
    record Binding(Cells cells, List<String> missing) {
    }

    /**
     * Binds a table's header to the type's columns under {@code explicitMapping} (empty: the one
     * saved for the layout, if any); a header lacking a required column refuses the file.
     */
    static Cells bind(Session s, String name, ImportType type, SourceTable table, Map<String, String> explicitMapping) {
        List<String> header = table.header();
        Map<String, String> mapping = explicitMapping.isEmpty() ? savedMapping(s, type, header) : explicitMapping;
        Binding binding = match(type, header, mapping);
        if (!binding.missing().isEmpty()) {
            String where = table.sheet() == null ? name : name + " (" + Messages.danish("import.sheet") + " "
                    + table.sheet() + ")";
            if (TypeRecognition.looksLikeData(header)) {
                throw TypeRecognition.dataAsHeader(where, header);
            }
            throw new ImportException("import.file.missingColumns", where, type.id(),
                    String.join(", ", binding.missing()), TypeRecognition.shownHeader(header));
        }
        return binding.cells();
    }

    /**
     * Matches a header to a type's columns: a column named in {@code mapping} by the header name
     * given there, the others by their own names and aliases.
     */
    static Binding match(ImportType type, List<String> header, Map<String, String> mapping) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (ColumnSpec spec : type.columns()) {
            String wanted = mapping.get(spec.name());
            for (int i = 0; i < header.size(); i++) {
                String h = HeaderNames.normalise(header.get(i));
                boolean hit = wanted != null ? h.equals(HeaderNames.normalise(wanted))
                        : spec.matches(h) || (spec.name().equals("BELOEB") && h.startsWith("beloeb"));
                if (hit) {
                    index.put(spec.name(), i);
                    shown.put(spec.name(), header.get(i));
                    break;
                }
            }
        }
        Cells cells = new Cells(index, shown);
        List<String> missing = new ArrayList<>();
        for (ColumnSpec spec : type.columns()) {
            if (spec.required() && !index.containsKey(spec.name())) {
                missing.add(spec.name());
            }
        }
        switch (type) {
            case LPR:
                missing.addAll(LprHandler.missingTimeColumns(cells));
                break;
            case MAALINGER:
                if (!cells.has("PNR") && !cells.has("BORGER_ID")) {
                    missing.add("PNR " + Messages.danish("import.or") + " BORGER_ID");
                }
                if (!cells.has("WHO5_SCORE") && !cells.has("WHO5_1") && !cells.has("INSPIRE_SCORE")) {
                    missing.add("WHO5_SCORE " + Messages.danish("import.or") + " WHO5_1 … WHO5_5");
                }
                break;
            case DREAM:
                boolean wide = header.stream().anyMatch(DreamHandler::isWeekColumn);
                if (!wide && !(cells.has("UGE") && cells.has("KODE"))) {
                    missing.add("y_YYWW " + Messages.danish("import.or") + " UGE + KODE");
                }
                break;
            default:
                break;
        }
        return new Binding(cells, missing);
    }

    /** The mapping saved for this layout read as {@code type}; empty when there is none. */
    static Map<String, String> savedMapping(Session s, ImportType type, List<String> header) {
        return MappingStore.mapping(s, type.id(), HeaderNames.signature(header)).map(ColumnMappings::parse)
                .orElse(Map.of());
    }

    /** Saves the mapping that made an import, for the next file of this layout. */
    static void saveMapping(Session s, ImportType type, List<String> header, Map<String, String> mapping) {
        MappingStore.save(s, type.id(), HeaderNames.signature(header), ColumnMappings.format(mapping));
    }
}
