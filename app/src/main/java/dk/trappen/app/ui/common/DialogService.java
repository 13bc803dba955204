package dk.trappen.app.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog the workbench shows goes through here, so view models can be tested with a fake.
 */
public interface DialogService {

    /** A folder chooser; empty when the user cancels. */
    Optional<Path> chooseDirectory(String title, Path initial);

    /** Files to open; empty when the user cancels. {@code patterns} like "*.csv", described by {@code description}. */
    java.util.List<Path> chooseFiles(String title, Path initial, String description, String... patterns);

    /** Where to save a file; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName, String description, String... patterns);

    /**
     * The comparison-group picker: a name and the kommuner ticked among {@code kommuner}; empty when
     * the user cancels.
     */
    Optional<GroupPick> pickGroup(String title, java.util.List<dk.trappen.core.reference.Kommune> kommuner,
            java.util.List<Integer> ticked, String name);

    /** What the group picker returns. */
    record GroupPick(String name, java.util.List<Integer> kommuner) {
    }

    /** A form (built by a view) with OK and Cancel; true when the user pressed OK. */
    boolean showForm(String title, javafx.scene.Node form);

    /** Prints pages (PNG images) through the system's print dialog; false when cancelled or no printer. */
    boolean print(String title, java.util.List<byte[]> pages);

    void showInformation(String title, String message);

    /** A Danish, non-technical message, with the technical details behind an expander. */
    void showError(String title, String message, Throwable details);

    boolean confirm(String title, String message);
}
