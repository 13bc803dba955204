package dk.trappen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Danish date form (31-12-2025) is defined once, in core's DanishDates, and used from there by core and app. */
class DanishDateFormatTest {

    private static final Pattern DANISH_PATTERN = Pattern.compile("\"dd-MM-[uy]{4}");

    @Test
    void onlyDanishDatesSpellsThePattern() throws IOException {
        TreeSet<String> spelling = new TreeSet<>();
        int files = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                    files++;
                    if (DANISH_PATTERN.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()) {
                        spelling.add(f.getFileName().toString());
                    }
                }
            }
        }
        assertTrue(files > 100, "the scan reads the sources: " + files);
        assertEquals(new TreeSet<>(List.of("DanishDates.java")), spelling);
    }
}
