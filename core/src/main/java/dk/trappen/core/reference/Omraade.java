package dk.trappen.core.reference;

/** The areas of the key-figure catalogue, in catalogue order. */
public enum Omraade {
    INDSATSTRAPPEN, BEVAEGELSER, BESKAEFTIGELSE, TRIVSEL, MENTAL_SUNDHED, GENINDLAEGGELSER, OEKONOMI
}
