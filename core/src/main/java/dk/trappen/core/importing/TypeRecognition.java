package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import dk.trappen.core.store.MappingStore;
import dk.trappen.core.store.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which import type a header is: the one type whose tell-tale columns it has, else the type a
 * mapping was saved under for this layout. A header that is really a data row (a file without
 * its header row) is told apart, for its own message.
 */
final class TypeRecognition {

    private TypeRecognition() {
    }

    /** The header's type, if it can be told. */
    static Optional<ImportType> detect(Session s, List<String> header) {
        List<String> normalised = header.stream().map(HeaderNames::normalise).collect(Collectors.toList());
        List<ImportType> matches = new ArrayList<>();
        for (ImportType t : ImportType.values()) {
            if (t.recognises(normalised)) {
                matches.add(t);
            }
        }
        if (matches.size() == 1) {
            return Optional.of(matches.get(0));
        }
        return MappingStore.fileType(s, HeaderNames.signature(header)).flatMap(ImportType::byId);
    }

    /** The header's type; a header whose type cannot be told refuses the file. */
    static ImportType recognise(Session s, String name, List<String> header) {
        Optional<ImportType> type = detect(s, header);
        if (type.isPresent()) {
            return type.get();
        }
        if (looksLikeData(header)) {
            throw dataAsHeader(name, header);
        }
        throw new ImportException("import.file.unrecognised", name, shownHeader(header));
    }

    /** A "header" holding a CPR number or a date is a data row: the file lacks its header row. */
    static boolean looksLikeData(List<String> header) {
        return header.stream().anyMatch(h -> Cpr.looksLikeCpr(h) || Values.date(h) != null);
    }

    /** The refusal of a file (or sheet, {@code where}) whose first line is data, not a header. */
    static ImportException dataAsHeader(String where, List<String> header) {
        return new ImportException("import.file.dataAsHeader", where, shownHeader(header));
    }

    /**
     * The header as a message lists it. A file without a header row has data in its first line:
     * a value that looks like a CPR number is not repeated.
     */
    static String shownHeader(List<String> header) {
        return header.stream().map(h -> Cpr.looksLikeCpr(h) ? Messages.danish("import.hiddenCpr") : h)
                .collect(Collectors.joining(", "));
    }
}
