package dk.trappen.core.reference;

/** A DREAM benefit code with its category; {@code verified} says whether a source confirms it. */
public record DreamKode(String code, String text, DreamKategori category, boolean verified) {
}
