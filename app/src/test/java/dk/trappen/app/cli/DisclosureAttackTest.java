package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import dk.trappen.app.bench.DisclosureAttack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Combining everything Trappen publishes must not give away a hidden cell (key-figures.md §10):
 * {@link DisclosureAttack} reads the command line at every level, the all-kommuner workbook and the
 * 98 fact sheets of the committed sample, and solves for the "&lt;5" and "x" cells. Uses only the
 * public outputs, so it runs against any version of the discretion code.
 */
class DisclosureAttackTest {

    @TempDir
    static Path shared;

    private static Path ws;

    /** The sample's services and deaths (DOED and the matrix's died column then carry numbers). */
    @BeforeAll
    static void importTheSample() {
        ws = shared.resolve("ws");
        for (String file : List.of("ydelser.csv", "doede.csv")) {
            StringWriter log = new StringWriter();
            assertEquals(0, Cli.execute(() -> TestContexts.inFolder(shared), new PrintWriter(log, true),
                    new PrintWriter(log, true), "import", "--workspace", ws.toString(),
                    Path.of("..", "samples", "small", file).toString()), log.toString());
        }
    }

    /** The attack's relations are the true ones: on the unsuppressed figures every one of them adds up. */
    @Test
    void theRelationsHoldOnTheUnsuppressedFigures() throws IOException {
        List<String> failing = new DisclosureAttack(TestContexts.reference())
                .relationsFailingOnUnsuppressed(ws, Files.createDirectories(shared.resolve("raw")));
        assertTrue(failing.isEmpty(), failing.size() + " relations fail, e.g. "
                + failing.stream().limit(10).collect(Collectors.joining("; ")));
    }

    /** One attack for the tests below: it reads every output, which takes a while. */
    private static synchronized DisclosureAttack.Result attack() throws IOException {
        if (result == null) {
            long t = System.nanoTime();
            result = new DisclosureAttack(TestContexts.reference()).attack(ws, Files.createDirectories(shared.resolve("attack")));
            System.out.printf("DisclosureAttack: %d cells read, %d hidden, %d unknowns, %d relations, %d exposed, %.1f s%n",
                    result.cells(), result.hidden(), result.unknowns(), result.relations(), result.exposed().size(),
                    (System.nanoTime() - t) / 1e9);
            result.notes().stream().limit(20).forEach(n -> System.out.println("DisclosureAttack note: " + n));
            result.exposed().forEach(e -> System.out.println("DisclosureAttack exposed: " + e));
            if (!result.exposed().isEmpty()) {
                // What the attack worked out is checked against the true numbers, so a failure is a real leak.
                Map<DisclosureAttack.Key, Long> truth = new DisclosureAttack(TestContexts.reference())
                        .unsuppressed(ws, Files.createDirectories(shared.resolve("truth")));
                for (DisclosureAttack.Exposed e : result.exposed()) {
                    if (e.value() >= 0) {
                        assertEquals(truth.get(e.key()), e.value(), "the attack's value of " + e);
                    }
                }
            }
        }
        return result;
    }

    private static DisclosureAttack.Result result;

    /** A cell hidden in one output must not be printed in another (the leak the shared pattern closes). */
    @Test
    void noHiddenCellIsPrintedInAnotherOutput() throws IOException {
        assertTrue(attack().hidden() > 0, "the sample has suppressed cells to attack");
        assertNone(DisclosureAttack.How.PRINTED_ELSEWHERE, DisclosureAttack.How.RATE);
    }

    /** Sums over kommuner and the matrix relations must leave every hidden cell undetermined. */
    @Test
    void noHiddenCellCanBeSolvedFromTheRelations() throws IOException {
        assertNone(DisclosureAttack.How.LINEAR);
    }

    /** A hidden "<5" is 1–4: a relation whose hidden cells must all sit at that bound gives them away. */
    @Test
    void noHiddenCellIsFixedByTheBoundOfBelowFive() throws IOException {
        assertNone(DisclosureAttack.How.BOUND);
    }

    private static void assertNone(DisclosureAttack.How... kinds) throws IOException {
        List<DisclosureAttack.Exposed> found = attack().exposed().stream().filter(e -> List.of(kinds).contains(e.kind()))
                .collect(Collectors.toList());
        assertTrue(found.isEmpty(), found.size() + " exposed cells (unit, date, figure):\n"
                + found.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
}
