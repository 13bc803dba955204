package dk.trappen.core.importing;

import dk.trappen.core.TrappenException;

/** A file refused as a whole: nothing of it was stored. The message names the file and why. */
public final class ImportException extends TrappenException {

    private static final long serialVersionUID = 1L;

    ImportException(String key, Object... args) {
        super(key, args);
    }

    ImportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
