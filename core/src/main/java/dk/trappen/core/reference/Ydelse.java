package dk.trappen.core.reference;

/** A service code (MODT_YDELSE_KODE); {@code trin} is 0 for a service off the staircase. */
public record Ydelse(String code, String name, String law, int trin) {

    public boolean onStaircase() {
        return trin >= 2;
    }
}
