package dk.trappen.core.factsheet;

import dk.trappen.core.TrappenException;

/** A fact sheet that cannot be made or written, with a Danish message saying why. */
public final class FactSheetException extends TrappenException {

    private static final long serialVersionUID = 1L;

    public FactSheetException(String key, Object... args) {
        super(key, args);
    }

    public FactSheetException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
