package dk.trappen.samples;

import java.util.List;

/** What a run wrote: per file its name, data rows (header not counted) and size in bytes. */
public record SampleReport(List<FileEntry> files) {

    public SampleReport {
        files = List.copyOf(files);
    }

    /** One written file; for the workbook, rows summed over its sheets. */
    public record FileEntry(String name, long rows, long bytes) {
    }

    public long totalBytes() {
        return files.stream().mapToLong(FileEntry::bytes).sum();
    }
}
