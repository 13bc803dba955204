package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.ImportLog;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports one file into a workspace, all or nothing: every row is stored or rejected with a
 * Danish message, in one transaction with the import log entry, which a failure, a cancel or a
 * crash leaves uncommitted. An identical file imported again stores nothing (the log says so).
 */
public final class ImportService {

    private static final Set<String> PERSON_COLUMNS = Set.of("PNR", "BORGER_ID");
    private static final long PROGRESS_EVERY_MS = 250;
    /** A preview judges the encoding from this much of the file. */
    private static final long PREVIEW_BYTES = 1 << 20;

    private final Workspace workspace;
    private final ReferenceData reference;
    private final Clock clock;

    public ImportService(Workspace workspace, ReferenceData reference, Clock clock) {
        this.workspace = workspace;
        this.reference = reference;
        this.clock = clock;
    }

    public ImportReport importFile(Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancel) {
        String name = file.getFileName().toString();
        FileProbe.Result probe;
        try {
            probe = FileProbe.probe(file);
        } catch (IOException e) {
            throw new ImportException(e, "import.file.unreadable", name, e.getMessage());
        }
        refuseUnreadable(name, probe);
        if (probe.kind() == FileProbe.Kind.XLSX) {
            try (XlsxTables book = XlsxTables.open(file)) {
                return run(name, probe, sheets(name, book), options, progress, cancel, null);
            } catch (IOException e) {
                throw new ImportException(e, "import.file.unreadable", name, e.getMessage());
            }
        }
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        try (DelimitedTable table = DelimitedTable.open(file, probe.charset(), probe.bomLength(), bytes::set)) {
            return run(name, probe, List.of(table), options, progress, cancel, bytes::get);
        } catch (IOException e) {
            throw new ImportException(e, "import.file.unreadable", name, e.getMessage());
        }
    }

    /**
     * The file's recognised type, header and first {@code rows} rows, read without storing
     * anything. Never throws for a bad file: the preview says why it cannot be imported.
     */
    public ImportPreview preview(Path file, int rows) {
        String name = file.getFileName().toString();
        try {
            FileProbe.Result probe = FileProbe.probe(file, PREVIEW_BYTES);
            refuseUnreadable(name, probe);
            if (probe.kind() == FileProbe.Kind.XLSX) {
                try (XlsxTables book = XlsxTables.open(file)) {
                    return previewOf(name, sheets(name, book).get(0), rows);
                }
            }
            try (DelimitedTable table = DelimitedTable.open(file, probe.charset(), probe.bomLength(), n -> { })) {
                return previewOf(name, table, rows);
            }
        } catch (ImportException e) {
            return refused(name, e);
        } catch (IOException e) {
            return refused(name, new ImportException(e, "import.file.unreadable", name, e.getMessage()));
        }
    }

    /** A file that is empty, binary or in no known encoding is refused before it is parsed. */
    private static void refuseUnreadable(String name, FileProbe.Result probe) {
        switch (probe.kind()) {
            case EMPTY:
                throw new ImportException("import.file.empty", name);
            case BINARY:
                throw new ImportException("import.file.binary", name);
            case UNDECODABLE:
                throw new ImportException("import.file.undecodable", name);
            default:
                break;
        }
    }

    /** A workbook's sheets with a header; none refuses the file. */
    private static List<SourceTable> sheets(String name, XlsxTables book) {
        List<SourceTable> tables = book.tables();
        if (tables.isEmpty()) {
            throw new ImportException("import.file.noHeader", name);
        }
        return tables;
    }

    private static ImportPreview refused(String name, ImportException why) {
        return new ImportPreview(name, ImportPreview.Status.REFUSED, null, null, List.of(), List.of(), Map.of(), why);
    }

