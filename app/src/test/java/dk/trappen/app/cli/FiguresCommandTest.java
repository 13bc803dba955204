package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.StaircaseRules;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code trappen figures} through {@link Cli#execute}. The workspace holds, from 2017-01-01 and
 * ongoing: 2 persons on trin 8 and 6 on trin 5 in København (101), 10 on trin 2 in Frederiksberg
 * (147); a §97 spell starting 2018-06-30 makes the series 2017-12-31 and 2018-06-30.
 * 78 figures per kommune and cut date (15 NT/lines + 63 matrix cells).
 */
class FiguresCommandTest extends WorkspaceCommandTest {

    private static final int FIGURES = 78;

    private List<String> lines() {
        return List.of(out.toString().split("\\R"));
    }

    /**
     * NT1 = 2 in 101 is "<5"; NT1–NT6 sum to a total (8) the fact sheet prints, so one more of them
     * is hidden: of the total and NT4 = 6 the total opens fewer relations (NT4 is also the base of
     * next half-year's matrix row), so the total is hidden and NT4 = 6 stays. Frederiksberg's NT6 = 10
     * is shown; a kommune without data shows 0.
     */
    @Test
    void csvHasOneRowPerKommuneCutDateAndFigureThroughDiscretion() {
        assertEquals(0, run("figures", "--workspace", ws.toString()), err.toString());
        List<String> lines = lines();
        assertEquals("kommune;cut_date;figure;value", lines.get(0));
        assertEquals(1 + 98 * 2 * FIGURES, lines.size());
        assertTrue(lines.contains("101;2017-12-31;NT1;<5"), out.toString().substring(0, 400));
        assertTrue(lines.contains("101;2017-12-31;NT4;6"));
        assertTrue(lines.contains("147;2017-12-31;NT6;10"));
        assertTrue(lines.contains("147;2018-06-30;M2_2;10"));
        assertTrue(lines.contains("851;2018-06-30;M8_D;0"), "zero values included");
        assertEquals("101;2017-12-31;NT1", lines.get(1).substring(0, 18), "kommuner, dates and figures in order");
        // No DREAM, measurements, LPR or accounts: NT11–NT20 are left out, with the reasons on stderr.
        assertTrue(err.toString().contains("NT11–NT12.2 udeladt: ingen DREAM-data importeret"), err.toString());
        assertTrue(err.toString().contains("NT19–NT20.6 udeladt"), err.toString());
    }

    @Test
    void withoutDiscretionTheFirstLineSaysSo() {
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--no-discretion", "--kommune", "101"));
        List<String> lines = lines();
        assertEquals("# UDEN DISKRETIONERING: kun til intern kontrol, må ikke videregives.", lines.get(0));
        assertEquals("kommune;cut_date;figure;value", lines.get(1));
        assertTrue(lines.contains("101;2017-12-31;NT1;2"));
        assertTrue(lines.contains("101;2017-12-31;NT4;6"));
    }

    /** With the setting that leaves a change of kommune out of NT7–NT10, each row's "S" column is written too. */
    @Test
    void theChangeOfKommuneColumnIsWrittenWhenTheSettingUsesIt() {
        try (Workspace w = Workspace.open(ws)) {
            WorkspaceSettings.save(w, WorkspaceSettings.defaults().withStaircaseRules(new StaircaseRules(
                    StaircaseRules.HandlekommuneTie.LATEST_START, StaircaseRules.Nt8Scope.ANY_LOWER_TRIN,
                    StaircaseRules.DeathRule.SEPARATE_LINE, StaircaseRules.KommuneChangeRule.LEFT_OUT)));
        }
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--kommune", "101"));
        assertEquals(1 + 2 * (FIGURES + 7), lines().size());
        assertTrue(lines().contains("101;2018-06-30;M8_S;0"));
    }

    @Test
    void oneKommuneFromADate() {
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--kommune", "147", "--from", "2018-01-01"));
        List<String> lines = lines();
        assertEquals(1 + FIGURES, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("147;2018-06-30;")), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--to", "2017-12-31", "--kommune", "147"));
        assertTrue(lines().stream().skip(1).allMatch(l -> l.startsWith("147;2017-12-31;")), out.toString());
    }

    @Test
    void levelsNameTheFirstColumnAndSumTheKommuner() {
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--level", "region"));
        List<String> lines = lines();
        assertEquals("region;cut_date;figure;value", lines.get(0));
        assertEquals(1 + 5 * 2 * FIGURES, lines.size());
        assertTrue(lines.contains("1084;2017-12-31;NT6;10"), "Region Hovedstaden holds 101 and 147");
        assertTrue(lines.contains("1084;2017-12-31;NT4;6"), "the same 6 as København's: nothing hidden beside it");

        out.getBuffer().setLength(0);
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--level", "sundhedsklynge", "--kommune", "101"));
        assertEquals("sundhedsklynge;cut_date;figure;value", lines().get(0));
        assertEquals(1 + 2 * 2 * FIGURES, lines().size(), "København sits in two klynger");

        out.getBuffer().setLength(0);
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--level", "land", "--no-discretion"));
        assertTrue(lines().contains("Hele landet;2017-12-31;NT1;2"), out.toString().substring(0, 300));
        assertEquals("land;cut_date;figure;value", lines().get(1));

        out.getBuffer().setLength(0);
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--level", "kommunegruppe"));
        assertEquals("kommunegruppe;cut_date;figure;value", lines().get(0));
    }

    @Test
    void jsonHoldsTheSameRows() {
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--format", "json", "--kommune", "101"));
        String json = out.toString();
        assertTrue(json.startsWith("{\"level\":\"kommune\",\"discretion\":true,\"threshold\":5,\"data_version\":1,\"rows\":["), json);
        assertTrue(json.contains("{\"kommune\":\"101\",\"cut_date\":\"2017-12-31\",\"figure\":\"NT1\",\"value\":\"<5\"}"));
        assertTrue(json.contains("{\"kommune\":\"101\",\"cut_date\":\"2017-12-31\",\"figure\":\"M8_8\",\"value\":\"<5\"}"));
        assertTrue(json.contains("{\"kommune\":\"101\",\"cut_date\":\"2018-06-30\",\"figure\":\"NT9\",\"value\":0}"));
        assertEquals(2 * FIGURES, json.split("\"cut_date\"").length - 1);
        assertTrue(json.strip().endsWith("]}"));

        out.getBuffer().setLength(0);
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--format", "json", "--no-discretion"));
        assertTrue(lines().get(0).startsWith("{\"warning\":\"UDEN DISKRETIONERING"), lines().get(0));
        assertTrue(out.toString().contains("\"discretion\":false"));
    }

    @Test
    void outWritesAFile() throws IOException {
        Path file = tmp.resolve("nt.csv");
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--out", file.toString(), "--kommune", "101"));
        List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("kommune;cut_date;figure;value", written.get(0));
        assertEquals(1 + 2 * FIGURES, written.size());
        assertEquals(1, lines().size());
        assertTrue(out.toString().startsWith("Nøgletal skrevet til "), out.toString());
        assertTrue(err.toString().contains("NT11–NT12.2 udeladt"), "absent sources noted on stderr after writing");

        err.getBuffer().setLength(0);
        assertEquals(1, run("figures", "--workspace", ws.toString(), "--out", tmp.resolve("findes/ikke.csv").toString()));
        assertTrue(err.toString().startsWith("Fejl: Filen "), err.toString());
    }

    @Test
    void wrongUsageIsExitTwoWithADanishLine() {
        String[][] wrong = {
            {"--from", "31-13-2017"}, {"--to", "2017-13-01"}, {"--from", "2019-01-01", "--to", "2018-01-01"},
            {"--level", "galakse"}, {"--format", "xml"}, {"--kommune", "abc"}, {"--kommune", "998"},
            {"--level", "region", "--kommune", "998"}, {"--hurtigt"}};
        assertWrongUsage("figures", wrong);
        assertTrue(err.toString().contains("--kommune=CODE|all"));
    }

    @Test
    void aWorkspaceWithoutDataIsExitOne() {
        Path empty = tmp.resolve("tom");
        Workspace.create(empty).close();
        assertEquals(1, run("figures", "--workspace", empty.toString()));
        assertEquals(1, err.toString().split("\\R").length, err.toString());
        assertTrue(err.toString().startsWith("Fejl: Arbejdsmappen " + empty.toAbsolutePath() + " har ingen ydelsesdata"),
                err.toString());
    }

    /**
     * Accounts for 101 in 2017: §108 200, forebyggende 100 → NT19 = 100/200 = 0,50, NT20.1 = 66,7,
     * NT20.6 = 33,3 (only at 31 December). Ten local persons measured in 147 on 2017-10-01 with
     * WHO-5 40, 44, …, 76: mean 58,0; seven above 50 (70,0 %), three 36–50 (30,0 %). DREAM and LPR
     * are missing: their rows are left out and stderr says why.
     */
    @Test
    void figuresTwoWithSomeSourcesMissing() throws SQLException {
        try (Workspace w = Workspace.open(ws); Connection c = w.connection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_line (import_id, kommune, account_year, "
                    + "function_code, grouping_code, dranst, art, amount, row_hash) VALUES (2, 101, 2017, ?, ?, 1, '4.0', ?, 0)")) {
                ps.setString(1, "5.38.50");
                ps.setString(2, "003");
                ps.setInt(3, 200);
                ps.executeUpdate();
                ps.setString(1, "5.38.53");
                ps.setString(2, "002");
                ps.setInt(3, 100);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO measurement (import_id, local_id, kommune, "
                    + "measured_on, who5, row_hash) VALUES (3, ?, 147, DATE '2017-10-01', ?, 0)")) {
                for (int i = 0; i < 10; i++) {
                    ps.setString(1, "L" + i);
                    ps.setInt(2, 40 + 4 * i);
                    ps.executeUpdate();
                }
            }
            Workspace.bumpDataVersion(c);
        }
        assertEquals(0, run("figures", "--workspace", ws.toString()), err.toString());
        List<String> lines = lines();
        assertTrue(lines.contains("101;2017-12-31;NT19;0,50"), String.join("\n", lines.subList(0, 120)));
        assertTrue(lines.contains("101;2017-12-31;NT20.1;66,7"));
        assertTrue(lines.contains("101;2017-12-31;NT20.6;33,3"));
        assertTrue(lines.contains("101;2017-12-31;NT20.2;0,0"));
        assertTrue(lines.stream().noneMatch(l -> l.contains(";2018-06-30;NT19;")), "yearly: not at 30 June");
        assertTrue(lines.contains("147;2017-12-31;NT13;58,0"));
        assertTrue(lines.contains("147;2017-12-31;NT15.1;70,0"));
        assertTrue(lines.contains("147;2017-12-31;NT15.2;30,0"));
        assertTrue(lines.contains("147;2017-12-31;NT15.3;0,0"));
        assertTrue(lines.contains("147;2017-12-31;NT16;"), "nobody measured in the period before");
        assertTrue(lines.stream().noneMatch(l -> l.contains(";NT11;") || l.contains(";NT18")), "absent sources left out");
        assertTrue(err.toString().contains("NT11–NT12.2 udeladt: ingen DREAM-data importeret"), err.toString());
        assertTrue(err.toString().contains("NT18–NT18_RATE udeladt: ingen LPR-data importeret"), err.toString());
        assertTrue(!err.toString().contains("NT13"), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("figures", "--workspace", ws.toString(), "--format", "json", "--kommune", "101"));
        assertTrue(out.toString().contains("{\"kommune\":\"101\",\"cut_date\":\"2017-12-31\",\"figure\":\"NT19\",\"value\":0.50}"),
                out.toString());
    }

    @Test
    void helpListsTheCommandInDanish() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("figures"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("figures", "--help"));
        assertTrue(out.toString().contains("Beregn nøgletallene NT1–NT20.6"), out.toString());
        assertTrue(out.toString().contains("NT18_INDL"), out.toString());
        assertTrue(out.toString().contains("--no-discretion"), out.toString());
    }
}
