package dk.trappen.app.cli;

import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}, shared by every command that reads or writes a workspace. */
public final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR", descriptionKey = "option.workspace")
    private Path directory;

    /** The chosen folder, or the default {@code ~/.trappen/default}. */
    public Path directory() {
        return directory != null ? directory : Workspace.defaultDirectory();
    }

    /** Opens the chosen workspace; the default one is created on first use, a named one must exist. */
    public Workspace open() {
        return directory == null ? Workspace.openOrCreate(directory()) : Workspace.open(directory);
    }

    /** Opens the chosen workspace, creating it when the folder holds none (for commands that write). */
    public Workspace openOrCreate() {
        return Workspace.openOrCreate(directory());
    }
}
