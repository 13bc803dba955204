package dk.trappen.core.figures;

import dk.trappen.core.store.CoverageStore;

/**
 * The data sources of NT11–NT20 (key-figures.md §6–§9). When one is missing from a workspace its
 * figures are absent with a reason, never zero.
 */
public enum Source {
    /** NT11–NT12.2 (§6). */
    DREAM(CoverageStore.Register.DREAM),
    /** NT13–NT17 (§7): the municipality's own measurements. */
    MAALINGER(CoverageStore.Register.MEASUREMENTS),
    /** NT18 (§8). */
    LPR(CoverageStore.Register.LPR),
    /** NT19–NT20.6 (§9). */
    REGNSKAB(CoverageStore.Register.ACCOUNTS);

    private final CoverageStore.Register register;

    Source(CoverageStore.Register register) {
        this.register = register;
    }

    /** The register its rows are stored in, as the store names it. */
    CoverageStore.Register register() {
        return register;
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
