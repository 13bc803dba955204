package dk.trappen.core.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hides person numbers from a preview. A column is hidden as a whole when its name is a person
 * column's (PNR, CPR, BORGER_ID, … or mapped to one) or when any shown value looks like a CPR
 * number, so a person column under a foreign name is hidden too, not just its tidy values.
 */
final class PreviewMask {

    private static final Set<String> PERSON = Set.of("PNR", "BORGER_ID");

    private PreviewMask() {
    }

    static List<String> header(List<String> header) {
        return header.stream().map(h -> Cpr.looksLikeCpr(h) ? ImportPreview.HIDDEN : h).toList();
    }

    /** The rows cut or padded to the header's width, hidden columns' non-empty cells replaced. */
    static List<List<String>> rows(List<String> header, List<String[]> rows, Map<String, String> mapping) {
        int width = header.size();
        boolean[] hidden = new boolean[width];
        for (int i = 0; i < width; i++) {
            hidden[i] = isPersonColumn(header.get(i), mapping);
        }
        for (String[] row : rows) {
            for (int i = 0; i < Math.min(width, row.length); i++) {
                hidden[i] |= Cpr.looksLikeCpr(row[i]);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] row : rows) {
            String[] shown = Arrays.copyOf(row, width);
            for (int i = 0; i < width; i++) {
                String v = shown[i] == null ? "" : shown[i];
                shown[i] = hidden[i] && !v.isEmpty() ? ImportPreview.HIDDEN : v;
            }
            out.add(List.of(shown));
        }
        return out;
    }

    private static boolean isPersonColumn(String name, Map<String, String> mapping) {
        String h = HeaderNames.normalise(name);
        for (ImportType t : ImportType.values()) {
            for (ColumnSpec spec : t.columns()) {
                if (PERSON.contains(spec.name()) && spec.matches(h)) {
                    return true;
                }
            }
        }
        return PERSON.stream().map(mapping::get)
                .anyMatch(mapped -> mapped != null && HeaderNames.normalise(mapped).equals(h));
    }
}
