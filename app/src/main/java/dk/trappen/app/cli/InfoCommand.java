package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.store.WorkspaceSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trappen info}: what a workspace holds, its settings, and the reference tables in use. */
@Command(name = "info", mixinStandardHelpOptions = true, resourceBundle = "dk.trappen.app.cli.usage")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private TrappenCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        AppContext ctx = parent.context().get();
        ReferenceData ref = ctx.reference();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            WorkspaceSettings s = ws.settings().load();
            out.println("Arbejdsmappe:      " + ws.directory());
            out.println("Skemaversion:      " + ws.schemaVersion());
            out.println("Oprettet:          " + ws.meta("created_at").orElse("ukendt")
                    + " af Trappen " + ws.meta("created_by_version").orElse("?"));
            out.println("Importerede filer: " + ws.importLog().entries().size());
            out.println("Målgrupper:        " + String.join(", ", s.targetGroups()));
            out.println("Diskretion:        " + (s.discretionThreshold() == 0 ? "slået fra"
                    : "antal under " + s.discretionThreshold() + " vises som <" + s.discretionThreshold()));
            out.println("NT12.1 beregnes:   " + (s.nt121Variant() == WorkspaceSettings.Nt121Variant.SEL82
                    ? "over modtagere af forebyggende indsatser (SEL §82a/b)" : "over modtagere af SEL §85"));
            var rules = s.staircaseRules();
            out.println("Handlekommune:     " + (rules.tie() == dk.trappen.core.store.StaircaseRules.HandlekommuneTie.LATEST_START
                    ? "det seneste forløb på det højeste trin afgør (standard)" : "det tidligste forløb på det højeste trin afgør"));
            out.println("NT8 tæller:        " + (rules.nt8() == dk.trappen.core.store.StaircaseRules.Nt8Scope.ANY_LOWER_TRIN
                    ? "ethvert lavere trin, også ingen indsats (standard)" : "kun trin 2–4"));
            out.println("Dødsfald:          " + (rules.deaths() == dk.trappen.core.store.StaircaseRules.DeathRule.SEPARATE_LINE
                    ? "egen linje, ikke i NT7–NT10 (standard)" : "tælles som bevægelse efter trinnet"));
            out.println("Skift af kommune:  " + (rules.kommuneChange()
                    == dk.trappen.core.store.StaircaseRules.KommuneChangeRule.COUNTED_AND_LINE
                    ? "tælles i den tidligere kommune og i linjen SKIFT (standard)" : "holdes uden for NT7–NT10, kun i SKIFT"));
            out.println("NT13–NT17 bruger:  " + (s.wellbeingMeasurement() == WorkspaceSettings.WellbeingMeasurement.PER_INSTRUMENT
                    ? "seneste måling med hvert redskab, WHO-5 og INSPIRE-O hver for sig (standard)"
                    : "borgerens seneste måling; et redskab, den ikke har, tæller ikke"));
        }
        out.println("Referencetabeller: " + ref.kommuner().size() + " kommuner, " + ref.regions().size()
                + " regioner, " + ref.klynger().size() + " sundhedsklynger, " + ref.ydelser().size() + " ydelseskoder, "
                + ref.figures().size() + " nøgletal ("
                + (AppContext.referenceDir() != null ? AppContext.referenceDir().toAbsolutePath().normalize() : "indbygget kopi")
                + ")");
        return Cli.OK;
    }
}
