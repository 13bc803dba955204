package dk.trappen.core.store;

/**
 * A stored block whose bytes do not hold together (a length, count or format that cannot be
 * right): raised before any array is made from a damaged length. The Session forms turn it into a
 * Danish {@link WorkspaceException} naming the workspace, the register and the import.
 */
final class DamagedBlock extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String table;
    final BlockRef ref;

    DamagedBlock(String table, BlockRef ref, String problem) {
        super(table + " block " + ref.importId() + ":" + ref.blockNo() + " is damaged: " + problem);
        this.table = table;
        this.ref = ref;
    }
}
