package dk.trappen.core.progress;

import dk.trappen.core.TrappenException;

/** Thrown out of long work when the user cancelled it. */
public final class CancelledException extends TrappenException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("progress.cancelled");
    }
}
