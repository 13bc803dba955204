package dk.trappen.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One pass over a file's bytes before it is parsed: its SHA-256 (to recognise a file imported
 * before), its size, and for text its encoding — UTF-8 (with or without BOM), UTF-16 with BOM,
 * or Windows-1252 — or the verdict that it is binary or undecodable.
 */
final class FileProbe {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    enum Kind { TEXT, XLSX, BINARY, UNDECODABLE, EMPTY }

    record Result(Kind kind, Charset charset, int bomLength, String sha256, long size) {
    }

    private FileProbe() {
    }

    static Result probe(Path file) throws IOException {
        return probe(file, Long.MAX_VALUE);
    }

    /**
     * Judges the file by its first {@code limit} bytes only (a preview need not read a file of
     * gigabytes); the hash and size are then those of that head. A UTF-8 sequence cut by the
     * limit does not count against the file.
     */
    static Result probe(Path file, long limit) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Utf8Check utf8 = new Utf8Check();
        byte[] head = new byte[4];
        int headLen = 0;
        long size = 0;
        boolean nul = false;
        boolean control = false;
        boolean cp1252Undefined = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (size < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - size))) > 0) {
                sha.update(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xff;
                    // Printable ASCII outside a multi-byte sequence tells nothing: the common case, skipped fast.
                    if (b >= 0x20 && b < 0x80 && headLen >= 4 && utf8.pending == 0) {
                        continue;
                    }
                    if (headLen < 4) {
                        head[headLen++] = (byte) b;
                    }
                    if (b == 0) {
                        nul = true;
                    } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c && b != 0x1a) {
                        control = true;
                    } else if (b == 0x81 || b == 0x8d || b == 0x8f || b == 0x90 || b == 0x9d) {
                        cp1252Undefined = true;
                    }
                    utf8.accept(b);
                }
                size += n;
            }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (size == 0) {
            return new Result(Kind.EMPTY, null, 0, hash, size);
        }
        if (headLen >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new Result(Kind.XLSX, null, 0, hash, size);
        }
        if (headLen >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Result(Kind.TEXT, StandardCharsets.UTF_16LE, 2, hash, size);
        }
        if (headLen >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Result(Kind.TEXT, StandardCharsets.UTF_16BE, 2, hash, size);
        }
        if (nul || control) {
            return new Result(Kind.BINARY, null, 0, hash, size);
        }
        boolean bom = headLen >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (utf8.valid() || (size >= limit && utf8.validSoFar())) {
            return new Result(Kind.TEXT, StandardCharsets.UTF_8, bom ? 3 : 0, hash, size);
        }
        if (bom || cp1252Undefined) {
            return new Result(Kind.UNDECODABLE, null, 0, hash, size);
        }
        return new Result(Kind.TEXT, WINDOWS_1252, 0, hash, size);
    }

    /**
     * A byte-at-a-time UTF-8 validator as strict as Java's decoder (no overlong forms, no
     * surrogates, nothing above U+10FFFF), so a file it passes is decoded without error.
     */
    private static final class Utf8Check {
        private int pending;
        /** The allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
        private int low = 0x80;
        private int high = 0xBF;
        private boolean invalid;

        void accept(int b) {
            if (invalid) {
                return;
            }
            if (pending > 0) {
                if (b < low || b > high) {
                    invalid = true;
                }
                low = 0x80;
                high = 0xBF;
                pending--;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    low = b == 0xE0 ? 0xA0 : 0x80;
                    high = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    low = b == 0xF0 ? 0x90 : 0x80;
                    high = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    invalid = true;
                }
            }
        }

        boolean valid() {
            return !invalid && pending == 0;
        }

        /** Valid up to here, though a sequence may still be open. */
        boolean validSoFar() {
            return !invalid;
        }
    }
}
