package dk.trappen.app.ui.data;

import dk.trappen.app.ui.I18n;
import dk.trappen.core.importing.ImportType;
import java.util.ArrayList;
import java.util.List;

/** An entry of the file-type box: a type, or (type null) "recognise it from the header". */
public record TypeChoice(ImportType type, String label) {

    /** "Recognise automatically" first, then every type. */
    static List<TypeChoice> all(I18n i18n) {
        List<TypeChoice> out = new ArrayList<>();
        out.add(new TypeChoice(null, i18n.text("wizard.type.auto")));
        for (ImportType t : ImportType.values()) {
            out.add(new TypeChoice(t, label(t, i18n)));
        }
        return List.copyOf(out);
    }

    /** The type as the user knows it. */
    static String label(ImportType t, I18n i18n) {
        switch (t) {
            case YDELSER:
                return i18n.text("wizard.type.ydelser");
            case DOEDE:
                return i18n.text("wizard.type.doede");
            case BEFOLKNING:
                return i18n.text("wizard.type.befolkning");
            case DREAM:
                return i18n.text("wizard.type.dream");
            case LPR:
                return i18n.text("wizard.type.lpr");
            case REGNSKAB:
                return i18n.text("wizard.type.regnskab");
            case MAALINGER:
                return i18n.text("wizard.type.maalinger");
            default:
                throw new IllegalStateException(t.name());
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
