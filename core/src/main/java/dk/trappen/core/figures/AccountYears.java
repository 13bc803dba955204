package dk.trappen.core.figures;

import dk.trappen.core.Messages;
import dk.trappen.core.reference.KontoplanLinje;
import dk.trappen.core.reference.ReferenceData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which kontoplan an account year of NT19–NT20 was mapped by, as every output says it.
 *
 * <p>Decision (issue 20): the catalogue (seed 002) starts the economy figures in 2018, while the
 * series of key-figures.md start at 2017-12-31 and {@code kontoplan.csv} has a year range per row.
 * A year before 2018 is kept wherever rows of {@code kontoplan.csv} apply to it, rather than cut
 * from the series: a kommune that has the accounts sees them, and a user who adds rows for an
 * older kontoplan (with {@code fra_aar}/{@code til_aar}) gets them used. But such a year is not
 * the catalogue's own, so the workbook's Økonomi sheet, the fact sheet's economy lines and the
 * window's Økonomi screen each carry a note naming the rows' years and source, e.g. "Regnskabsår
 * 2017 ligger før katalogets første år (2018) og er opgjort efter kontoplanen for 2017 og frem
 * (seed 002)". A year no row applies to has no figures at all (AccountFigures maps nothing).
 */
public final class AccountYears {

    /** The first account year of the catalogue's NT19–NT20 (seed 002). */
    public static final int CATALOGUE_FIRST_YEAR = 2018;

    private AccountYears() {
    }

    /** The note for an account year before {@link #CATALOGUE_FIRST_YEAR} that the kontoplan maps; empty otherwise. */
    public static Optional<String> note(ReferenceData reference, int year, Locale locale) {
        if (year >= CATALOGUE_FIRST_YEAR) {
            return Optional.empty();
        }
        Set<String> ranges = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (KontoplanLinje l : reference.kontoplan()) {
            if (l.appliesTo(year)) {
                ranges.add(l.toYear() == KontoplanLinje.OPEN
                        ? Messages.format(locale, "figures.kontoplan.range.open", Integer.toString(l.fromYear()))
                        : l.fromYear() == l.toYear() ? Integer.toString(l.fromYear()) : l.fromYear() + "–" + l.toYear());
                sources.add(l.source());
            }
        }
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Messages.format(locale, "figures.kontoplan.note", Integer.toString(year),
                Integer.toString(CATALOGUE_FIRST_YEAR), String.join(", ", ranges), String.join(", ", sources)));
    }

    /** The notes of the given account years, oldest first, one per year that needs one. */
    public static List<String> notes(ReferenceData reference, Collection<Integer> years, Locale locale) {
        List<String> out = new ArrayList<>();
        for (int y : new TreeSet<>(years)) {
            note(reference, y, locale).ifPresent(out::add);
        }
        return out;
    }
}
