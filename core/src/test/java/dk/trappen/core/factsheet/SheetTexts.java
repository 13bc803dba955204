package dk.trappen.core.factsheet;

import dk.trappen.core.figures.discretion.Cell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a written sheet back as a reader's PDF tool would: its text, line by line, by position. */
final class SheetTexts {

    /** Numbers as printed: digits with thousands dots and an optional decimal comma. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?:\\.\\d{3})*(?:,\\d+)?(?![\\d])");

    private SheetTexts() {
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return text(doc, 1, doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(PDDocument doc, int fromPage, int toPage) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(fromPage);
            stripper.setEndPage(toPage);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\\R"));
    }

    /** The text on one line, so a sentence wrapped over two lines can be searched for. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The table row of a figure (its line starts with the id and a space). */
    static Optional<String> row(String text, String id) {
        return lines(text).stream().filter(l -> l.startsWith(id + " ")).findFirst();
    }

    /** The last {@code n} whitespace-separated values of a row. */
    static List<String> lastValues(String row, int n) {
        String[] parts = row.trim().split("\\s+");
        return Arrays.asList(parts).subList(parts.length - n, parts.length);
    }

    /**
     * Every whole number from 1 to 4 printed on the sheet outside the places that are not counts:
     * dates, figure ids, paragraph signs, the målgruppe code, the version and "Side 1 af 2". A count
     * of 1–4 persons would show up here.
     */
    static List<String> smallWholeNumbers(String text) {
        String cleaned = text.replaceAll("\\d{2}-\\d{2}-\\d{4}", " ")
                .replaceAll("NT\\d+(?:\\.\\d+)?(?:[–-]\\d+)?", " ")
                .replaceAll("§\\d+[a-z]*(?:/[a-z])?", " ")
                .replaceAll("målgruppe [\\d.]+", " ")
                .replaceAll("Trappen \\S+", " ")
                .replaceAll("Side \\d+ af \\d+", " ");
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(cleaned);
        while (m.find()) {
            String n = m.group();
            if (!n.contains(",") && n.length() == 1 && n.charAt(0) >= '1' && n.charAt(0) <= '4') {
                int from = Math.max(0, m.start() - 40);
                out.add("'" + n + "' in …" + cleaned.substring(from, Math.min(cleaned.length(), m.end() + 20)) + "…");
            }
        }
        return out;
    }

    /** A cell as the sheet prints it, worked out here from the core's cell: Danish thousands dots, else its text. */
    static String printed(Cell cell) {
        if (!cell.shown()) {
            return cell.text().isEmpty() ? "–" : cell.text();
        }
        String t = cell.text();
        String whole = t.contains(",") ? t.substring(0, t.indexOf(',')) : t;
        String rest = t.substring(whole.length());
        boolean negative = whole.startsWith("-");
        String digits = negative ? whole.substring(1) : whole;
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + grouped + rest;
    }
}
