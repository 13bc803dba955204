package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.net.URI;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * An .xlsx workbook as tables: one per sheet with a header in its first row. Formulas are read
 * as their cached values, Excel dates as ISO dates. A merged area's value sits in its first cell;
 * a vertically merged data cell (one kommune written once for several rows) counts on every row.
 *
 * <p>Sheets are read as XML streams, a row at a time, so memory is bounded by the shared strings
 * and the merged areas, not by the number of rows. Cell values follow POI's usermodel
 * ({@code XSSFCell}) rules, which this class used before it streamed.
 */
final class XlsxTables implements Closeable {

    /** Beyond Excel's 16,384 columns, but a bound: a damaged reference must not size an array. */
    private static final int MAX_COLUMNS = 1 << 20;

    private static final String MAIN_NS = XSSFRelation.NS_SPREADSHEETML;
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** POI's secure settings: no DTDs, no external entities. Not shared: factories need not be thread-safe. */
    private final XMLInputFactory xmlFactory = XMLHelper.newXMLInputFactory();
    private final OPCPackage pkg;
    private final String fileName;
    private final Reader reader;
    private final StylesTable styles;
    private final List<String> strings;
    private boolean date1904;
    /** The sheets named in the workbook part, in order: name and relationship id. */
    private final List<String[]> sheetRefs = new ArrayList<>();
    private final List<SheetTable> opened = new ArrayList<>();

    /** POI's reader, for the workbook part it has found (and checked) in the package. */
    private static final class Reader extends XSSFReader {
        Reader(OPCPackage pkg) throws IOException, OpenXML4JException {
            super(pkg);
        }

        PackagePart workbook() {
            return workbookPart;
        }
    }

    private XlsxTables(OPCPackage pkg, String fileName) throws Exception {
        this.pkg = pkg;
        this.fileName = fileName;
        this.reader = new Reader(pkg);
        // Found by relationship, as XSSFWorkbook does; a missing part counts as none.
        PackagePart stylesPart = related(XSSFRelation.STYLES.getRelation());
        this.styles = stylesPart == null ? null : new StylesTable(stylesPart);
        PackagePart stringsPart = related(XSSFRelation.SHARED_STRINGS.getRelation());
        if (stringsPart == null) {
            this.strings = List.of();
        } else {
            try (InputStream in = stringsPart.getInputStream()) {
                this.strings = sharedStrings(in);
            }
        }
        try (InputStream in = reader.getWorkbookData()) {
            readWorkbook(in);
        }
    }

    /** The workbook's first internal part of a relationship type, or null if there is none or it is missing. */
    private PackagePart related(String relationshipType) throws InvalidFormatException {
        for (PackageRelationship rel : reader.workbook().getRelationshipsByType(relationshipType)) {
            if (rel.getTargetMode() != TargetMode.EXTERNAL) {
                return partOf(rel);
            }
        }
        return null;
    }

    private PackagePart partOf(PackageRelationship rel) throws InvalidFormatException {
        URI target = rel.getTargetURI();
        // A reference into a part ("#Sheet1!A1") names the part before the fragment.
        return pkg.getPart(target.getRawFragment() != null ? PackagingURIHelper.createPartName(target.getPath())
                : PackagingURIHelper.createPartName(target));
    }

