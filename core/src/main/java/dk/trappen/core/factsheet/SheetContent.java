package dk.trappen.core.factsheet;

import dk.trappen.core.figures.discretion.Cell;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one fact sheet shows, already through discretion: texts ready to print and cells
 * whose numbers exist only where they may be shown. Built by {@link SheetBuilder}, drawn by
 * {@link SheetRenderer}.
 */
record SheetContent(int kommuneCode, String kommuneName, LocalDate cut, String title, List<String> facts,
        String coverage, List<String> sentences, Staircase staircase, Trend trend, Movements movements, Table table,
        List<Paragraph> footer, String colophon) {

    SheetContent {
        facts = List.copyOf(facts);
        sentences = List.copyOf(sentences);
        footer = List.copyOf(footer);
    }

    /** One unit's cells in a chart, one per category or date. */
    record Series(String name, SeriesStyle style, List<Cell> cells) {
        Series {
            cells = List.copyOf(cells);
        }
    }

    /** NT1–NT6 at the cut date: the kommune as bars, the compared units as lines over the same categories. */
    record Staircase(String heading, String unitLabel, List<String> categories, Series bars, List<Series> lines,
            int decimals, String note) {
        Staircase {
            categories = List.copyOf(categories);
            lines = List.copyOf(lines);
        }
    }

    /** A figure over the cut dates since 2017, one line per unit. */
    record Trend(String heading, String unitLabel, List<LocalDate> dates, List<Series> lines, int decimals) {
        Trend {
            dates = List.copyOf(dates);
            lines = List.copyOf(lines);
        }
    }

    /** NT7–NT10 in the two half-years of the last year: two bars per movement. */
    record Movements(String heading, String unitLabel, List<String> categories, Series earlier, Series latest) {
        Movements {
            categories = List.copyOf(categories);
        }
    }

    /** The key figures of every area at the cut date for the kommune and the compared units. */
    record Table(List<String> headers, List<Row> rows, String note) {
        Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** A row of the table: an area heading (no values) or a figure with its unit and values. */
    record Row(boolean heading, String id, String title, String unit, List<String> values) {
        Row {
            values = List.copyOf(values);
        }

        static Row heading(String title) {
            return new Row(true, "", title, "", List.of());
        }
    }

    /** A footer paragraph: a bold lead-in and its text. */
    record Paragraph(String lead, String text) {
    }
}
