package dk.trappen.app.ui.charts;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.analysis.Figures;
import dk.trappen.core.figures.discretion.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The table behind a chart: cells as discretion left them, numbers in the UI's format, columns
 * sortable by value (hidden cells sort below every shown value), copyable as tab-separated text.
 */
public final class FigureTable extends TableView<FigureTable.Row> {

    /** A column: an optional group heading (a comparison line), its own heading and the decimals shown. */
    public record Column(String group, String title, int decimals) {
    }

    /** Decimals of a column whose rows say their own (a table of different figures). */
    public static final int ROW_DECIMALS = -1;

    /** "Decimals" of a column of text worked out from shown cells (a change), taken from {@link Row#texts()}. */
    public static final int TEXT = -2;

    /**
     * A row: its label (a date, a figure, a kommune), a tooltip for the label, the decimals of its
     * {@link #ROW_DECIMALS} columns, one cell per value column and one text per {@link #TEXT}
     * column, each in column order.
     */
    public record Row(String label, int decimals, String tooltip, List<Cell> cells, List<String> texts) {
        public Row {
            cells = List.copyOf(cells);
            texts = List.copyOf(texts);
        }

        public Row(String label, int decimals, String tooltip, List<Cell> cells) {
            this(label, decimals, tooltip, cells, List.of());
        }

        public Row(String label, String tooltip, List<Cell> cells) {
            this(label, 0, tooltip, cells);
        }
    }

    private final Locale locale;
    private String firstTitle = "";
    private List<Column> columns = List.of();

    public FigureTable(String id, I18n i18n) {
        this.locale = i18n.locale();
        setId(id);
        getStyleClass().add("figure-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        MenuItem copy = new MenuItem(i18n.text("table.copy"));
        copy.setOnAction(e -> copy());
        setContextMenu(new ContextMenu(copy));
        KeyCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        setOnKeyPressed(e -> {
            if (ctrlC.match(e)) {
                copy();
                e.consume();
            }
        });
        setPrefHeight(260);
    }

    /** The shape of the columns last built (headings aside) and the group columns, to reuse them. */
    private List<String> shape = List.of();
    private final List<TableColumn<Row, Cell>> groupColumns = new ArrayList<>();

    public void show(String firstColumnTitle, List<Column> cols, List<Row> rows) {
        this.firstTitle = firstColumnTitle;
        this.columns = List.copyOf(cols);
        // A change of kommune keeps the shape: rename the group headings instead of rebuilding columns.
        List<String> newShape = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        for (Column c : cols) {
            newShape.add((c.group() == null ? "-" : "g") + c.title() + c.decimals());
            if (c.group() != null && !groupNames.contains(c.group())) {
                groupNames.add(c.group());
            }
        }
        newShape.add(firstColumnTitle + "|" + groupNames.size());
        if (newShape.equals(shape) && groupNames.size() == groupColumns.size()) {
            for (int i = 0; i < groupNames.size(); i++) {
                groupColumns.get(i).setText(groupNames.get(i));
            }
            getItems().setAll(rows);
            return;
        }
        shape = newShape;
        groupColumns.clear();
        TableColumn<Row, String> label = new TableColumn<>(firstColumnTitle);
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null || row.tooltip() == null ? null : wrapped(row.tooltip()));
            }
        });
        label.setPrefWidth(Math.max(110, Math.min(360, 8 * rows.stream().mapToInt(r -> r.label().length()).max().orElse(10))));
        List<TableColumn<Row, ?>> top = new ArrayList<>();
        top.add(label);
        Map<String, TableColumn<Row, Cell>> groups = new LinkedHashMap<>();
        Map<String, Long> perGroup = new java.util.HashMap<>();
        cols.forEach(c -> perGroup.merge(String.valueOf(c.group()), 1L, Long::sum));
        int cellIndex = 0;
        int textIndex = 0;
        for (int i = 0; i < cols.size(); i++) {
            Column col = cols.get(i);
            TableColumn<Row, ?> c = col.decimals() == TEXT ? textColumn(col, textIndex++) : valueColumn(col, cellIndex++);
            if (col.group() != null) {
                // Wide enough that the group's heading (a unit's name) is read in full.
                c.setPrefWidth(Math.max(c.getPrefWidth(), (7.5 * col.group().length() + 24) / perGroup.get(col.group())));
            }
            if (col.group() == null) {
                top.add(c);
            } else {
                TableColumn<Row, Cell> g = groups.computeIfAbsent(col.group(), name -> {
                    TableColumn<Row, Cell> parent = new TableColumn<>(name);
                    top.add(parent);
                    groupColumns.add(parent);
                    return parent;
                });
                g.getColumns().add(c);
            }
        }
        getColumns().setAll(top);
        getItems().setAll(rows);
    }

    /** A column of text (a change since an earlier date), as worded by the screen. */
    private TableColumn<Row, String> textColumn(Column col, int index) {
        TableColumn<Row, String> c = new TableColumn<>(col.title());
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text(f.getValue(), index)));
        c.getStyleClass().add("text-column");
        c.setPrefWidth(Math.max(130, 7 * col.title().length() + 20));
        return c;
    }

    private static String text(Row r, int index) {
        return index < r.texts().size() ? r.texts().get(index) : "";
    }

    private TableColumn<Row, Cell> valueColumn(Column col, int index) {
        TableColumn<Row, Cell> c = new TableColumn<>(col.title());
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().cells().get(index)));
        c.setCellFactory(f -> new TableCell<>() {
            @Override
            protected void updateItem(Cell item, boolean empty) {
                super.updateItem(item, empty);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || item == null || row == null ? null : Figures.text(item, decimals(col, row), locale));
                getStyleClass().remove("hidden-cell");
                if (!empty && item != null && !item.shown() && !item.text().isEmpty()) {
                    getStyleClass().add("hidden-cell");
                }
            }
        });
        c.setComparator(FigureTable::compare);
        c.getStyleClass().add("number-column");
        c.setPrefWidth(Math.max(90, 7.5 * col.title().length() + 20));
        return c;
    }

    private static int decimals(Column c, Row r) {
        return c.decimals() == ROW_DECIMALS ? r.decimals() : c.decimals();
    }

    private static int compare(Cell a, Cell b) {
        return Double.compare(sortValue(a), sortValue(b));
    }

    private static double sortValue(Cell c) {
        if (c == null) {
            return -2;
        }
        return c.shown() ? c.value().getAsDouble() : c.text().isEmpty() ? -2 : -1;
    }

    private static Tooltip wrapped(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    /** The table as shown (discretion applied), tab-separated with a header line, in display order. */
    public String asText() {
        StringBuilder b = new StringBuilder(firstTitle);
        for (Column c : columns) {
            b.append('\t').append(c.group() == null ? c.title() : c.group() + " – " + c.title());
        }
        b.append('\n');
        for (Row r : getItems()) {
            b.append(r.label());
            int cell = 0;
            int text = 0;
            for (Column c : columns) {
                b.append('\t').append(c.decimals() == TEXT ? text(r, text++)
                        : Figures.text(r.cells().get(cell++), decimals(c, r), locale));
            }
            b.append('\n');
        }
        return b.toString();
    }

    public void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(asText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
