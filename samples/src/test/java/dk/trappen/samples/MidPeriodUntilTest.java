package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An extract taken in the middle of a half-year: nothing may lie after it. */
class MidPeriodUntilTest {

    @Test
    void nothingAfterUntil(@TempDir Path dir) throws Exception {
        LocalDate until = LocalDate.of(2021, 3, 15);
        SmallSample.generate(SampleOptions.defaults().withUntil(until).withSeed(5), dir);
        List<String[]> y = SmallSample.readUtf8(dir.resolve(SampleGenerator.YDELSER));
        for (String[] r : y.subList(1, y.size())) {
            assertFalse(LocalDate.parse(r[7]).isAfter(until), String.join(";", r));
            assertTrue(r[8].isEmpty() || r[8].startsWith("9999") || !LocalDate.parse(r[8]).isAfter(until));
        }
        List<String[]> lpr = SmallSample.readUtf8(dir.resolve(SampleGenerator.LPR));
        for (String[] r : lpr.subList(1, lpr.size())) {
            assertFalse(LocalDateTime.parse(r[2]).toLocalDate().isAfter(until), String.join(";", r));
        }
        String[] dreamHeader = SmallSample.readUtf8(dir.resolve(SampleGenerator.DREAM)).get(0);
        assertTrue(dreamHeader[dreamHeader.length - 1].equals("y_2111"), dreamHeader[dreamHeader.length - 1]);
        List<String[]> regnskab = SmallSample.readUtf8(dir.resolve(SampleGenerator.REGNSKAB));
        assertTrue(regnskab.stream().skip(1).allMatch(r -> Integer.parseInt(r[1]) <= 2020));
    }
}
