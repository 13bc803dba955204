package dk.trappen.core.figures;

/**
 * The data sources of NT11–NT20 (key-figures.md §6–§9). When one is missing from a workspace its
 * figures are absent with a reason, never zero.
 */
public enum Source {
    /** NT11–NT12.2 (§6). */
    DREAM("dream", "dream_block"),
    /** NT13–NT17 (§7): the municipality's own measurements. */
    MAALINGER("maalinger", "measurement"),
    /** NT18 (§8). */
    LPR("lpr", "lpr_block"),
    /** NT19–NT20.6 (§9). */
    REGNSKAB("regnskab", "account_line");

    private final String importType;
    private final String table;

    Source(String importType, String table) {
        this.importType = importType;
        this.table = table;
    }

    /** The import_log file_type of the source's imports. */
    String importType() {
        return importType;
    }

    /** The table its rows are stored in. */
    String table() {
        return table;
    }

    /** The message key of "no data of this source imported". */
    public String missingKey() {
        return "figures.absent." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The message key of "the imported data do not cover the period of this cut date". */
    public String notCoveredKey() {
        return "figures.absent.notCovered." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
