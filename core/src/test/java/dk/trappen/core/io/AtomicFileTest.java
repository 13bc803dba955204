package dk.trappen.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path tmp;

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesTheContentAndReplacesAnOldFile() throws IOException {
        Path file = tmp.resolve("tal.csv");
        Files.writeString(file, "gammel");
        AtomicFile.write(file, out -> out.write("ny æøå".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ny æøå", Files.readString(file));
        assertEquals(List.of("tal.csv"), names(tmp), "no temporary file is left");
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("tal.csv");
        Files.writeString(file, "gammel");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("halv".getBytes(StandardCharsets.UTF_8));
            // The half-written temporary file exists at this point.
            assertEquals(2, names(tmp).size());
            throw new IOException("disken er fuld");
        }));
        assertEquals("disken er fuld", failure.getMessage());
        assertEquals("gammel", Files.readString(file));
        assertEquals(List.of("tal.csv"), names(tmp));
    }

    @Test
    void aRuntimeFailureSuchAsACancelLeavesNoFileAtAll() throws IOException {
        Path file = tmp.resolve("ny.xlsx");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("annulleret");
        }));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void theTemporaryFileIsHiddenBesideTheTarget() {
        Path temp = AtomicFile.tempFor(tmp.resolve("tal.csv"));
        assertEquals(tmp, temp.getParent());
        assertTrue(temp.getFileName().toString().matches("\\.tal\\.csv\\.[0-9a-f-]{36}\\.tmp"), temp.toString());
    }

    @Test
    void aMissingFolderIsReportedForTheTargetNotTheTemporaryFile() {
        Path file = tmp.resolve("findes").resolve("ikke.csv");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> AtomicFile.write(file, out -> out.write(1)));
        assertEquals(file.toAbsolutePath().toString(), e.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void stagedFilesAppearOnlyWhenPublishedAndTheStagingFolderGoes() throws IOException {
        Path folder = tmp.resolve("ark");
        try (AtomicFile.Staging staging = AtomicFile.staging(folder)) {
            Files.writeString(staging.resolve("a.pdf"), "a");
            Files.writeString(staging.resolve("b.pdf"), "b");
            assertEquals(1, names(folder).size(), "only the hidden staging folder");
            assertTrue(names(folder).get(0).startsWith("."), names(folder).toString());
            assertEquals(folder.resolve("a.pdf").toAbsolutePath(), staging.publish("a.pdf"));
        }
        assertEquals(List.of("a.pdf"), names(folder), "the unpublished file went with the staging folder");
        assertEquals("a", Files.readString(folder.resolve("a.pdf")));
    }

    @Test
    void aFailedBatchLeavesNothingInTheFolder() throws IOException {
        Path folder = tmp.resolve("ark");
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicFile.Staging staging = AtomicFile.staging(folder)) {
                Files.writeString(staging.resolve("a.pdf"), "a");
                throw new IllegalStateException("tegning fejlede");
            }
        });
        assertEquals(List.of(), names(folder));
    }
}
