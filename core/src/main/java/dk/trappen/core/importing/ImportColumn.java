package dk.trappen.core.importing;

/**
 * One of an import type's own columns as a file's header meets it.
 *
 * @param name     the canonical name (PNR, STARTDATO, …)
 * @param required whether a file of the type must have it
 * @param matched  the file's header column that will be read as it, or null when none
 */
public record ImportColumn(String name, boolean required, String matched) {
}
