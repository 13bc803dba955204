package dk.trappen.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Re-writes a zip (an .xlsx) with every entry's time set to one constant and no extra fields,
 * so that the same content gives the same bytes. {@code setTimeLocal} stores the DOS time as
 * given, independent of the machine's time zone.
 */
final class DeterministicZip {

    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    /**
     * Reads the zip through its central directory (POI's streamed output uses data descriptors
     * that {@code ZipInputStream} rejects), so it goes through a temporary file.
     */
    static void rewrite(byte[] zip, OutputStream out) throws IOException {
        Path tmp = Files.createTempFile("trappen-", ".zip");
        try {
            Files.write(tmp, zip);
            try (ZipFile in = new ZipFile(tmp.toFile());
                    ZipOutputStream z = new ZipOutputStream(out)) {
                z.setLevel(6);
                Enumeration<? extends ZipEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(ENTRY_TIME);
                    copy.setMethod(ZipEntry.DEFLATED);
                    z.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(z);
                    }
                    z.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
