package dk.trappen.core.importing;

import java.util.List;

/** A column an import type knows: its canonical name (as users see it) and accepted aliases. */
record ColumnSpec(String name, boolean required, List<String> aliases) {

    static ColumnSpec required(String name, String... aliases) {
        return new ColumnSpec(name, true, List.of(aliases));
    }

    static ColumnSpec optional(String name, String... aliases) {
        return new ColumnSpec(name, false, List.of(aliases));
    }

    boolean matches(String normalisedHeader) {
        if (HeaderNames.normalise(name).equals(normalisedHeader)) {
            return true;
        }
        for (String a : aliases) {
            if (HeaderNames.normalise(a).equals(normalisedHeader)) {
                return true;
            }
        }
        return false;
    }
}
