package dk.trappen.core.figures;

import dk.trappen.core.TrappenException;

/** A key-figure computation or comparison group that cannot be done, with a Danish message saying why. */
public final class FigureException extends TrappenException {

    private static final long serialVersionUID = 1L;

    public FigureException(String key, Object... args) {
        super(key, args);
    }

    public FigureException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
