package dk.trappen.core.export;

import dk.trappen.core.TrappenException;

/** An export the user can put right: an unknown kommune, a date that is no cut date, a file that cannot be written. */
public final class ExportException extends TrappenException {

    private static final long serialVersionUID = 1L;

    public ExportException(String key, Object... args) {
        super(key, args);
    }

    public ExportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
