package dk.trappen.core.importing;

import static dk.trappen.core.importing.ImportFixtures.importFile;
import static dk.trappen.core.importing.ImportFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.trappen.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rejects file: every reject kept in the workspace, by import and line, as a Danish Excel opens it. */
class RejectsCsvTest {

    @TempDir
    Path tmp;

    @Test
    void everyRejectOfTheChosenImportsInOrderOfLine() throws Exception {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            ImportReport deaths = importFile(ws, write(tmp, "doede.csv",
                    "PNR;DOEDSDATO\n0101801234;2020-01-01\n0202024235;2030-01-01\n;2020-01-01\n", UTF_8),
                    ImportOptions.defaults());
            ImportReport other = importFile(ws, write(tmp, "doede2.csv",
                    "PNR;DOEDSDATO\n0303031236;2021-01-01\n0404041237;ikke en dato\n", UTF_8), ImportOptions.defaults());
            Map<Long, String> chosen = new LinkedHashMap<>();
            chosen.put(deaths.importId(), "doede.csv");
            Path out = tmp.resolve("afviste.csv");

            assertEquals(2, RejectsCsv.write(ws, chosen, out));

            // A field holding a quote is quoted, its quotes doubled; the person value of line 4 is not kept.
            assertEquals("\uFEFFfil;linje;kolonne;vaerdi;regel\r\n"
                    + "doede.csv;3;DOEDSDATO;2030-01-01;\"doede.csv, linje 3, kolonne DOEDSDATO: værdien \"\"2030-01-01\"\" "
                    + "ligger efter dags dato.\"\r\n"
                    + "doede.csv;4;PNR;;doede.csv, linje 4, kolonne PNR: personnummer eller borger-id mangler (værdien "
                    + "vises ikke, da det er et personnummer).\r\n", Files.readString(out, UTF_8));
            chosen.put(other.importId(), "doede2.csv");
            assertEquals(3, RejectsCsv.write(ws, chosen, out));
        }
    }
}
