package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CancellationTest {

    @Test
    void cancelledRunLeavesNoFilesAndReportsProgressInDanish(@TempDir Path dir) {
        CancellationToken cancel = new CancellationToken();
        List<String> messages = new ArrayList<>();
        assertThrows(CancelledException.class, () -> new SampleGenerator().generate(SmallSample.ref(),
                SampleOptions.defaults(), dir, (done, total, message) -> {
                    messages.add(message);
                    if (done >= 1) {
                        cancel.cancel();
                    }
                }, cancel));
        for (String f : SampleGenerator.FILES) {
            assertFalse(Files.exists(dir.resolve(f)), f + " left behind");
        }
        assertTrue(messages.get(0).startsWith("Danner syntetiske borgere i Aarhus (751)"), messages.toString());
    }
}
