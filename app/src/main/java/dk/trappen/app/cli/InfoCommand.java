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
        }
        out.println("Referencetabeller: " + ref.kommuner().size() + " kommuner, " + ref.regions().size()
                + " regioner, " + ref.klynger().size() + " sundhedsklynger, " + ref.ydelser().size() + " ydelseskoder, "
                + ref.noegletal().size() + " nøgletal ("
                + (AppContext.referenceDir() != null ? AppContext.referenceDir().toAbsolutePath().normalize() : "indbygget kopi")
                + ")");
        return Cli.OK;
    }
}
