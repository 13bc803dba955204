package dk.trappen.core.reference;

/** A kommune abolished by the 2007 reform: its old code, its name, and the kommune it is part of now. */
public record TidligereKommune(int code, String name, int mergedInto, String source) {
}
