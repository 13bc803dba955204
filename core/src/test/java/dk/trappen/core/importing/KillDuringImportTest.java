package dk.trappen.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.store.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash (kill -9) in the middle of an import: the workspace still opens and holds exactly the
 * imports that had committed before.
 */
class KillDuringImportTest {

    @TempDir
    Path tmp;

    @Test
    void killedImportLeavesOnlyWholeImports() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.create(dir)) {
            ImportFixtures.importFile(ws, ImportFixtures.write(tmp, "lille.csv", ImportServiceTest.YDELSER,
                    StandardCharsets.UTF_8), ImportOptions.defaults());
        }
        Path big = tmp.resolve("stor.csv");
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("PNR;HANDLEKOMMUNE;MODT_YDELSE_KODE;MAALGRUPPE;STARTDATO;SLUTDATO\n");
            for (int i = 0; i < 150_000; i++) {
                w.write(String.format("%010d;101;1.12.0.2;1.2.2;2019-01-01;2020-%02d-01%n", 1_000_000_000L + i, 1 + i % 12));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), dir.toString(), big.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean started = false;
            while ((line = out.readLine()) != null) {
                if (line.equals("IMPORTERER")) {
                    started = true;
                    break;
                }
            }
            assertTrue(started, "the child reached the middle of its import");
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(3, ImportFixtures.spellCount(ws));
            assertEquals(1, ws.importLog().entries().size());
            assertEquals(1, ws.dataVersion());
            // And the workspace is fully usable: the big file imports whole afterwards.
            ImportReport r = ImportFixtures.importFile(ws, big, ImportOptions.defaults());
            assertEquals(150_000, r.rowsStored());
        }
    }

    /** The process that is killed: imports the big file and says so once rows are flowing. */
    public static final class Child {
        public static void main(String[] args) {
            try (Workspace ws = Workspace.open(Path.of(args[0]))) {
                new ImportService(ws, ImportFixtures.REFERENCE, Clock.systemDefaultZone()).importFile(Path.of(args[1]),
                        ImportOptions.defaults(), (done, total, msg) -> {
                            if (done > total / 3) {
                                System.out.println("IMPORTERER");
                                System.out.flush();
                            }
                        }, new CancellationToken());
            }
        }
    }
}
