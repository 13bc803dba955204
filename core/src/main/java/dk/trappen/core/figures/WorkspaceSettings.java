package dk.trappen.core.figures;

import dk.trappen.core.store.Workspace;
import dk.trappen.core.store.WorkspaceException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a workspace that change results: each "Decision:" of key-figures.md with the
 * spec's default. Stored in the workspace (a row a setting, {@code SettingsStore}), not in the
 * user's preferences; the stored names below are part of the workspace format.
 *
 * @param targetGroups        målgruppe codes whose spells place a person on the staircase; a
 *                            code covers its sub-codes; {@code *} means every målgruppe
 * @param discretionThreshold counts from 1 up to below this are shown as "&lt;N"; 0 turns it off
 * @param nt121Variant        which persons NT12.1 is computed over
 * @param staircaseRules      the decisions of §3 and §5 (kommune tie rule, NT8, deaths, change of kommune)
 * @param wellbeingMeasurement which of a person's measurements in the period NT13–NT17 read (§7)
 */
public record WorkspaceSettings(List<String> targetGroups, int discretionThreshold, Nt121Variant nt121Variant,
        StaircaseRules staircaseRules, WellbeingMeasurement wellbeingMeasurement) {

    public static final String ALL_TARGET_GROUPS = "*";

    private static final String TARGET_GROUPS = "maalgrupper";
    private static final String THRESHOLD = "diskretion_graense";
    private static final String NT121 = "nt12_1_variant";
    private static final String TIE = "handlekommune_regel";
    private static final String NT8 = "nt8_omfang";
    private static final String DEATHS = "doedsfald_regel";
    private static final String KOMMUNE_CHANGE = "skift_handlekommune_regel";
    private static final String WELLBEING = "nt13_17_maaling";

    /** A workspace's settings; a setting never saved takes its default. */
    public static WorkspaceSettings load(Workspace ws) {
        Map<String, String> rows = ws.settings().rows();
        WorkspaceSettings d = defaults();
        StaircaseRules r = d.staircaseRules();
        try {
            return new WorkspaceSettings(
                    rows.containsKey(TARGET_GROUPS) ? Arrays.asList(rows.get(TARGET_GROUPS).split(",")) : d.targetGroups(),
                    rows.containsKey(THRESHOLD) ? Integer.parseInt(rows.get(THRESHOLD)) : d.discretionThreshold(),
                    rows.containsKey(NT121) ? Nt121Variant.valueOf(rows.get(NT121)) : d.nt121Variant(),
                    new StaircaseRules(
                            rows.containsKey(TIE) ? StaircaseRules.HandlekommuneTie.valueOf(rows.get(TIE)) : r.tie(),
                            rows.containsKey(NT8) ? StaircaseRules.Nt8Scope.valueOf(rows.get(NT8)) : r.nt8(),
                            rows.containsKey(DEATHS) ? StaircaseRules.DeathRule.valueOf(rows.get(DEATHS)) : r.deaths(),
                            rows.containsKey(KOMMUNE_CHANGE)
                                    ? StaircaseRules.KommuneChangeRule.valueOf(rows.get(KOMMUNE_CHANGE)) : r.kommuneChange()),
                    rows.containsKey(WELLBEING) ? WellbeingMeasurement.valueOf(rows.get(WELLBEING)) : d.wellbeingMeasurement());
        } catch (IllegalArgumentException e) {
            throw ws.settings().corrupt(e.getMessage());
        }
    }

    /** Stores every setting of {@code s} in the workspace, together. */
    public static void save(Workspace ws, WorkspaceSettings s) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(TARGET_GROUPS, String.join(",", s.targetGroups()));
        rows.put(THRESHOLD, Integer.toString(s.discretionThreshold()));
        rows.put(NT121, s.nt121Variant().name());
        rows.put(TIE, s.staircaseRules().tie().name());
        rows.put(NT8, s.staircaseRules().nt8().name());
        rows.put(DEATHS, s.staircaseRules().deaths().name());
        rows.put(KOMMUNE_CHANGE, s.staircaseRules().kommuneChange().name());
        rows.put(WELLBEING, s.wellbeingMeasurement().name());
        ws.settings().save(rows);
    }

    public WorkspaceSettings {
        targetGroups = List.copyOf(targetGroups);
        if (targetGroups.isEmpty()) {
            throw WorkspaceException.invalidSettings("settings.noTargetGroup");
        }
        if (discretionThreshold < 0) {
            throw WorkspaceException.invalidSettings("settings.negativeThreshold", discretionThreshold);
        }
        if (staircaseRules == null) {
            staircaseRules = StaircaseRules.defaults();
        }
        if (wellbeingMeasurement == null) {
            wellbeingMeasurement = WellbeingMeasurement.PER_INSTRUMENT;
        }
    }

    /** With §7's decision for the measurements (per instrument). */
    public WorkspaceSettings(List<String> targetGroups, int discretionThreshold, Nt121Variant nt121Variant,
            StaircaseRules staircaseRules) {
        this(targetGroups, discretionThreshold, nt121Variant, staircaseRules, WellbeingMeasurement.PER_INSTRUMENT);
    }

    /** With the spec's §3/§5 and §7 decisions. */
    public WorkspaceSettings(List<String> targetGroups, int discretionThreshold, Nt121Variant nt121Variant) {
        this(targetGroups, discretionThreshold, nt121Variant, StaircaseRules.defaults());
    }

    /**
     * The defaults of key-figures.md: Sindslidelse (1.2.2.*), fewer than 5, §82a/b for NT12.1, §3/§5
     * as decided, the latest measurement per instrument for NT13–NT17.
     */
    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(List.of("1.2.2"), 5, Nt121Variant.SEL82);
    }

    public WorkspaceSettings withStaircaseRules(StaircaseRules rules) {
        return new WorkspaceSettings(targetGroups, discretionThreshold, nt121Variant, rules, wellbeingMeasurement);
    }

    public WorkspaceSettings withWellbeingMeasurement(WellbeingMeasurement measurement) {
        return new WorkspaceSettings(targetGroups, discretionThreshold, nt121Variant, staircaseRules, measurement);
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

    /**
     * Which of a person's measurements in the period (D⁻, D] NT13–NT17 read (key-figures.md §7); the
     * same for the earlier period of NT16/NT17. The kommune is always that of the row read.
     */
    public enum WellbeingMeasurement {
        /**
         * §7's decision, the default: WHO-5 (NT13, NT13.1/13.2, NT15–NT17) from the latest measurement
         * that has a WHO-5 score, Brief INSPIRE-O (NT14) from the latest that has an INSPIRE-O score.
         */
        PER_INSTRUMENT,
        /**
         * The person's latest measurement, whatever it carries: an instrument missing on that row leaves
         * the person out of that instrument's figures (and out of NT16/NT17 when the earlier period's
         * latest row has no WHO-5).
         */
        LATEST_ROW
    }
}
