package dk.trappen.app.ui.data;

import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportReport;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;

/**
 * Imports one file into a workspace; the wizard's seam to core's ImportService, so a test can
 * hold an import at its start and cancel it at a moment of its choosing.
 */
@FunctionalInterface
public interface FileImporter {

    ImportReport importFile(Workspace workspace, Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancel);
}
