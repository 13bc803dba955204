package dk.trappen.app.ui.data;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Read-only text columns, as the Data screen's tables use them. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A text that may be longer than its column: the whole of it in a tooltip. */
    public static <T> TableColumn<T, String> longText(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = text(title, value, width);
        c.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /** A count, right-aligned so the digits line up. */
    public static <T> TableColumn<T, String> number(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = text(title, value, width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
