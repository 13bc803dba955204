package dk.trappen.app.ui.data;

/** Where the import wizard is: the user moves forward through these and starts over from the report. */
public enum WizardStep {
    /** No files yet: choose them or drag them in. */
    CHOOSE,
    /** Files chosen: their types, first rows and, where needed, the column mapping. */
    PREVIEW,
    /** The import runs; it can be cancelled. */
    IMPORTING,
    /** What each file gave, and the rejected rows. */
    REPORT
}
