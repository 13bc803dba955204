package dk.trappen.core.importing;

import java.util.List;

/** Turns the rows of one import type into stored rows, or into a {@link RowProblem}. */
interface RowHandler {

    /** Called once per table before its rows, with its header as written. */
    default void startTable(Cells cells, List<String> header) {
    }

    void row(Cells cells) throws RowProblem;

    /** Writes what is still batched. */
    void finish();
}
