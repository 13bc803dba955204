package dk.trappen.app.cli;

import dk.trappen.core.DanishDates;
import dk.trappen.core.figures.CutDates;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;

/** Every date option: 2025-12-31 or 31-12-2025, with one Danish message for anything else. */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        return DanishDates.parse(value).orElseThrow(() -> new OptionValueException("msg.option.date.invalid"));
    }

    /** A date that must be a cut date (30 June or 31 December), as {@code --cut} takes it. */
    static final class CutDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate date = new DateConverter().convert(value);
            if (!CutDates.isCutDate(date)) {
                throw new OptionValueException("msg.option.cut.notCutDate", DanishDates.format(date));
            }
            return date;
        }
    }
}