    private ImportPreview previewOf(String name, SourceTable table, int limit) {
        List<String> header = table.header();
        List<String[]> raw = new ArrayList<>();
        ImportException broken = null;
        try {
            SourceTable.SourceRow row;
            while (raw.size() < limit && (row = table.next()) != null) {
                raw.add(row.cells());
            }
        } catch (ImportException e) {
            broken = e; // a broken quote refuses the file; the rows before it are still shown
        }
        Optional<ImportType> type = detect(header);
        Map<String, String> saved = type.flatMap(t -> savedMapping(t, signature(header))).orElse(Map.of());
        List<List<String>> shownRows = PreviewMask.rows(header, raw, saved);
        List<String> shownHeader = PreviewMask.header(header);
        ImportPreview.Status status;
        ImportException problem;
        if (broken != null) {
            status = ImportPreview.Status.REFUSED;
            problem = broken;
        } else if (raw.isEmpty()) {
            status = ImportPreview.Status.REFUSED;
            problem = looksLikeData(header) ? new ImportException("import.file.dataAsHeader", name, shownHeader(header))
                    : new ImportException("import.file.noRows", name);
        } else if (looksLikeData(header)) {
            status = ImportPreview.Status.REFUSED;
            problem = new ImportException("import.file.dataAsHeader", name, shownHeader(header));
        } else if (type.isEmpty()) {
            status = ImportPreview.Status.NEEDS_MAPPING;
            problem = new ImportException("import.preview.unrecognised", name, shownHeader(header));
        } else {
            List<String> missing = match(type.get(), header, saved).missing();
            status = missing.isEmpty() ? ImportPreview.Status.READY : ImportPreview.Status.NEEDS_MAPPING;
            problem = missing.isEmpty() ? null : new ImportException("import.preview.missingColumns", name,
                    type.get().id(), String.join(", ", missing));
        }
        return new ImportPreview(name, status, type.orElse(null), table.sheet(), shownHeader, shownRows, saved, problem);
    }

    private ImportReport run(String name, FileProbe.Result probe, List<SourceTable> tables, ImportOptions options,
            ProgressListener progress, CancellationToken cancel, java.util.function.LongSupplier bytesRead) {
        synchronized (workspace.writerLock()) {
            return runLocked(name, probe, tables, options, progress, cancel, bytesRead);
        }
    }

    private ImportReport runLocked(String name, FileProbe.Result probe, List<SourceTable> tables, ImportOptions options,
            ProgressListener progress, CancellationToken cancel, java.util.function.LongSupplier bytesRead) {
        ImportType type = options.type() != null ? options.type() : recognise(name, tables.get(0).header());
        Optional<ImportLogEntry> earlier = workspace.importLog().findByContent(type.id(), probe.sha256());
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try {
                if (earlier.isPresent()) {
                    ImportReport r = logDuplicateFile(c, name, type, probe, earlier.get());
                    c.commit();
                    return r;
                }
                ImportReport r = importRows(c, name, type, probe, tables, options, progress, cancel,
                        bytesRead);
                c.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ImportException(e, "import.file.database", name, e.getMessage());
        }
    }

    private ImportType recognise(String name, List<String> header) {
        Optional<ImportType> type = detect(header);
        if (type.isPresent()) {
            return type.get();
        }
        if (looksLikeData(header)) {
            throw new ImportException("import.file.dataAsHeader", name, shownHeader(header));
        }
        throw new ImportException("import.file.unrecognised", name, shownHeader(header));
    }

    /** The one type whose tell-tale columns the header has, else the type of a mapping saved for this layout. */
    private Optional<ImportType> detect(List<String> header) {
        List<String> normalised = header.stream().map(HeaderNames::normalise).collect(Collectors.toList());
        List<ImportType> matches = new ArrayList<>();
        for (ImportType t : ImportType.values()) {
            if (t.recognises(normalised)) {
                matches.add(t);
            }
        }
        if (matches.size() == 1) {
            return Optional.of(matches.get(0));
        }
        return savedMappingType(signature(header));
    }

    /**
     * The header as a message lists it. A file without a header row has data in its first line:
     * a value that looks like a CPR number is not repeated.
     */
    static String shownHeader(List<String> header) {
        return header.stream().map(h -> Cpr.looksLikeCpr(h) ? Messages.danish("import.hiddenCpr") : h)
                .collect(Collectors.joining(", "));
    }

