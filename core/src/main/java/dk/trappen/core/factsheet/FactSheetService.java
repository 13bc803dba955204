package dk.trappen.core.factsheet;

import dk.trappen.core.TrappenException;
import dk.trappen.core.TrappenVersion;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.io.AtomicFile;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Kommune fact sheets ("Sådan placerer din kommune sig") as PDF: two A4 pages per kommune and cut
 * date, vector charts, embedded fonts, selectable Danish text, every number through discretion.
 * Files are written under a temporary name and moved into place, so a failure or a cancel never
 * leaves a half-written file. Thread-safe.
 */
public final class FactSheetService {

    private final ReferenceData reference;
    private final SheetBuilder builder;
    private final Clock clock;
    private final int threads;

    public FactSheetService(ReferenceData reference) {
        this(reference, Clock.systemDefaultZone(), Runtime.getRuntime().availableProcessors());
    }

    /** For tests: a fixed "today" for the colophon, and the number of threads a batch uses. */
    FactSheetService(ReferenceData reference, Clock clock, int threads) {
        this.reference = reference;
        this.builder = new SheetBuilder(reference, clock);
        this.clock = clock;
        this.threads = Math.max(1, threads);
    }

    /**
     * The kommune's sheet as an open PDF document, for a preview (PDFBox's PDFRenderer) or printing;
     * the caller closes it. {@code group} empty: the kommune's own region is the comparison group.
     *
     * @throws FactSheetException for an unknown kommune or a date that is not a cut date of the data
     */
    public PDDocument document(FactSheetData data, int kommune, Optional<ComparisonGroup> group, LocalDate cut) {
        return compose(data, builder.build(data, kommune, group, cut));
    }

    /** A new document holding one sheet; closed here if drawing fails. */
    private PDDocument compose(FactSheetData data, SheetContent content) {
        PDDocument doc = new PDDocument();
        try {
            String date = DanishFormat.date(content.cut());
            describe(doc, Texts.get("document.title", content.kommuneName(), date),
                    Texts.get("document.subject", content.kommuneName(), date), data);
            new SheetRenderer(data.discretion().threshold()).render(doc, SheetFonts.load(doc), content);
            return doc;
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(doc, e);
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        }
    }

