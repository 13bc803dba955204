package dk.trappen.core.reference;

/** One entry of the key-figure catalogue (seed 002), e.g. NT7.1. */
public record Noegletal(String id, Omraade area, String titleDa, String titleEn, Enhed unit,
        String source, String frequency, String definition, Udvikling expected) {
}