    static XlsxTables open(Path file) {
        String name = file.getFileName().toString();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxTables(pkg, name);
        } catch (Exception e) {
            // POI signals a broken or foreign zip with a range of exceptions, checked and not.
            if (pkg != null) {
                pkg.revert();
            }
            throw new ImportException(e, "import.file.notWorkbook", name);
        }
    }

    /** The sheets that have a header row, in workbook order. */
    List<SourceTable> tables() {
        List<SourceTable> out = new ArrayList<>();
        try {
            for (String[] ref : sheetRefs) {
                PackagePart part = sheetPart(ref[1]);
                if (part == null) {
                    continue; // as XSSFWorkbook, which skips a sheet whose part is missing
                }
                SheetTable table = new SheetTable(part, ref[0]);
                opened.add(table);
                if (table.findHeader()) {
                    table.collectMerges();
                    out.add(table);
                } else {
                    table.close();
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            // Sheets are read only now: a damaged one shows here or in next().
            throw new ImportException(e, "import.file.notWorkbook", fileName);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        for (SheetTable t : opened) {
            t.close();
        }
        pkg.revert(); // read-only: nothing to save
    }

    String fileName() {
        return fileName;
    }

    /** The shared strings as XSSFCell shows them: the runs' text if there are runs, else the plain text. */
    private List<String> sharedStrings(InputStream in) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader x = xmlFactory.createXMLStreamReader(in);
        try {
            x.nextTag();
            if (!is(x, "sst")) {
                throw new XMLStreamException("not a SpreadsheetML string table: " + x.getName());
            }
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && is(x, "si")) {
                    out.add(richText(x));
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /**
     * The text of a rich-text element ({@code <si>} or {@code <is>}), the reader on its start tag:
     * the runs' text if it has runs, else its own {@code <t>}; phonetic hints left out.
     */
    private static String richText(XMLStreamReader x) throws XMLStreamException {
        StringBuilder plain = new StringBuilder();
        StringBuilder runs = new StringBuilder();
        boolean hasRuns = false;
        int depth = 1;
        boolean inRun = false;
        boolean inPhonetic = false;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (is(x, "r") && depth == 2) {
                    hasRuns = true;
                    inRun = true;
                } else if (is(x, "rPh")) {
                    inPhonetic = true;
                } else if (is(x, "t") && !inPhonetic) {
                    (inRun ? runs : plain).append(x.getElementText());
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (is(x, "r") && depth == 1) {
                    inRun = false;
                } else if (is(x, "rPh")) {
                    inPhonetic = false;
                }
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document");
            }
        }
        return decoded(hasRuns ? runs.toString() : plain.toString());
    }

    /** Excel's _xHHHH_ escapes, decoded as POI's rich text does. */
    private static String decoded(String s) {
        return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }

    /** The date system and the sheets' names and relationship ids, from the workbook part. */
    private void readWorkbook(InputStream in) throws XMLStreamException {
        XMLStreamReader x = xmlFactory.createXMLStreamReader(in);
        try {
            boolean seenProperties = false;
            x.nextTag();
            if (!is(x, "workbook")) {
                throw new XMLStreamException("not a SpreadsheetML workbook: " + x.getName());
            }
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    if (is(x, "workbookPr") && !seenProperties) {
                        seenProperties = true; // XSSFWorkbook reads the first
                        String v = x.getAttributeValue(null, "date1904");
                        date1904 = v != null && (v.trim().equals("1") || v.trim().equals("true"));
                    } else if (is(x, "sheet")) {
                        String name = x.getAttributeValue(null, "name");
                        String id = x.getAttributeValue(RELATIONSHIPS_NS, "id");
                        if (name == null || id == null) {
                            throw new XMLStreamException("a sheet without name or id");
                        }
                        sheetRefs.add(new String[] {name, id});
                    }
                }
            }
        } finally {
            x.close();
        }
    }

    /** The worksheet (or chart sheet) part a relationship id names, or null if it is missing. */
    private PackagePart sheetPart(String id) throws InvalidFormatException {
        PackagePart workbook = reader.workbook();
        PackageRelationship rel = workbook.getRelationship(id);
        if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL
                || !(rel.getRelationshipType().equals(XSSFRelation.WORKSHEET.getRelation())
                        || rel.getRelationshipType().equals(XSSFRelation.CHARTSHEET.getRelation()))) {
            return null;
        }
        return partOf(rel);
    }

    /** Whether the reader is on an element of this name in SpreadsheetML's namespace. */
    private static boolean is(XMLStreamReader x, String localName) {
        return localName.equals(x.getLocalName()) && MAIN_NS.equals(x.getNamespaceURI());
    }

    /** A 0-based column from a reference like "C5" or "$AB$7". */
    private static int column(String ref) {
        int col = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch == '$' && letters == 0) {
                continue;
            }
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
            letters++;
            if (col > MAX_COLUMNS) {
                throw new IllegalArgumentException("column out of range: " + ref);
            }
        }
        if (letters == 0) {
            throw new IllegalArgumentException("not a cell reference: " + ref);
        }
        return col - 1;
    }

    /** One {@code <row>}: its 0-based number and its cells' text by column ("" where none). */
    private static final class RawRow {
        int number;
        String[] cells = new String[16];
        /** Last cell index + 1, as POI's getLastCellNum. */
        int width;

        void clear(int number) {
            this.number = number;
            Arrays.fill(cells, 0, width, null);
            width = 0;
        }

        void put(int col, String text) {
            if (col >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
            }
            cells[col] = text;
            width = Math.max(width, col + 1);
        }

        String get(int col) {
            String s = col < width ? cells[col] : null;
            return s == null ? "" : s;
        }

        boolean blank() {
            for (int i = 0; i < width; i++) {
                if (cells[i] != null && !cells[i].isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A one-column merged area below the header; its value is taken when its first row passes. */
    private static final class Area {
        final int firstRow;
        final int lastRow;
        String value; // null until the first row is read

        Area(int firstRow, int lastRow) {
            this.firstRow = firstRow;
            this.lastRow = lastRow;
        }
    }

    private final class SheetTable implements SourceTable {
        private final PackagePart part;
        private final String name;
        private final List<String> header = new ArrayList<>();
        private InputStream in;
        private XMLStreamReader xml;
        private final RawRow raw = new RawRow();
        private int headerRow;
        private int lastRowNumber = -1;
        /** Column default styles from {@code <cols>}: min, max (0-based) and style index. */
        private final List<int[]> columnStyles = new ArrayList<>();
        /** Shared formulas' master text by group index, for a member cell without a cached value. */
        private final Map<String, String> sharedFormulas = new HashMap<>();
        /** Merged one-column areas by column, keyed by their second row (the first that borrows). */
        private final Map<Integer, TreeMap<Integer, Area>> merged = new HashMap<>();
        /** The same areas by their first row, whose cell gives the value. */
        private final Map<Integer, List<Map.Entry<Integer, Area>>> startingAt = new HashMap<>();
        private boolean done;
        /** Whether a style (by the cell's index) or a column's default style formats dates. */
        private final Map<String, Boolean> dateByStyle = new HashMap<>();
        private final Map<Integer, Boolean> dateByColumn = new HashMap<>();

        SheetTable(PackagePart part, String name) {
            this.part = part;
            this.name = name;
        }

        /** Reads up to and including the first non-blank row; false if the sheet has none. */
        boolean findHeader() throws IOException, XMLStreamException {
            in = part.getInputStream();
            xml = xmlFactory.createXMLStreamReader(in);
            xml.nextTag();
            if (!is(xml, "worksheet") && !is(xml, "chartsheet")) {
                throw new XMLStreamException("not a SpreadsheetML sheet: " + xml.getName());
            }
            while (readRow()) {
                if (!raw.blank()) {
                    headerRow = raw.number;
                    for (int i = 0; i < raw.width; i++) {
                        header.add(raw.get(i));
                    }
                    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                        header.remove(header.size() - 1);
                    }
                    return true;
                }
            }
            return false;
        }

        /**
         * The one-column merged areas below the header. {@code <mergeCells>} follows the rows in
         * the XML, so a separate cheap pass reads it before the rows are handed out.
         */
        void collectMerges() throws IOException, XMLStreamException {
            try (InputStream s = part.getInputStream()) {
                XMLStreamReader x = xmlFactory.createXMLStreamReader(s);
                try {
                    while (x.hasNext()) {
                        if (x.next() == XMLStreamConstants.START_ELEMENT && is(x, "mergeCell")) {
                            CellRangeAddress area = CellRangeAddress.valueOf(x.getAttributeValue(null, "ref"));
                            if (area.getFirstColumn() == area.getLastColumn() && area.getFirstRow() > headerRow
                                    && area.getLastRow() > area.getFirstRow()) {
                                Area a = new Area(area.getFirstRow(), area.getLastRow());
                                int col = area.getFirstColumn();
                                // Of two areas from the same row the later wins, as before; Excel writes no overlaps.
                                merged.computeIfAbsent(col, k -> new TreeMap<>()).put(a.firstRow + 1, a);
                                startingAt.computeIfAbsent(a.firstRow, k -> new ArrayList<>()).add(Map.entry(col, a));
                            }
                        }
                    }
                } finally {
                    x.close();
                }
            }
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public SourceRow next() {
            try {
                return nextRow();
            } catch (ImportException e) {
                throw e;
            } catch (IOException | XMLStreamException | RuntimeException e) {
                close();
                throw new ImportException(e, "import.file.notWorkbook", fileName);
            }
        }

        private SourceRow nextRow() throws IOException, XMLStreamException {
            while (readRow()) {
                List<Map.Entry<Integer, Area>> starting = startingAt.get(raw.number);
                if (starting != null) {
                    for (Map.Entry<Integer, Area> e : starting) {
                        e.getValue().value = raw.get(e.getKey());
                    }
                }
                if (raw.blank()) {
                    continue;
                }
                int width = Math.max(header.size(), raw.width);
                String[] cells = new String[width];
                for (int i = 0; i < width; i++) {
                    cells[i] = raw.get(i);
                    if (cells[i].isEmpty() && !merged.isEmpty()) {
                        Area a = areaAt(raw.number, i);
                        if (a != null && a.value != null) {
                            // A vertically merged cell shows its area's value on every row it spans.
                            cells[i] = a.value;
                        }
                    }
                }
                // Empty cells right of the header are not extra fields.
                int last = width;
                while (last > header.size() && cells[last - 1].isEmpty()) {
                    last--;
                }
                return new SourceRow(raw.number + 1L, last == width ? cells : Arrays.copyOf(cells, last));
            }
            close();
            return null;
        }

        private Area areaAt(int row, int col) {
            TreeMap<Integer, Area> areas = merged.get(col);
            Map.Entry<Integer, Area> e = areas == null ? null : areas.floorEntry(row);
            return e != null && row <= e.getValue().lastRow ? e.getValue() : null;
        }

        /** Moves to the next {@code <row>} of the sheet data and reads it into {@link #raw}; false at the end. */
        private boolean readRow() throws XMLStreamException {
            if (done) {
                return false;
            }
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, "row")) {
                        String r = xml.getAttributeValue(null, "r");
                        // Without a number a row follows the one before, as Excel counts.
                        int number = r == null ? lastRowNumber + 1 : Integer.parseInt(r.trim()) - 1;
                        if (number < 0) {
                            throw new IllegalArgumentException("row number out of range: " + r);
                        }
                        lastRowNumber = number;
                        raw.clear(number);
                        readCells();
                        return true;
                    } else if (is(xml, "col")) {
                        columnStyle();
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && is(xml, "sheetData")) {
                    break;
                }
            }
            done = true;
            return false;
        }

        private void columnStyle() {
            String min = xml.getAttributeValue(null, "min");
            String max = xml.getAttributeValue(null, "max");
            String style = xml.getAttributeValue(null, "style");
            if (min != null && max != null) {
                columnStyles.add(new int[] {Integer.parseInt(min.trim()) - 1, Integer.parseInt(max.trim()) - 1,
                    style == null ? 0 : Integer.parseInt(style.trim())});
            }
        }

        /** The cells of the row whose start tag the reader is on. */
        private void readCells() throws XMLStreamException {
            int col = -1;
            while (true) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, "c")) {
                        String r = xml.getAttributeValue(null, "r");
                        // A cell without a reference follows the one before.
                        col = r == null ? col + 1 : column(r);
                        if (col >= MAX_COLUMNS) {
                            throw new IllegalArgumentException("column out of range");
                        }
                        raw.put(col, cell(col));
                    } else {
                        skip();
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    return; // </row>
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of document");
                }
            }
        }

        /** Skips the element whose start tag the reader is on. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of document");
                }
            }
        }

        /** A {@code <c>} element's text, the reader on its start tag; read as XSSFCell would. */
        private String cell(int col) throws XMLStreamException {
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            String value = null;
            String formula = null;
            String formulaType = null;
            String sharedIndex = null;
            String inline = null;
            while (true) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, "v")) {
                        value = xml.getElementText();
                    } else if (is(xml, "f")) {
                        if (formula == null) {
                            formulaType = xml.getAttributeValue(null, "t");
                            sharedIndex = xml.getAttributeValue(null, "si");
                            formula = xml.getElementText();
                        } else {
                            skip();
                        }
                    } else if (is(xml, "is")) {
                        inline = richText(xml);
                    } else {
                        skip();
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    break; // </c>
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of document");
                }
            }
            if (formula != null && "shared".equals(formulaType) && sharedIndex != null) {
                if (!formula.isEmpty()) {
                    sharedFormulas.put(sharedIndex, formula);
                } else {
                    // POI shifts the master's references to this cell; its text is close enough here.
                    formula = sharedFormulas.getOrDefault(sharedIndex, formula);
                }
            }
            // POI leaves data-table formulas alone: such a cell is typed by its cached value.
            boolean isFormula = formula != null && !"dataTable".equals(formulaType);
            if (isFormula && value == null) {
                // POI would read the missing result as 0: show the formula, which no rule accepts.
                return Messages.danish("import.formulaWithoutValue", "=" + formula);
            }
            switch (type == null ? "n" : type) {
                case "b":
                    return Boolean.toString("1".equals(value));
                case "e":
                    return "#FEJL";
                case "inlineStr":
                    return (inline != null ? inline : value != null ? decoded(value) : "").trim();
                case "str":
                    return (value != null ? decoded(value) : "").trim();
                case "s":
                    return sharedString(value).trim();
                case "n":
                    if (value == null && !isFormula) {
                        return ""; // a blank cell, perhaps styled
                    }
                    return number(value, col, style);
                default:
                    throw new IllegalStateException("Illegal cell type: " + type);
            }
        }

        private String sharedString(String value) {
            if (value == null) {
                return "";
            }
            try {
                return strings.get(Integer.parseInt(value));
            } catch (RuntimeException e) {
                return ""; // POI reads a string index out of range as an empty string
            }
        }

        private String number(String value, int col, String styleIndex) {
            double d = value == null || value.isEmpty() ? 0.0 : Double.parseDouble(value);
            if (DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = dateFormatted(col, styleIndex) ? DateUtil.getLocalDateTime(d, date1904) : null;
                if (t != null) { // null: a date-formatted number that is no Excel date
                    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                            : t.toLocalDate() + "T" + t.toLocalTime();
                }
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).toPlainString();
        }

        /**
         * Whether a cell's number format is a date format. The style is the cell's own, else its
         * column's, else the default, as XSSFCell.getCellStyle; the answers are kept, as a sheet
         * has few styles and many cells.
         */
        private boolean dateFormatted(int col, String styleIndex) {
            if (styles == null) {
                return false;
            }
            if (styleIndex != null && styles.getNumCellStyles() > 0) {
                Boolean known = dateByStyle.get(styleIndex);
                if (known == null) {
                    XSSFCellStyle own = styles.getStyleAt(Math.toIntExact(Long.parseLong(styleIndex.trim())));
                    if (own != null) {
                        known = isDateFormat(own);
                        dateByStyle.put(styleIndex, known);
                    }
                }
                if (known != null) {
                    return known;
                }
            }
            return dateByColumn.computeIfAbsent(col, c -> {
                int idx = 0;
                for (int[] cs : columnStyles) {
                    if (c >= cs[0] && c <= cs[1]) {
                        idx = cs[2];
                        break;
                    }
                }
                return isDateFormat(styles.getStyleAt(idx));
            });
        }

        private boolean isDateFormat(XSSFCellStyle style) {
            ExcelNumberFormat nf = ExcelNumberFormat.from(style);
            return nf != null && DateUtil.isADateFormat(nf);
        }

        @Override
        public String where(SourceRow row) {
            return Messages.danish("import.where.sheetRow", name, row.line());
        }

        @Override
        public String sheet() {
            return name;
        }

        void close() {
            done = true;
            try {
                if (xml != null) {
                    xml.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (IOException | XMLStreamException e) {
                // nothing more will be read from it
            }
            xml = null;
            in = null;
        }
    }
}
