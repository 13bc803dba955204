package dk.trappen.core.importing;

import dk.trappen.core.TrappenException;
import dk.trappen.core.store.WorkspaceException;

/** A file refused as a whole: nothing of it was stored. The message names the file and why. */
public final class ImportException extends TrappenException {

    private static final long serialVersionUID = 1L;
    /** The key of a store's database failure ({@code WorkspaceException.database}). */
    private static final String STORE_DATABASE_ERROR = "workspace.dbError";

    ImportException(String key, Object... args) {
        super(key, args);
    }

    ImportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    /**
     * A store's database failure while reading or importing {@code file}, said as the import's
     * own message (the work is rolled back, the workspace unchanged).
     *
     * @throws WorkspaceException {@code e} itself when it is another workspace problem, to be said as it is
     */
    static ImportException fromStore(Object file, WorkspaceException e) {
        if (!STORE_DATABASE_ERROR.equals(e.key())) {
            throw e;
        }
        return new ImportException(e.getCause(), "import.file.database", file, e.args()[0]);
    }
}
