package dk.trappen.app.ui.screens;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.main.MainViewModel;
import javafx.scene.Node;

/** Builds the view of each screen; later issues replace these with the full screens. */
public final class ScreenViews {

    private final AppContext context;
    private final I18n i18n;
    private final MainViewModel main;

    public ScreenViews(AppContext context, I18n i18n, MainViewModel main) {
        this.context = context;
        this.i18n = i18n;
        this.main = main;
    }

    public Node create(Screen screen) {
        if (screen == Screen.DATA) {
            return new DataView(i18n, main).root();
        }
        return screen.area()
                .map(area -> new AreaView(screen, area, context.reference(), i18n).root())
                .orElseGet(() -> ScreenHeader.page(screen, i18n));
    }
}
