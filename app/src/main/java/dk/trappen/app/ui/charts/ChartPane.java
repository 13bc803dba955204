package dk.trappen.app.ui.charts;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.common.DialogService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * A JFreeChart in the scene: hover values, a click on a legend entry hides or shows its series,
 * and a context menu to copy the chart or save it as PNG or SVG.
 */
public final class ChartPane extends StackPane {

    private final ChartViewer viewer;
    private final I18n i18n;
    private final DialogService dialogs;
    private final String fileName;

    public ChartPane(String id, String fileName, I18n i18n, DialogService dialogs) {
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.fileName = fileName;
        viewer = new ChartViewer(null, false);
        viewer.addChartMouseListener(new LegendToggle());
        setId(id);
        getStyleClass().add("chart-pane");
        getChildren().add(viewer);
        MenuItem copy = new MenuItem(i18n.text("chart.copy"));
        copy.setOnAction(e -> copy());
        MenuItem png = new MenuItem(i18n.text("chart.savePng"));
        png.setOnAction(e -> save("png"));
        MenuItem svg = new MenuItem(i18n.text("chart.saveSvg"));
        svg.setOnAction(e -> save("svg"));
        ContextMenu menu = new ContextMenu(copy, png, svg);
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
        // A right click opens the menu on every platform (not all send a context-menu event for it).
        viewer.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                menu.show(viewer, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        setMinHeight(260);
        setPrefHeight(340);
    }

    public void setChart(JFreeChart chart) {
        viewer.setChart(chart);
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** The chart as a picture on the clipboard, at the size it has on screen. */
    public void copy() {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(png(chart, width(), height()))));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void save(String format) {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        dialogs.chooseSaveFile(i18n.text("chart.saveTitle"), null, fileName + "." + format,
                format.toUpperCase(java.util.Locale.ROOT), "*." + format).ifPresent(p -> write(chart, format, p));
    }

    /** Writes the chart as PNG (at twice the screen size, for print) or SVG (vectors). */
    public void write(JFreeChart chart, String format, Path file) {
        try {
            if (format.equals("svg")) {
                SVGGraphics2D g = new SVGGraphics2D(width(), height());
                chart.draw(g, new java.awt.Rectangle(0, 0, width(), height()));
                SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
            } else {
                java.nio.file.Files.write(file, png(chart, width() * 2, height() * 2));
            }
        } catch (IOException e) {
            dialogs.showError(i18n.text("chart.saveFailed.title"), i18n.text("chart.saveFailed", file, e.getMessage()), e);
        }
    }

    private int width() {
        return Math.max(400, (int) getWidth());
    }

    private int height() {
        return Math.max(300, (int) getHeight());
    }

    private static byte[] png(JFreeChart chart, int w, int h) {
        BufferedImage image = chart.createBufferedImage(w, h);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A click on a legend entry toggles its series; the entry stays so it can be clicked back. */
    private static final class LegendToggle implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            ChartEntity entity = event.getEntity();
            if (!(entity instanceof LegendItemEntity) || !(event.getChart().getPlot() instanceof CategoryPlot)) {
                return;
            }
            CategoryPlot plot = (CategoryPlot) event.getChart().getPlot();
            Comparable<?> key = ((LegendItemEntity) entity).getSeriesKey();
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                CategoryDataset ds = plot.getDataset(d);
                int row = ds == null ? -1 : ds.getRowIndex(key);
                if (row >= 0) {
                    CategoryItemRenderer r = plot.getRendererForDataset(ds);
                    boolean visible = r.getItemVisible(row, 0);
                    r.setSeriesVisible(row, !visible);
                }
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
            // hover values come from the tooltips
        }
    }
}
