package dk.trappen.core.store;

/** Where a block of a block table is: its import, its number within the import and its entries. */
public record BlockRef(long importId, int blockNo, int rows) {
}
