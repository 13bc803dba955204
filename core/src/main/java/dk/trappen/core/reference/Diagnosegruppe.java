package dk.trappen.core.reference;

/** An ICD-10 diagnosis group as a code range, e.g. DF20–DF29. */
public record Diagnosegruppe(String group, String name, String fromCode, String toCode) {

    /** Whether a diagnosis code such as {@code DF200} falls in the group (prefix-wise). */
    public boolean contains(String diagnosis) {
        String d = diagnosis.toUpperCase(java.util.Locale.ROOT);
        String head = d.length() > fromCode.length() ? d.substring(0, fromCode.length()) : d;
        String tail = d.length() > toCode.length() ? d.substring(0, toCode.length()) : d;
        return head.compareTo(fromCode) >= 0 && tail.compareTo(toCode) <= 0;
    }
}
