package dk.trappen.app.prefs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's own preferences (last workspace, language), kept apart from workspace data in a
 * small properties file. Settings that change results live in the workspace instead.
 */
public final class AppPreferences {

    private static final String LAST_WORKSPACE = "sidste.arbejdsmappe";
    private static final String LANGUAGE = "sprog";
    private static final String LAST_KOMMUNE = "sidste.kommune";

    private final Path file;
    private final Properties values = new Properties();

    public AppPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code ~/.trappen/indstillinger.properties}. */
    public static AppPreferences inUserHome() {
        return new AppPreferences(Path.of(System.getProperty("user.home"), ".trappen", "indstillinger.properties"));
    }

    public Optional<Path> lastWorkspace() {
        String v = values.getProperty(LAST_WORKSPACE);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    public void setLastWorkspace(Path dir) {
        values.setProperty(LAST_WORKSPACE, dir.toAbsolutePath().toString());
        save();
    }

    /** Danish unless the user chose English. */
    public Locale language() {
        return "en".equals(values.getProperty(LANGUAGE)) ? Locale.ENGLISH : Locale.forLanguageTag("da");
    }

    public void setLanguage(Locale locale) {
        values.setProperty(LANGUAGE, locale.getLanguage());
        save();
    }

    /** The kommune the analysis screens showed last, so the next start opens on it. */
    public java.util.OptionalInt lastKommune() {
        String v = values.getProperty(LAST_KOMMUNE);
        return v == null || !v.matches("\\d{1,3}") ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(Integer.parseInt(v));
    }

    public void setLastKommune(int code) {
        values.setProperty(LAST_KOMMUNE, Integer.toString(code));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(w, "Trappen");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
