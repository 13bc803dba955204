package dk.trappen.core.figures.discretion;

/** Why a cell shows what it shows. */
public enum CellStatus {
    /** The value is shown. */
    SHOWN,
    /** A count from 1 to below the threshold: shown as "&lt;5". */
    BELOW_THRESHOLD,
    /** Hidden because, with a shown total and its shown parts, it would reveal a hidden cell: "x". */
    SECONDARY,
    /** A mean or share over fewer persons than the threshold, or a rate of a hidden count: "x". */
    TOO_FEW,
    /** No value: not defined at this date, or no population data for a rate. Empty text. */
    NOT_AVAILABLE
}
