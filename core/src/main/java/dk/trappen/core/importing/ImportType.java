package dk.trappen.core.importing;

import static dk.trappen.core.importing.ColumnSpec.optional;
import static dk.trappen.core.importing.ColumnSpec.required;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The input types of data-formats.md, with their columns and how a layout is recognised. */
public enum ImportType {

    YDELSER("ydelser", List.of(
            required("PNR", "CPR", "PERSON_ID"),
            required("HANDLEKOMMUNE", "HANDLEKOMMUNE_KODE", "HANDLEKOM"),
            optional("BETALINGSKOMMUNE", "BETALINGSKOMMUNE_KODE", "BETALKOM"),
            optional("BOPAELSKOMMUNE", "BOPAELSKOMMUNE_KODE", "BOPKOM"),
            required("MODT_YDELSE_KODE", "YDELSESKODE", "YDELSE_KODE"),
            optional("MODT_TILB_KODE", "TILBUDSKODE"),
            required("MAALGRUPPE", "MAALGRUPPE_KODE", "MAAL_KEY"),
            required("STARTDATO", "YDELSE_START"),
            optional("SLUTDATO", "YDELSE_SLUT"),
            optional("FOED_DATO", "FOEDSELSDATO", "FOEDDATO"))),
    DOEDE("doede", List.of(
            required("PNR", "CPR", "PERSON_ID"),
            required("DOEDSDATO", "DOEDDATO", "DODDATO"))),
    BEFOLKNING("befolkning", List.of(
            required("KOMMUNEKODE", "KOMMUNE", "OMRAADE"),
            required("DATO", "TID"),
            required("ALDER"),
            required("ANTAL", "INDHOLD"))),
    DREAM("dream", List.of(
            required("PNR", "CPR", "PERSON_ID"),
            optional("UGE"),
            optional("KODE"))),
    LPR("lpr", List.of(
            required("PNR", "CPR", "PERSON_ID"),
            optional("KONTAKT_START"),
            optional("KONTAKT_SLUT"),
            optional("DATO_START"),
            optional("TIDSPUNKT_START"),
            optional("DATO_SLUT"),
            optional("TIDSPUNKT_SLUT"),
            optional("HOVEDSPECIALE", "SPECIALE"),
            optional("AKTIONSDIAGNOSE", "ADIAG"),
            optional("KONTAKTTYPE"),
            optional("PRIORITET"),
            optional("BOPAELSKOMMUNE", "KOMMUNEKODE"))),
    REGNSKAB("regnskab", List.of(
            required("KOMMUNEKODE", "KOMMUNE"),
            required("AAR", "REGNSKABSAAR"),
            required("FUNKTION"),
            required("GRUPPERING"),
            required("DRANST"),
            required("ART"),
            required("BELOEB", "BELOEB_KR"))),
    MAALINGER("maalinger", List.of(
            optional("PNR", "CPR"),
            optional("BORGER_ID", "BORGERID"),
            required("KOMMUNEKODE", "KOMMUNE"),
            required("MAALEDATO", "MAALINGSDATO"),
            optional("WHO5_1"),
            optional("WHO5_2"),
            optional("WHO5_3"),
            optional("WHO5_4"),
            optional("WHO5_5"),
            optional("WHO5_SCORE", "WHO5"),
            optional("INSPIRE_SCORE", "INSPIRE"),
            optional("INDSATS")));

    /** DREAM's weekly columns: y_YYWW. */
    static final Pattern DREAM_WEEK = Pattern.compile("y(\\d{2})(\\d{2})");

    private final String id;
    private final List<ColumnSpec> columns;

    ImportType(String id, List<ColumnSpec> columns) {
        this.id = id;
        this.columns = columns;
    }

    /** The name on the command line and in the log: {@code ydelser}, {@code lpr}, … */
    public String id() {
        return id;
    }

    List<ColumnSpec> columns() {
        return columns;
    }

    public static Optional<ImportType> byId(String id) {
        for (ImportType t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether a header (already normalised) has this type's tell-tale columns. */
    boolean recognises(List<String> normalised) {
        switch (this) {
            case YDELSER:
                return has(normalised, "MODT_YDELSE_KODE");
            case DOEDE:
                return has(normalised, "DOEDSDATO");
            case BEFOLKNING:
                return has(normalised, "ALDER") && has(normalised, "ANTAL");
            case DREAM:
                return normalised.stream().anyMatch(h -> DREAM_WEEK.matcher(h).matches())
                        || (has(normalised, "UGE") && has(normalised, "KODE"));
            case LPR:
                return has(normalised, "KONTAKT_START") || has(normalised, "DATO_START");
            case REGNSKAB:
                return has(normalised, "FUNKTION") && has(normalised, "DRANST");
            case MAALINGER:
                return has(normalised, "MAALEDATO");
            default:
                throw new IllegalStateException(name());
        }
    }

    private boolean has(List<String> normalised, String canonical) {
        ColumnSpec spec = columns.stream().filter(c -> c.name().equals(canonical)).findFirst().orElseThrow();
        return normalised.stream().anyMatch(spec::matches);
    }
}