    /** A "header" holding a CPR number or a date is a data row: the file lacks its header row. */
    static boolean looksLikeData(List<String> header) {
        return header.stream().anyMatch(h -> Cpr.looksLikeCpr(h) || Values.date(h) != null);
    }

    private ImportReport logDuplicateFile(Connection c, String name, ImportType type, FileProbe.Result probe,
            ImportLogEntry earlier) throws SQLException {
        ImportLogEntry entry = new ImportLogEntry(0, name, type.id(), probe.size(), probe.sha256(), earlier.rowsRead(),
                0, 0, earlier.rowsRead(), earlier.periodFrom(), earlier.periodTo(), user(), Instant.now(clock));
        long id = workspace.importLog().add(c, entry);
        return new ImportReport(id, name, type, probe.size(), probe.sha256(), earlier.rowsRead(), 0, 0,
                earlier.rowsRead(), earlier.periodFrom(), earlier.periodTo(), List.of(), Map.of(), earlier.id());
    }

    private ImportReport importRows(Connection c, String name, ImportType type, FileProbe.Result probe,
            List<SourceTable> tables, ImportOptions options, ProgressListener progress, CancellationToken cancel,
            java.util.function.LongSupplier bytesRead) throws SQLException {
        PersonRegistry persons = new PersonRegistry(c, workspace.pseudonymiser());
        try {
            return importRows(c, name, type, probe, tables, options, progress, cancel, bytesRead, persons);
        } finally {
            persons.forget();
        }
    }

    private ImportReport importRows(Connection c, String name, ImportType type, FileProbe.Result probe,
            List<SourceTable> tables, ImportOptions options, ProgressListener progress, CancellationToken cancel,
            java.util.function.LongSupplier bytesRead, PersonRegistry persons) throws SQLException {
        long importId = ImportLog.nextId(c);
        ImportContext ctx = new ImportContext(c, reference, options, importId, persons, LocalDate.now(clock));
        RowHandler handler = handler(type, ctx);
        RejectWriter rejects = new RejectWriter(c, importId);
        long read = 0;
        long lastReport = 0;
        for (SourceTable table : tables) {
            Cells cells = bind(name, type, table, options.mapping());
            handler.startTable(cells, table.header());
            int width = table.header().size();
            SourceTable.SourceRow row;
            while ((row = table.next()) != null) {
                read++;
                if ((read & 1023) == 0) {
                    cancel.check();
                    long now = System.currentTimeMillis();
                    if (now - lastReport >= PROGRESS_EVERY_MS) {
                        lastReport = now;
                        progress.progress(bytesRead != null ? bytesRead.getAsLong() : read, bytesRead != null ? probe.size() : -1,
                                Messages.danish("import.progress", name, read));
                    }
                }
                if (row.cells().length != width) {
                    rejects.add(name, table.where(row), row.line(), null, null, fieldCountRule(table, row, width));
                    continue;
                }
                cells.set(row.cells());
                try {
                    handler.row(cells);
                } catch (RowProblem p) {
                    String column = p.column() != null ? p.column()
                            : p.columnIndex() >= 0 ? table.header().get(p.columnIndex()) : null;
                    String shown = column == null ? null : p.columnIndex() >= 0 ? column : cells.shown(column);
                    String value = column != null && PERSON_COLUMNS.contains(column) ? null : p.value();
                    rejects.add(name, table.where(row), row.line(), shown, value,
                            Messages.danish(p.ruleKey(), p.ruleArgs()));
                }
            }
        }
        cancel.check();
        handler.finish();
        persons.flush();
        rejects.flush();
        if (read == 0) {
            throw new ImportException("import.file.noRows", name);
        }
        if (rejects.count() > 0 && options.strict()) {
            throw new ImportException("import.file.strictRejected", name, rejects.count(), rejects.first().message());
        }
        if (ctx.stored == 0 && ctx.duplicates == 0) {
            throw new ImportException("import.file.allRejected", name, rejects.count(), rejects.first().message());
        }
        if (!options.mapping().isEmpty()) {
            saveMapping(c, type, tables.get(0).header(), options.mapping());
        }
        ImportLogEntry entry = new ImportLogEntry(importId, name, type.id(), probe.size(), probe.sha256(), read,
                ctx.stored, rejects.count(), ctx.duplicates, ctx.periodFrom(), ctx.periodTo(), user(),
                Instant.now(clock));
        workspace.importLog().add(c, entry);
        if (ctx.stored > 0) {
            Workspace.bumpDataVersion(c);
        }
        progress.progress(read, read, Messages.danish("import.progress", name, read));
        return new ImportReport(importId, name, type, probe.size(), probe.sha256(), read, ctx.stored, rejects.count(),
                ctx.duplicates, ctx.periodFrom(), ctx.periodTo(), rejects.kept(), ctx.warnings, 0);
    }

