package dk.trappen.core.progress;

import java.util.concurrent.atomic.AtomicBoolean;

/** Cancelling long work from another thread; core checks it between units of work. */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancelledException} if cancel was asked for. */
    public void check() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
