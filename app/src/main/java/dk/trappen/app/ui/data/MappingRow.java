package dk.trappen.app.ui.data;

import dk.trappen.core.importing.ImportColumn;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One of the chosen type's columns and the file's column the user reads it from ("" for none). */
public final class MappingRow {

    private final String column;
    private final boolean required;
    private final StringProperty source = new SimpleStringProperty("");

    MappingRow(ImportColumn c, Runnable changed) {
        this.column = c.name();
        this.required = c.required();
        source.set(c.matched() == null ? "" : c.matched());
        source.addListener((obs, old, now) -> changed.run());
    }

    /** The type's own name for the column (PNR, STARTDATO, …). */
    public String column() {
        return column;
    }

    public boolean required() {
        return required;
    }

    /** The file's header name read as this column; "" when none. */
    public StringProperty sourceProperty() {
        return source;
    }
}
