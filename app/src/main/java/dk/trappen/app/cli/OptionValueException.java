package dk.trappen.app.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A value an option cannot take, thrown by this package's converters. {@link Cli} turns it into
 * the Danish text of {@link #key()}, with the option's name as {0}, the value as typed as {1} and
 * {@link #details()} after them, the same wording for the same option in every command.
 */
final class OptionValueException extends TypeConversionException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] details;

    OptionValueException(String key, Object... details) {
        super(key);
        this.key = key;
        this.details = details.clone();
    }

    String key() {
        return key;
    }

    Object[] details() {
        return details.clone();
    }
}
