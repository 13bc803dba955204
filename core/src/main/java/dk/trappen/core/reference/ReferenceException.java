package dk.trappen.core.reference;

import dk.trappen.core.TrappenException;

/** A reference table that cannot be used: names the file, the line and the problem. */
public final class ReferenceException extends TrappenException {

    private static final long serialVersionUID = 1L;

    ReferenceException(String key, Object... args) {
        super(key, args);
    }

    ReferenceException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
