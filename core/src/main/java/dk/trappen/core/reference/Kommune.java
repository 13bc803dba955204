package dk.trappen.core.reference;

/** A current kommune: official three-digit code, name, region and DST kommunegruppe. */
public record Kommune(int code, String name, int regionCode, int kommunegruppeCode) {

    /** The code as written in registers, with leading zeros (e.g. {@code 101}). */
    public String codeText() {
        return String.format("%03d", code);
    }
}
