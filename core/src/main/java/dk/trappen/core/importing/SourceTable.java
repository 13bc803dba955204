package dk.trappen.core.importing;

import java.util.List;

/**
 * One table read from a file: a delimited text file has one, a workbook one per sheet. Rows are
 * pulled one at a time so a file of millions of rows is read in constant memory.
 */
interface SourceTable {

    /** The header names as written in the file. */
    List<String> header();

    /** The next data row, or null at the end. Empty lines are skipped. */
    SourceRow next() throws ImportException;

    /** "linje 17" or "ark 2023, række 17": where a row is, for messages. */
    String where(SourceRow row);

    /** The sheet name, or null for a text file. */
    String sheet();

    /** A row's cells and the line (or Excel row number) it came from. */
    record SourceRow(long line, String[] cells) {
    }
}
