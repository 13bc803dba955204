package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command over a workspace shares: {@code --workspace}, the program's context (built on
 * first use, from the root command) and the command's own spec for its output and usage errors.
 */
abstract class WorkspaceCommand implements Callable<Integer> {

    @ParentCommand
    private TrappenCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    AppContext context() {
        return parent.context().get();
    }

    WorkspaceOption workspace() {
        return workspace;
    }

    CommandSpec spec() {
        return spec;
    }
}