    /** The sheet as PDF bytes (for a preview that wants its own copy, or an e-mail attachment). */
    public byte[] bytes(FactSheetData data, int kommune, Optional<ComparisonGroup> group, LocalDate cut) {
        try (PDDocument doc = document(data, kommune, group, cut)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(200_000);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sheet's pages as PNG images at {@code dpi} (a preview, printing): rendered here, headless,
     * so a UI only has to show the pictures.
     *
     * @throws FactSheetException as {@link #document}
     */
    public List<byte[]> pageImages(FactSheetData data, int kommune, Optional<ComparisonGroup> group, LocalDate cut,
            float dpi) {
        try (PDDocument doc = document(data, kommune, group, cut)) {
            return PageImages.png(doc, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the sheet to {@code out} (a .pdf file; its folder is created); returns {@code out}. */
    public Path write(FactSheetData data, int kommune, Optional<ComparisonGroup> group, LocalDate cut, Path out) {
        try (PDDocument doc = document(data, kommune, group, cut)) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(out, doc::save);
            return out;
        } catch (IOException e) {
            throw new FactSheetException(e, "factsheet.cannotWrite", out.toAbsolutePath(), e.getMessage());
        }
    }

    /**
     * Every kommune's sheet, each with its saved comparison group, as one PDF per kommune in
     * {@code folder} ({@link #fileName}) plus one combined PDF ({@link #combinedFileName}). Nothing
     * appears in the folder until all are written. Progress is reported from worker threads.
     */
    public BatchResult writeAll(FactSheetData data, LocalDate cut, Path folder, ProgressListener progress,
            CancellationToken cancel) {
        long start = System.nanoTime();
        List<Kommune> kommuner = reference.kommuner();
        builder.check(data, kommuner.get(0).code(), cut);
        AtomicFile.Staging staging;
        try {
            staging = AtomicFile.staging(folder);
        } catch (IOException e) {
            throw new FactSheetException(e, "factsheet.cannotWrite", folder.toAbsolutePath(), e.getMessage());
        }
        try (staging) {
            return writeAll(data, cut, kommuner, staging, progress, cancel, start);
        }
    }

    /** The batch inside its staging folder; nothing is published unless every file was written. */
    private BatchResult writeAll(FactSheetData data, LocalDate cut, List<Kommune> kommuner, AtomicFile.Staging staging,
            ProgressListener progress, CancellationToken cancel, long start) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "faktaark");
            t.setDaemon(true);
            return t;
        });
        try {
            int total = kommuner.size();
            AtomicInteger done = new AtomicInteger();
            List<CompletableFuture<SheetContent>> sheets = new ArrayList<>();
            for (Kommune k : kommuner) {
                sheets.add(CompletableFuture.supplyAsync(() -> {
                    cancel.check();
                    SheetContent content = builder.build(data, k.code(), data.chosenGroup(k.code()), cut);
                    writeSheet(data, content, staging.resolve(fileName(k, cut)));
                    int n = done.incrementAndGet();
                    progress.progress(n, total + 1, Texts.get("progress.sheet", k.name(), Integer.toString(n),
                            Integer.toString(total)));
                    return content;
                }, pool));
            }
            // The combined file is drawn here, in kommune order, while the workers write the single sheets.
            Path combined = staging.resolve(combinedFileName(cut));
            writeCombined(data, cut, sheets, combined, cancel);
            progress.progress(total + 1, total + 1, Texts.get("progress.combined"));
            List<Path> written = new ArrayList<>();
            for (Kommune k : kommuner) {
                written.add(publish(staging, fileName(k, cut)));
            }
            Path finalCombined = publish(staging, combinedFileName(cut));
            return new BatchResult(written, finalCombined, Duration.ofNanos(System.nanoTime() - start));
        } catch (CompletionException e) {
            throw unwrap(e);
        } finally {
            // The workers stop before the staging folder is removed, so none writes into it after.
            stop(pool);
        }
    }

    private void writeSheet(FactSheetData data, SheetContent content, Path out) {
        try (PDDocument doc = compose(data, content)) {
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new FactSheetException(e, "factsheet.cannotWrite", out.getFileName(), e.getMessage());
        }
    }

    private void writeCombined(FactSheetData data, LocalDate cut, List<CompletableFuture<SheetContent>> sheets, Path out,
            CancellationToken cancel) {
        try (PDDocument doc = new PDDocument()) {
            describe(doc, Texts.get("document.title.all", DanishFormat.date(cut)),
                    Texts.get("document.title.all", DanishFormat.date(cut)), data);
            SheetFonts fonts = SheetFonts.load(doc);
            SheetRenderer renderer = new SheetRenderer(data.discretion().threshold());
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            for (CompletableFuture<SheetContent> sheet : sheets) {
                cancel.check();
                SheetContent content = sheet.join();
                PDPage first = renderer.render(doc, fonts, content);
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(content.kommuneName() + " (" + String.format("%03d", content.kommuneCode()) + ")");
                item.setDestination(first);
                outline.addLast(item);
            }
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new FactSheetException(e, "factsheet.cannotWrite", out.getFileName(), e.getMessage());
        }
    }

    /** Title, subject, language, creator and dates: what a PDF reader and a screen reader show. */
    private void describe(PDDocument doc, String title, String subject, FactSheetData data) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor("Trappen");
        info.setCreator("Trappen " + TrappenVersion.version());
        GregorianCalendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
        info.setCreationDate(now);
        info.setModificationDate(now);
        info.setCustomMetadataValue("Trappen-Dataversion", Long.toString(data.result().dataVersion()));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("da-DK");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
    }

    /** "faktaark-751-aarhus-2025-12-31.pdf": code, name in plain letters, cut date. */
    public static String fileName(Kommune kommune, LocalDate cut) {
        return "faktaark-" + kommune.codeText() + "-" + slug(kommune.name()) + "-" + cut + ".pdf";
    }

    public static String combinedFileName(LocalDate cut) {
        return "faktaark-alle-kommuner-" + cut + ".pdf";
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.forLanguageTag("da")).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Path publish(AtomicFile.Staging staging, String fileName) {
        try {
            return staging.publish(fileName);
        } catch (IOException e) {
            throw new FactSheetException(e, "factsheet.cannotWrite", staging.resolve(fileName).getFileName(), e.getMessage());
        }
    }

    /** Stops the workers and waits for them, so none writes into the staging folder as it is removed. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof TrappenException || cause instanceof CancelledException) {
            return (RuntimeException) cause;
        }
        return cause instanceof RuntimeException ? (RuntimeException) cause : e;
    }

    private static void closeAfterFailure(PDDocument doc, Exception failure) {
        try {
            doc.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
