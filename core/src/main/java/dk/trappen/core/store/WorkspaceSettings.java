package dk.trappen.core.store;

import java.util.List;

/**
 * The settings of a workspace that change results: each "Decision:" of key-figures.md with the
 * spec's default. Stored in the workspace, not in the user's preferences.
 *
 * @param targetGroups        målgruppe codes whose spells place a person on the staircase; a
 *                            code covers its sub-codes; {@code *} means every målgruppe
 * @param discretionThreshold counts from 1 up to below this are shown as "&lt;N"; 0 turns it off
 * @param nt121Variant        which persons NT12.1 is computed over
 * @param staircaseRules      the decisions of §3 and §5 (kommune tie rule, NT8, deaths, change of kommune)
 */
public record WorkspaceSettings(List<String> targetGroups, int discretionThreshold, Nt121Variant nt121Variant,
        StaircaseRules staircaseRules) {

    public static final String ALL_TARGET_GROUPS = "*";

    public WorkspaceSettings {
        targetGroups = List.copyOf(targetGroups);
        if (targetGroups.isEmpty()) {
            throw new WorkspaceException("settings.noTargetGroup");
        }
        if (discretionThreshold < 0) {
            throw new WorkspaceException("settings.negativeThreshold", discretionThreshold);
        }
        if (staircaseRules == null) {
            staircaseRules = StaircaseRules.defaults();
        }
    }

    /** With the spec's §3/§5 decisions. */
    public WorkspaceSettings(List<String> targetGroups, int discretionThreshold, Nt121Variant nt121Variant) {
        this(targetGroups, discretionThreshold, nt121Variant, StaircaseRules.defaults());
    }

    /** The defaults of key-figures.md: Sindslidelse (1.2.2.*), fewer than 5, §82a/b for NT12.1, §3/§5 as decided. */
    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(List.of("1.2.2"), 5, Nt121Variant.SEL82);
    }

    public WorkspaceSettings withStaircaseRules(StaircaseRules rules) {
        return new WorkspaceSettings(targetGroups, discretionThreshold, nt121Variant, rules);
    }

    /** Whether a spell with this målgruppe code places its person on the staircase. */
    public boolean inTargetGroup(String maalgruppe) {
        for (String g : targetGroups) {
            if (g.equals(ALL_TARGET_GROUPS) || maalgruppe.equals(g) || maalgruppe.startsWith(g + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The two readings of NT12.1 (key-figures.md §6). */
    public enum Nt121Variant {
        /** Bilag A: persons at trin 2 (§82a/b), the default. */
        SEL82,
        /** Catalogue section 3.3: persons receiving socialpædagogisk støtte (§85). */
        SEL85
    }
}
