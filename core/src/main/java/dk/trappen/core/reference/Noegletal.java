package dk.trappen.core.reference;

/**
 * One entry of the key-figure catalogue (seed 002), e.g. NT7.1. {@code shortTitleDa} is the short
 * Danish title where space is scarce (the fact sheet's table and charts).
 */
public record Noegletal(String id, Omraade area, String titleDa, String titleEn, String shortTitleDa, Enhed unit,
        String source, String frequency, String definition, Udvikling expected) {
}
