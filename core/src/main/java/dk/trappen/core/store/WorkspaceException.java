package dk.trappen.core.store;

import dk.trappen.core.TrappenException;

/** A workspace that cannot be created, opened or used, with a Danish message saying why. */
public final class WorkspaceException extends TrappenException {

    private static final long serialVersionUID = 1L;

    WorkspaceException(String key, Object... args) {
        super(key, args);
    }

    WorkspaceException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    /** Settings that break a rule (no target group, a negative threshold): key and arguments of the message. */
    public static WorkspaceException invalidSettings(String key, Object... args) {
        return new WorkspaceException(key, args);
    }

    /** A stored block that cannot be read (damaged bytes): workspace, register, import and its file. */
    static WorkspaceException damagedBlock(Throwable cause, java.nio.file.Path dir, String table, long importId,
            String file, int blockNo) {
        return new WorkspaceException(cause, "workspace.damagedBlock." + table, dir, Long.toString(importId), file,
                Integer.toString(blockNo));
    }

    /** A database error inside a store, with the driver's message (never a row's content). */
    static WorkspaceException database(java.sql.SQLException e) {
        return new WorkspaceException(e, "workspace.dbError", e.getMessage());
    }
}
