package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code trappen info}: what a workspace holds, its settings, and the reference tables in use. */
@Command(name = "info", mixinStandardHelpOptions = true, resourceBundle = CliTexts.BUNDLE)
final class InfoCommand extends WorkspaceCommand {


    @Override
    public Integer call() {
        AppContext ctx = context();
        ReferenceData ref = ctx.reference();
        PrintWriter out = spec().commandLine().getOut();
        try (Workspace ws = workspace().open()) {
            WorkspaceSettings s = WorkspaceSettings.load(ws);
            line(out, "msg.info.directory", ws.directory());
            line(out, "msg.info.schema", ws.schemaVersion());
            line(out, "msg.info.created", CliTexts.get("msg.info.createdBy",
                    ws.meta("created_at").orElse(CliTexts.get("msg.info.unknown")), ws.meta("created_by_version").orElse("?")));
            line(out, "msg.info.imported", ws.importLog().entries().size());
            line(out, "msg.info.targetGroups", String.join(", ", s.targetGroups()));
            line(out, "msg.info.discretion", s.discretionThreshold() == 0 ? CliTexts.get("msg.info.discretion.off")
                    : CliTexts.get("msg.info.discretion.on", s.discretionThreshold()));
            line(out, "msg.info.nt121", CliTexts.get(s.nt121Variant() == WorkspaceSettings.Nt121Variant.SEL82
                    ? "msg.info.nt121.sel82" : "msg.info.nt121.sel85"));
            var rules = s.staircaseRules();
            line(out, "msg.info.tie", CliTexts.get(rules.tie() == dk.trappen.core.figures.StaircaseRules.HandlekommuneTie.LATEST_START
                    ? "msg.info.tie.latest" : "msg.info.tie.earliest"));
            line(out, "msg.info.nt8", CliTexts.get(rules.nt8() == dk.trappen.core.figures.StaircaseRules.Nt8Scope.ANY_LOWER_TRIN
                    ? "msg.info.nt8.anyLower" : "msg.info.nt8.trin2to4"));
            line(out, "msg.info.deaths", CliTexts.get(rules.deaths() == dk.trappen.core.figures.StaircaseRules.DeathRule.SEPARATE_LINE
                    ? "msg.info.deaths.separate" : "msg.info.deaths.movement"));
            line(out, "msg.info.kommuneChange", CliTexts.get(rules.kommuneChange()
                    == dk.trappen.core.figures.StaircaseRules.KommuneChangeRule.COUNTED_AND_LINE
                    ? "msg.info.kommuneChange.counted" : "msg.info.kommuneChange.leftOut"));
            line(out, "msg.info.wellbeing", CliTexts.get(s.wellbeingMeasurement() == WorkspaceSettings.WellbeingMeasurement.PER_INSTRUMENT
                    ? "msg.info.wellbeing.perInstrument" : "msg.info.wellbeing.latest"));
        }
        line(out, "msg.info.reference", CliTexts.get("msg.info.referenceTables", ref.kommuner().size(), ref.regions().size(),
                ref.klynger().size(), ref.ydelser().size(), ref.figures().size(),
                AppContext.referenceDir() != null ? AppContext.referenceDir().toAbsolutePath().normalize()
                        : CliTexts.get("msg.info.builtIn")));
        return Cli.OK;
    }

    /** "Label:" padded so that the values stand in one column. */
    private static void line(PrintWriter out, String labelKey, Object value) {
        out.println(String.format("%-19s%s", CliTexts.get(labelKey), value));
    }
}
