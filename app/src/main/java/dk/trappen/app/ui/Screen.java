package dk.trappen.app.ui;

import dk.trappen.core.reference.Omraade;
import java.util.Optional;

/** The workbench's screens, in the order of the navigation. */
public enum Screen {
    OVERBLIK("screen.overblik", null),
    INDSATSTRAPPEN("screen.indsatstrappen", Omraade.INDSATSTRAPPEN),
    BEVAEGELSER("screen.bevaegelser", Omraade.BEVAEGELSER),
    BESKAEFTIGELSE("screen.beskaeftigelse", Omraade.BESKAEFTIGELSE),
    TRIVSEL("screen.trivsel", Omraade.TRIVSEL),
    MENTAL_SUNDHED("screen.mentalSundhed", Omraade.MENTAL_SUNDHED),
    GENINDLAEGGELSER("screen.genindlaeggelser", Omraade.GENINDLAEGGELSER),
    OEKONOMI("screen.oekonomi", Omraade.OEKONOMI),
    ALLE_KOMMUNER("screen.alleKommuner", null),
    DATA("screen.data", null),
    FAKTAARK("screen.faktaark", null);

    private final String key;
    private final Omraade area;

    Screen(String key, Omraade area) {
        this.key = key;
        this.area = area;
    }

    /** Bundle key of the title; {@code key() + ".description"} holds the one-line description. */
    public String key() {
        return key;
    }

    /** The catalogue area the screen shows, if it is an area screen. */
    public Optional<Omraade> area() {
        return Optional.ofNullable(area);
    }
}
