package dk.trappen.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Shared test helpers: the repository's reference tables and exact expectations on a result. */
final class FigureAssertions {

    private static ReferenceData reference;

    private FigureAssertions() {
    }

    static synchronized ReferenceData reference() {
        if (reference == null) {
            reference = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
        }
        return reference;
    }

    /** Writes the fixture into a new workspace in {@code dir} and computes its figures. */
    static FigureResult compute(Path dir, SpellFixture f) {
        try (Workspace ws = Workspace.create(dir)) {
            f.writeTo(ws);
            return new FigureService(reference()).compute(ws);
        }
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Asserts the listed figures ("NT1", 2, "M8_5", 1, …) of a kommune at a cut date and that every
     * other standard figure there is 0.
     */
    static void expectExactly(FigureResult r, int kommune, String date, Object... idValue) {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < idValue.length; i += 2) {
            expected.put((String) idValue[i], (Integer) idValue[i + 1]);
        }
        for (FigureId f : FigureId.standard()) {
            assertEquals(expected.getOrDefault(f.id(), 0).intValue(), r.count(kommune, d(date), f),
                    f.id() + " of " + kommune + " at " + date);
        }
        for (String id : expected.keySet()) {
            FigureId.parse(id).orElseThrow(() -> new AssertionError("unknown figure " + id));
        }
    }

    /** Asserts the stocks NT1–NT6 of a kommune at a date (the base date included). */
    static void expectStocks(FigureResult r, int kommune, String date, int nt1, int nt2, int nt3, int nt4, int nt5, int nt6) {
        FigureId[] ids = {FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4, FigureId.NT5, FigureId.NT6};
        int[] values = {nt1, nt2, nt3, nt4, nt5, nt6};
        for (int i = 0; i < ids.length; i++) {
            assertEquals(values[i], r.count(kommune, d(date), ids[i]), ids[i] + " of " + kommune + " at " + date);
        }
    }
}
