package dk.trappen.core.reference;

/** A step of Socialpsykiatriens indsatstrappe (8 = furthest from an ordinary everyday life). */
public record Trin(int trin, String name, String law, String keyFigure) {
}
