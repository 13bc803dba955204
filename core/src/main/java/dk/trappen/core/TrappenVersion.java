package dk.trappen.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The program version, written into the jar by the build. */
public final class TrappenVersion {

    private static final String VERSION = read();

    private TrappenVersion() {
    }

    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = TrappenVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "udvikling";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "udvikling");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