    /** The wrong number of fields; when the row splits right on another delimiter, the message says so. */
    private static String fieldCountRule(SourceTable table, SourceTable.SourceRow row, int width) {
        int n = row.cells().length;
        if (table instanceof DelimitedTable && n < width) {
            char used = ((DelimitedTable) table).delimiter();
            String joined = String.join(String.valueOf(used), row.cells());
            for (char other : DelimitedTable.DELIMITERS) {
                if (other != used && joined.indexOf(other) >= 0
                        && joined.split(java.util.regex.Pattern.quote(String.valueOf(other)), -1).length == width) {
                    return Messages.danish("import.rule.fieldCountDelimiter", n, width,
                            DelimitedTable.delimiterName(used), DelimitedTable.delimiterName(other));
                }
            }
        }
        return Messages.danish("import.rule.fieldCount", n, width);
    }

    private static RowHandler handler(ImportType type, ImportContext ctx) throws SQLException {
        switch (type) {
            case YDELSER:
                return new SpellHandler(ctx);
            case DOEDE:
                return new DeathHandler(ctx);
            case BEFOLKNING:
                return new PopulationHandler(ctx);
            case DREAM:
                return new DreamHandler(ctx);
            case LPR:
                return new LprHandler(ctx);
            case REGNSKAB:
                return new AccountHandler(ctx);
            case MAALINGER:
                return new MeasurementHandler(ctx);
            default:
                throw new IllegalStateException(type.name());
        }
    }

    /** Maps the file's header onto the type's columns; a header lacking a required column refuses the file. */
    private Cells bind(String name, ImportType type, SourceTable table, Map<String, String> explicitMapping) {
        List<String> header = table.header();
        Map<String, String> mapping = explicitMapping.isEmpty()
                ? savedMapping(type, signature(header)).orElse(Map.of()) : explicitMapping;
        Binding binding = match(type, header, mapping);
        if (!binding.missing().isEmpty()) {
            String where = table.sheet() == null ? name : name + " (" + Messages.danish("import.sheet") + " "
                    + table.sheet() + ")";
            if (looksLikeData(header)) {
                throw new ImportException("import.file.dataAsHeader", where, shownHeader(header));
            }
            throw new ImportException("import.file.missingColumns", where, type.id(),
                    String.join(", ", binding.missing()), shownHeader(header));
        }
        return binding.cells();
    }

    /** A header matched to a type's columns, and what the type needs that the header lacks. */
    record Binding(Cells cells, List<String> missing) {
    }

