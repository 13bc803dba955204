package dk.trappen.app.cli;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command line's Danish texts: the {@code msg.*} keys of {@code usage.properties}, the bundle
 * that also holds picocli's help texts. Arguments are passed as text (numbers and dates already in
 * the form to print), so MessageFormat never formats them on its own.
 */
final class CliTexts {

    static final String BUNDLE = "dk.trappen.app.cli.usage";
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private CliTexts() {
    }

    static String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(texts);
    }

    /** Wrong usage of the command: exit 2 with the Danish message and the command's usage. */
    static ParameterException usage(CommandSpec spec, String key, Object... args) {
        return new ParameterException(spec.commandLine(), get(key, args));
    }

    /** "4,2 s": a time taken, as every command reports it. */
    static String seconds(Duration taken) {
        return String.format(DANISH, "%.1f s", taken.toNanos() / 1e9);
    }
}
