package dk.trappen.core.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.trappen.core.figures.compare.ComparisonGroup;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * No text of a sheet runs over other text or off the page, for every kommune of the sample (those
 * with data and the 95 without), an early cut date, and a comparison group with a long name.
 */
class SheetLayoutTest {

    /** Closer than this to the paper's edge a printer may cut text off. */
    private static final float PRINTABLE = 20f;

    private final FactSheetData data = SmallSampleSheets.data();
    private final FactSheetService service = SmallSampleSheets.service();

    @Test
    void everyKommuneOfTheSampleIsLaidOutCleanly() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var k : SmallSampleSheets.REFERENCE.kommuner()) {
            problems.addAll(problems(k.code(), Optional.empty(), data.latestCut()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anEarlyCutDateAndALongGroupNameToo() throws IOException {
        List<String> problems = new ArrayList<>();
        problems.addAll(problems(751, Optional.empty(), LocalDate.of(2017, 12, 31)));
        problems.addAll(problems(400, Optional.of(new ComparisonGroup("Landkommuner med egne botilbud og en lang "
                + "tradition for forebyggende indsatser i samarbejde med regionen og civilsamfundet", List.of(400, 751, 730,
                        825, 492))), data.latestCut()));
        assertEquals(List.of(), problems);
    }

    private List<String> problems(int kommune, Optional<ComparisonGroup> group, LocalDate cut) throws IOException {
        FactSheetData with = group.map(g -> SmallSampleSheets.withSaved(data, g)).orElse(data);
        try (PDDocument doc = Loader.loadPDF(service.bytes(with, kommune, group, cut))) {
            List<String> out = new ArrayList<>();
            TextBoxes.problems(doc, PRINTABLE).forEach(p -> out.add(kommune + " " + cut + ": " + p));
            return out;
        }
    }
}
