package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.ImportLog;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.store.RejectStore;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.store.WorkspaceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One import of one file, all or nothing: every row is stored or rejected with a Danish message,
 * in one transaction with the import log entry, which a failure, a cancel or a crash leaves
 * uncommitted. An identical file imported before stores nothing (the log says so).
 */
final class ImportRun {

    private static final Set<String> PERSON_COLUMNS = Set.of("PNR", "BORGER_ID");
    private static final long PROGRESS_EVERY_MS = 250;

    private final Workspace workspace;
    private final ReferenceData reference;
    private final Clock clock;
    private final SourceFile file;
    private final String name;
    private final ImportOptions options;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    ImportRun(Workspace workspace, ReferenceData reference, Clock clock, SourceFile file, ImportOptions options,
            ProgressListener progress, CancellationToken cancel) {
        this.workspace = workspace;
        this.reference = reference;
        this.clock = clock;
        this.file = file;
        this.name = file.name();
        this.options = options;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Runs the import; one at a time per workspace. */
    ImportReport run() {
        synchronized (workspace.writerLock()) {
            try (Session s = workspace.transaction()) {
                ImportType type = options.type() != null ? options.type()
                        : TypeRecognition.recognise(s, name, file.tables().get(0).header());
                Optional<ImportLogEntry> earlier = workspace.importLog().findByContent(type.id(),
                        file.probe().sha256());
                ImportReport report = earlier.isPresent() ? logDuplicateFile(s, type, earlier.get())
                        : importRows(s, type);
                s.commit();
                return report;
            } catch (WorkspaceException e) {
                throw ImportException.fromStore(name, e);
            }
        }
    }

    private ImportReport logDuplicateFile(Session s, ImportType type, ImportLogEntry earlier) {
        FileProbe.Result probe = file.probe();
        ImportLogEntry entry = new ImportLogEntry(0, name, type.id(), probe.size(), probe.sha256(), earlier.rowsRead(),
                0, 0, earlier.rowsRead(), earlier.periodFrom(), earlier.periodTo(), user(), Instant.now(clock));
        long id = workspace.importLog().add(s, entry);
        return new ImportReport(id, name, type, probe.size(), probe.sha256(), earlier.rowsRead(), 0, 0,
                earlier.rowsRead(), earlier.periodFrom(), earlier.periodTo(), List.of(), Map.of(), earlier.id());
    }

    private ImportReport importRows(Session s, ImportType type) {
        PersonRegistry persons = new PersonRegistry(s, workspace.pseudonymiser());
        try {
            return importRows(s, type, persons);
        } finally {
            persons.forget();
        }
    }

    private ImportReport importRows(Session s, ImportType type, PersonRegistry persons) {
        long importId = ImportLog.nextId(s);
        ImportContext ctx = new ImportContext(s, reference, options, importId, persons, LocalDate.now(clock));
        RowHandler handler = handler(type, ctx);
        Rejects rejects = new Rejects(RejectStore.rows(s, importId));
        long read = 0;
        long lastReport = 0;
        for (SourceTable table : file.tables()) {
            Cells cells = HeaderBinding.bind(s, name, type, table, options.mapping());
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
                        reportProgress(read);
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
            HeaderBinding.saveMapping(s, type, file.tables().get(0).header(), options.mapping());
        }
        FileProbe.Result probe = file.probe();
        ImportLogEntry entry = new ImportLogEntry(importId, name, type.id(), probe.size(), probe.sha256(), read,
                ctx.stored, rejects.count(), ctx.duplicates, ctx.periodFrom(), ctx.periodTo(), user(),
                Instant.now(clock));
        workspace.importLog().add(s, entry);
        if (ctx.stored > 0) {
            Workspace.bumpDataVersion(s);
        }
        progress.progress(read, read, Messages.danish("import.progress", name, read));
        return new ImportReport(importId, name, type, probe.size(), probe.sha256(), read, ctx.stored, rejects.count(),
                ctx.duplicates, ctx.periodFrom(), ctx.periodTo(), rejects.kept(), ctx.warnings, 0);
    }

    /** Progress in bytes of a text file; a workbook's sheets are not read in file order, so it counts rows. */
    private void reportProgress(long read) {
        String message = Messages.danish("import.progress", name, read);
        if (file.countsBytes()) {
            progress.progress(file.bytesRead(), file.probe().size(), message);
        } else {
            progress.progress(read, -1, message);
        }
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

    private static RowHandler handler(ImportType type, ImportContext ctx) {
        return switch (type) {
            case YDELSER -> new SpellHandler(ctx);
            case DOEDE -> new DeathHandler(ctx);
            case BEFOLKNING -> new PopulationHandler(ctx);
            case DREAM -> new DreamHandler(ctx);
            case LPR -> new LprHandler(ctx);
            case REGNSKAB -> new AccountHandler(ctx);
            case MAALINGER -> new MeasurementHandler(ctx);
        };
    }

    private static String user() {
        return System.getProperty("user.name", "ukendt");
    }

    /** Keeps every rejected row in the workspace and the first ones in memory for the report. */
    private static final class Rejects {
        private final RejectStore.Rows store;
        private final List<RejectedRow> kept = new ArrayList<>();
        private long count;

        Rejects(RejectStore.Rows store) {
            this.store = store;
        }

        void add(String file, String where, long line, String column, String cell, String rule) {
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
            store.add(line, column, value, message);
        }

        private static String truncate(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }

        void flush() {
            store.flush();
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
