package dk.trappen.app.ui.screens;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The title and one-line description every screen starts with. */
public final class ScreenHeader {

    private ScreenHeader() {
    }

    public static VBox header(Screen screen, I18n i18n) {
        Label title = new Label(i18n.text(screen.key()));
        title.getStyleClass().add("screen-title");
        title.setId("screen-title");
        Label description = new Label(i18n.text(screen.key() + ".description"));
        description.getStyleClass().add("screen-description");
        description.setWrapText(true);
        VBox box = new VBox(6, title, description);
        box.getStyleClass().add("screen-header");
        return box;
    }
}
