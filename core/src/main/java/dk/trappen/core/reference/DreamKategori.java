package dk.trappen.core.reference;

/** What a DREAM week counts as for NT11–NT12 (key-figures.md §6). */
public enum DreamKategori {
    UDDANNELSE, BESKAEFTIGELSE, ANDEN
}
