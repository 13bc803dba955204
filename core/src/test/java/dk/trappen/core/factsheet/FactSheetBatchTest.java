package dk.trappen.core.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.reference.Kommune;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All kommuner at once, and how files reach the disk: complete or not at all. */
class FactSheetBatchTest {

    private static final LocalDate CUT = LocalDate.of(2025, 12, 31);

    @TempDir
    Path tmp;

    private final FactSheetData data = SmallSampleSheets.data();
    private final FactSheetService service = SmallSampleSheets.service();

    @Test
    void allKommunerGiveOnePdfEachAndOneCombinedWithABookmarkPerKommune() throws IOException {
        Path folder = tmp.resolve("ark");
        List<Long> done = Collections.synchronizedList(new ArrayList<>());
        AtomicLong total = new AtomicLong();
        BatchResult r = service.writeAll(data, CUT, folder, (d, t, m) -> {
            done.add(d);
            total.set(t);
        }, new CancellationToken());

        List<Kommune> kommuner = SmallSampleSheets.REFERENCE.kommuner();
        assertEquals(98, r.sheets().size());
        assertEquals(folder.resolve("faktaark-751-aarhus-2025-12-31.pdf").toAbsolutePath(), r.sheets().get(
                kommuner.indexOf(SmallSampleSheets.REFERENCE.kommune(751).orElseThrow())));
        assertEquals(folder.resolve("faktaark-alle-kommuner-2025-12-31.pdf").toAbsolutePath(), r.combined());
        assertEquals(99, names(folder).size(), "the sheets and the combined file, nothing else: " + names(folder));
        assertTrue(names(folder).contains("faktaark-101-koebenhavn-2025-12-31.pdf"), "æ, ø, å spelt out in file names");
        assertEquals(99L, total.get());
        assertEquals(99L, Collections.max(done), "progress reaches its total");

        try (PDDocument combined = Loader.loadPDF(r.combined().toFile())) {
            assertEquals(2 * 98, combined.getNumberOfPages());
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item : combined.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(item.getTitle());
            }
            assertEquals(98, marks.size());
            assertEquals("København (101)", marks.get(0));
            assertEquals("Aarhus (751)", marks.get(kommuner.indexOf(SmallSampleSheets.REFERENCE.kommune(751).orElseThrow())));
            // The combined file holds the same sheet as the single one.
            int aarhus = kommuner.indexOf(SmallSampleSheets.REFERENCE.kommune(751).orElseThrow());
            String inCombined = SheetTexts.text(combined, 2 * aarhus + 1, 2 * aarhus + 2);
            String single = SheetTexts.text(Files.readAllBytes(r.sheets().get(aarhus)));
            assertEquals(single, inCombined);
        }
        try (PDDocument one = Loader.loadPDF(r.sheets().get(0).toFile())) {
            assertEquals(2, one.getNumberOfPages());
            assertTrue(SheetTexts.text(one, 1, 1).contains("Sådan placerer København sig"));
        }
    }

    @Test
    void aCancelledBatchLeavesTheFolderAsItWas() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("ark"));
        Files.writeString(folder.resolve("andet.txt"), "ikke vores");
        CancellationToken cancel = new CancellationToken();
        assertThrows(CancelledException.class, () -> service.writeAll(data, CUT, folder, (d, t, m) -> {
            if (d == 10) {
                cancel.cancel();
            }
        }, cancel));
        assertEquals(List.of("andet.txt"), names(folder), "no sheet, no temporary folder left");
    }

    @Test
    void aSingleSheetReplacesAnOldOneAndLeavesNoTemporaryFile() throws IOException {
        Path out = tmp.resolve("ud").resolve("aarhus.pdf");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "en gammel fil");
        assertEquals(out, service.write(data, 751, Optional.empty(), CUT, out));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
        }
        assertEquals(List.of("aarhus.pdf"), names(out.getParent()));
    }

    @Test
    void aSheetThatCannotBeWrittenFailsInDanishAndLeavesNothing() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("fil"), "en fil, ikke en mappe");
        FactSheetException e = assertThrows(FactSheetException.class,
                () -> service.write(data, 751, Optional.empty(), CUT, blocker.resolve("aarhus.pdf")));
        assertTrue(e.getMessage().startsWith("Faktaarket " + blocker.resolve("aarhus.pdf").toAbsolutePath()
                + " kan ikke skrives"), e.getMessage());
        assertEquals(List.of("fil"), names(tmp));
    }

    @Test
    void oneThreadWritesTheSameFilesAsSeveral() throws IOException {
        FactSheetService single = new FactSheetService(SmallSampleSheets.REFERENCE, SmallSampleSheets.CLOCK, 1);
        BatchResult a = single.writeAll(data, CUT, tmp.resolve("a"), (d, t, m) -> { }, new CancellationToken());
        BatchResult b = service.writeAll(data, CUT, tmp.resolve("b"), (d, t, m) -> { }, new CancellationToken());
        for (int i = 0; i < a.sheets().size(); i += 17) {
            assertEquals(SheetTexts.text(Files.readAllBytes(a.sheets().get(i))),
                    SheetTexts.text(Files.readAllBytes(b.sheets().get(i))), a.sheets().get(i).toString());
        }
        assertFalse(a.sheets().isEmpty());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
