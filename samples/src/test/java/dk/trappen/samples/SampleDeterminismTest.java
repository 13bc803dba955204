package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDeterminismTest {

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path other) throws Exception {
        Path first = SmallSample.defaults();
        SampleReport report = SmallSample.generate(SampleOptions.defaults(), other);
        assertEquals(SampleGenerator.FILES.size(), report.files().size());
        for (String f : SampleGenerator.FILES) {
            byte[] a = Files.readAllBytes(first.resolve(f));
            byte[] b = Files.readAllBytes(other.resolve(f));
            assertTrue(a.length > 0, f);
            assertArrayEquals(a, b, f + " differs between two runs with the same seed");
        }
    }

    @Test
    void differentSeedGivesDifferentFiles(@TempDir Path other) throws Exception {
        Path first = SmallSample.defaults();
        SmallSample.generate(SampleOptions.defaults().withSeed(2), other);
        for (String f : SampleGenerator.FILES) {
            if (f.equals(SampleGenerator.BEFOLKNING)) {
                continue; // population comes from the table, not from the seed
            }
            assertFalse(Arrays.equals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(other.resolve(f))),
                    f + " is the same for seeds 1 and 2");
        }
    }

    @Test
    void workbookHasFixedDatesAndEntryTimes() throws Exception {
        Path xlsx = SmallSample.defaults().resolve(SampleGenerator.MAALINGER);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                entries++;
                assertEquals(DeterministicZip.ENTRY_TIME, entry.getTimeLocal(), entry.getName());
            }
            assertTrue(entries > 5);
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(core.contains("2020-01-01T00:00:00Z"), core);
        }
    }

    /** The committed folder must be exactly what the documented command produces. */
    @Test
    void committedSmallSampleIsReproducible() throws Exception {
        Path committed = Path.of(System.getProperty("trappen.samples.small.dir", "small"));
        Path fresh = SmallSample.defaults();
        for (String f : SampleGenerator.FILES) {
            assertTrue(Files.exists(committed.resolve(f)), "missing in samples/small: " + f);
            assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(committed.resolve(f)),
                    "samples/small/" + f + " is out of date: regenerate with "
                            + "./trappen sample --out samples/small --scale small --seed 1");
        }
        long total;
        try (var s = Files.list(committed)) {
            total = s.mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total < 5_300_000, "samples/small is " + total + " bytes");
    }
}
