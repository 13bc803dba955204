package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The options figures, export and factsheet share: {@code --kommune CODE|all} and the date options
 * ({@code --cut}, {@code --from}, {@code --to}) take the same forms and refuse a wrong value with the
 * same Danish line in every command. On the {@link WorkspaceCommandTest} workspace (cut dates
 * 2017-12-31 and 2018-06-30).
 */
class SharedOptionsTest extends WorkspaceCommandTest {

    /** Each command with what it needs besides the option under test. */
    private String[] command(String name, String... more) {
        List<String> args = new ArrayList<>(List.of(name, "--workspace", ws.toString()));
        if (name.equals("export")) {
            args.addAll(List.of("--out", tmp.resolve("x.xlsx").toString()));
        } else if (name.equals("factsheet")) {
            args.addAll(List.of("--out", tmp.resolve("x.pdf").toString()));
        }
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    /** Exit 2 with {@code message} as the first line and the command's usage after it. */
    private void assertUsage(String message, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), String.join(" ", args) + ": " + err);
        assertEquals(message, err.toString().split("\\R")[0], String.join(" ", args));
        assertTrue(err.toString().contains("Brug: trappen " + args[0]), err.toString());
    }

    private String succeed(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(0, run(args), String.join(" ", args) + ": " + err);
        return out.toString();
    }

    @Test
    void aMalformedKommuneGetsTheSameLineInEveryCommand() {
        for (String c : List.of("figures", "export", "factsheet")) {
            assertUsage("Fejl: --kommune skal være en kommunekode på tre cifre (fx 751) eller all, ikke 'abc'",
                    command(c, "--kommune", "abc"));
            assertUsage("Fejl: --kommune skal være en kommunekode på tre cifre (fx 751) eller all, ikke '1010'",
                    command(c, "--kommune", "1010"));
        }
    }

    @Test
    void anUnknownKommuneGetsTheSameLineInEveryCommand() {
        for (String c : List.of("figures", "export", "factsheet")) {
            assertUsage("Fejl: ukendt kommunekode 998", command(c, "--kommune", "998"));
        }
        assertUsage("Fejl: ukendt kommunekode 998", command("figures", "--kommune", "998", "--level", "region"));
    }

    @Test
    void aMissingKommuneGetsTheSameLineWhereItIsNeeded() {
        for (String c : List.of("export", "factsheet")) {
            assertUsage("Fejl: --kommune mangler: angiv en kommunekode på tre cifre (fx 751) eller all", command(c));
        }
    }

    @Test
    void aBadDateGetsTheSameLineForEveryDateOption() {
        String[][] dateOptions = {{"figures", "--from"}, {"figures", "--to"}, {"export", "--cut"}, {"factsheet", "--cut"},
            {"sample", "--until"}};
        for (String[] o : dateOptions) {
            for (String bad : List.of("31-02-2025", "2025-13-01", "31.12.2025", "i går")) {
                String[] args = o[0].equals("sample")
                        ? new String[] {"sample", "--out", tmp.resolve("s").toString(), o[1], bad}
                        : command(o[0], "--kommune", "101", o[1], bad);
                assertUsage("Fejl: ugyldig dato for " + o[1] + ": '" + bad
                        + "' (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ, fx 2025-12-31)", args);
            }
        }
        assertTrue(!Files.exists(tmp.resolve("s")), "nothing written on wrong usage");
    }

    @Test
    void aCutThatIsNoCutDateGetsTheSameLineInEveryCommand() {
        for (String c : List.of("export", "factsheet")) {
            for (String date : List.of("2018-03-31", "31-03-2018")) {
                assertUsage("Fejl: --cut skal være en skæringsdato, 30. juni eller 31. december, ikke 31-03-2018",
                        command(c, "--kommune", "101", "--cut", date));
            }
            assertUsage("Fejl: 31-12-2030 er ikke en skæringsdato i data. Vælg 30-06 eller 31-12 fra 31-12-2017 til 30-06-2018.",
                    command(c, "--kommune", "101", "--cut", "31-12-2030"));
        }
    }

    @Test
    void figuresTakeBothDateFormsAlike() {
        String iso = succeed("figures", "--workspace", ws.toString(), "--kommune", "147", "--from", "2018-01-01",
                "--to", "2018-06-30");
        String danish = succeed("figures", "--workspace", ws.toString(), "--kommune", "147", "--from", "01-01-2018",
                "--to", "30-06-2018");
        assertEquals(iso, danish);
        assertTrue(iso.lines().skip(1).allMatch(l -> l.startsWith("147;2018-06-30;")), iso);
    }

    @Test
    void exportAndFactsheetTakeBothDateFormsAlike() {
        for (String date : List.of("2017-12-31", "31-12-2017")) {
            String export = succeed("export", "--workspace", ws.toString(), "--kommune", "147", "--cut", date, "--out",
                    tmp.resolve("f.xlsx").toString());
            assertTrue(export.startsWith("Nøgletal for Frederiksberg (147) pr. 31-12-2017 eksporteret til "), export);
            String sheet = succeed("factsheet", "--workspace", ws.toString(), "--kommune", "147", "--cut", date, "--out",
                    tmp.resolve("f.pdf").toString());
            assertTrue(sheet.startsWith("Faktaark for Frederiksberg pr. 31-12-2017 skrevet til "), sheet);
        }
    }

    @Test
    void helpShowsTheSharedOptionsWithBothDateForms() {
        for (String c : List.of("figures", "export", "factsheet")) {
            String help = succeed(c, "--help");
            assertTrue(help.contains("--kommune=CODE|all"), help);
            assertTrue(help.contains("ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ"), help);
        }
        assertTrue(succeed("figures", "--help").contains("Kommunekoden (fx 101)"), "figures' own description");
    }
}
