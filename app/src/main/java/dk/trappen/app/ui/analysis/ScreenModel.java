package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;

/**
 * What a screen's view model starts from: the shared selection's view model (titles, the pattern,
 * the reference data) and the UI's texts. Subclasses compute from a {@link Selection} and hold no
 * scene types, so they are tested without an FX toolkit.
 */
abstract class ScreenModel {

    protected final AnalysisViewModel vm;
    protected final I18n i18n;

    protected ScreenModel(AnalysisViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
    }
}
