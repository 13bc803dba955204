package dk.trappen.app.cli;

import dk.trappen.core.reference.ReferenceData;
import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --kommune CODE|all}, shared by figures, export and factsheet: a three-digit code or all,
 * with the same Danish messages for a missing, malformed or unknown code in every command.
 */
final class KommuneOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    // Not picocli's "required": a missing option gets the Danish message of required().
    // The description is looked up by picocli as "trappen.<command>.kommune", else "kommune".
    @Option(names = "--kommune", paramLabel = "CODE|all", converter = Converter.class)
    private Choice choice;

    /** The choice; wrong usage when the option was not given. */
    Choice required() {
        if (choice == null) {
            throw CliTexts.usage(command, "msg.option.kommune.missing");
        }
        return choice;
    }

    /** The choice, or all kommuner when the option was not given. */
    Choice orAll() {
        return choice == null ? Choice.ALL : choice;
    }

    /** Wrong usage for a well-formed code that names no kommune. */
    ParameterException unknown(Choice chosen) {
        return CliTexts.usage(command, "msg.option.kommune.unknown", chosen.text());
    }

    /** A code the reference table knows, or all; wrong usage otherwise. */
    Choice known(Choice chosen, ReferenceData reference) {
        if (chosen.code().isPresent() && reference.kommune(chosen.code().getAsInt()).isEmpty()) {
            throw unknown(chosen);
        }
        return chosen;
    }

    /** One kommune by its code, or all. */
    static final class Choice {
        static final Choice ALL = new Choice(null);

        private final String code;

        private Choice(String code) {
            this.code = code;
        }

        boolean isAll() {
            return code == null;
        }

        /** The code, empty for all. */
        OptionalInt code() {
            return code == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(code));
        }

        /** The three digits as typed ("all" for all). */
        String text() {
            return code == null ? "all" : code;
        }
    }

    static final class Converter implements ITypeConverter<Choice> {
        @Override
        public Choice convert(String value) {
            if (value.equals("all")) {
                return Choice.ALL;
            }
            if (!value.matches("\\d{3}")) {
                throw new OptionValueException("msg.option.kommune.invalid");
            }
            return new Choice(value);
        }
    }
}
