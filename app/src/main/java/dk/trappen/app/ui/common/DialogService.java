package dk.trappen.app.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog the workbench shows goes through here, so view models can be tested with a fake.
 */
public interface DialogService {

    /** A folder chooser; empty when the user cancels. */
    Optional<Path> chooseDirectory(String title, Path initial);

    void showInformation(String title, String message);

    /** A Danish, non-technical message, with the technical details behind an expander. */
    void showError(String title, String message, Throwable details);

    boolean confirm(String title, String message);
}