    /**
     * Matches a header to a type's columns: a column named in {@code mapping} by the header name
     * given there, the others by their own names and aliases.
     */
    static Binding match(ImportType type, List<String> header, Map<String, String> mapping) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (ColumnSpec spec : type.columns()) {
            String wanted = mapping.get(spec.name());
            for (int i = 0; i < header.size(); i++) {
                String h = HeaderNames.normalise(header.get(i));
                boolean hit = wanted != null ? h.equals(HeaderNames.normalise(wanted))
                        : spec.matches(h) || (spec.name().equals("BELOEB") && h.startsWith("beloeb"));
                if (hit) {
                    index.put(spec.name(), i);
                    shown.put(spec.name(), header.get(i));
                    break;
                }
            }
        }
        Cells cells = new Cells(index, shown);
        List<String> missing = new ArrayList<>();
        for (ColumnSpec spec : type.columns()) {
            if (spec.required() && !index.containsKey(spec.name())) {
                missing.add(spec.name());
            }
        }
        switch (type) {
            case LPR:
                missing.addAll(LprHandler.missingTimeColumns(cells));
                break;
            case MAALINGER:
                if (!cells.has("PNR") && !cells.has("BORGER_ID")) {
                    missing.add("PNR " + Messages.danish("import.or") + " BORGER_ID");
                }
                if (!cells.has("WHO5_SCORE") && !cells.has("WHO5_1") && !cells.has("INSPIRE_SCORE")) {
                    missing.add("WHO5_SCORE " + Messages.danish("import.or") + " WHO5_1 … WHO5_5");
                }
                break;
            case DREAM:
                boolean wide = header.stream().anyMatch(DreamHandler::isWeekColumn);
                if (!wide && !(cells.has("UGE") && cells.has("KODE"))) {
                    missing.add("y_YYWW " + Messages.danish("import.or") + " UGE + KODE");
                }
                break;
            default:
                break;
        }
        return new Binding(cells, missing);
    }

    static String signature(List<String> header) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String joined = header.stream().map(HeaderNames::normalise).collect(Collectors.joining("\u0001"));
            return HexFormat.of().formatHex(md.digest(joined.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Map<String, String>> savedMapping(ImportType type, String signature) {
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT mapping FROM column_mapping WHERE file_type = ? AND signature = ?")) {
            ps.setString(1, type.id());
            ps.setString(2, signature);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ColumnMappings.parse(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ImportException(e, "import.file.database", signature, e.getMessage());
        }
    }

    private Optional<ImportType> savedMappingType(String signature) {
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement("SELECT file_type FROM column_mapping WHERE signature = ?")) {
            ps.setString(1, signature);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ImportType.byId(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ImportException(e, "import.file.database", signature, e.getMessage());
        }
    }

    private static void saveMapping(Connection c, ImportType type, List<String> header, Map<String, String> mapping)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO column_mapping (file_type, signature, mapping) KEY (file_type, signature) VALUES (?, ?, ?)")) {
            ps.setString(1, type.id());
            ps.setString(2, signature(header));
            ps.setString(3, ColumnMappings.format(mapping));
            ps.executeUpdate();
        }
    }

    private static String user() {
        return System.getProperty("user.name", "ukendt");
    }

    /** Keeps every rejected row in the workspace and the first ones in memory for the report. */
    private static final class RejectWriter {
        private final PreparedStatement ps;
        private final List<RejectedRow> kept = new ArrayList<>();
        private long count;
        private int pending;

        RejectWriter(Connection c, long importId) throws SQLException {
            ps = c.prepareStatement("INSERT INTO import_reject (import_id, line, column_name, cell_value, rule) "
                    + "VALUES (?, ?, ?, ?, ?)");
            ps.setLong(1, importId);
        }

        void add(String file, String where, long line, String column, String cell, String rule) throws SQLException {
            // A value that looks like a CPR number (a shifted column, a file without a header) is never repeated.
            boolean cprLike = cell != null && Cpr.looksLikeCpr(cell);
            String value = cprLike ? null : cell;
            String message = column == null ? Messages.danish("import.reject.row", file, where, rule)
                    : cprLike ? Messages.danish("import.reject.cprLike", file, where, column, rule)
                    : value == null ? Messages.danish("import.reject.hidden", file, where, column, rule)
                    : value.isEmpty() ? Messages.danish("import.reject.empty", file, where, column, rule)
                    : Messages.danish("import.reject.cell", file, where, column, truncate(value, 100), rule);
            count++;
            if (kept.size() < ImportReport.REJECTS_KEPT) {
                kept.add(new RejectedRow(line, where, column, value, message, rule));
            }
            ps.setLong(2, line);
            ps.setString(3, column == null ? null : truncate(column, 200));
            ps.setString(4, value == null ? null : truncate(value, 200));
            ps.setString(5, truncate(message, 1000));
            ps.addBatch();
            if (++pending >= 5000) {
                flush();
            }
        }

        private static String truncate(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }

        void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        long count() {
            return count;
        }

        RejectedRow first() {
            return kept.get(0);
        }

        List<RejectedRow> kept() {
            return kept;
        }
    }

}
