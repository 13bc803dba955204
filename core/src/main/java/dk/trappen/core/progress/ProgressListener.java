package dk.trappen.core.progress;

/** How long work in core reports how far it has come; front ends adapt it to their own types. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done  units done so far
     * @param total units in all, or -1 when unknown
     * @param message a short Danish line for a status bar
     */
    void progress(long done, long total, String message);
}
