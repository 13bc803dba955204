package dk.trappen.core.importing;

import java.util.Map;

/**
 * How to import a file.
 *
 * @param type                 the type, or null to recognise it from the header
 * @param strict               refuse the whole file if any row is rejected
 * @param acceptUnknownKommune store kommunekoder that are not current kommuner (with a warning)
 * @param mapping              canonical column name → the file's header name, for unknown layouts
 *                             (empty: recognise, or use a mapping saved for this layout)
 */
public record ImportOptions(ImportType type, boolean strict, boolean acceptUnknownKommune, Map<String, String> mapping) {

    public ImportOptions {
        mapping = Map.copyOf(mapping);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, false, false, Map.of());
    }

    public ImportOptions withType(ImportType t) {
        return new ImportOptions(t, strict, acceptUnknownKommune, mapping);
    }

    public ImportOptions withStrict(boolean s) {
        return new ImportOptions(type, s, acceptUnknownKommune, mapping);
    }

    public ImportOptions withMapping(Map<String, String> m) {
        return new ImportOptions(type, strict, acceptUnknownKommune, m);
    }

    public ImportOptions withAcceptUnknownKommune(boolean a) {
        return new ImportOptions(type, strict, a, mapping);
    }
}
