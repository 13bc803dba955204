package dk.trappen.core.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The pieces every block encoding shares: a dictionary of code texts and whole columns. */
final class BlockCodec {

    private BlockCodec() {
    }

    /** A dictionary as bytes: its size, then each text as a length and UTF-8. */
    static byte[] dictionary(List<String> dictionary) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(dictionary.size());
            for (String s : dictionary) {
                byte[] utf = s.getBytes(StandardCharsets.UTF_8);
                out.writeShort(utf.length);
                out.write(utf);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
    }

    /** Reads what {@link #dictionary(List)} wrote. */
    static String[] dictionary(ByteBuffer b) {
        String[] dictionary = new String[b.getInt()];
        for (int i = 0; i < dictionary.length; i++) {
            byte[] utf = new byte[b.getShort() & 0xffff];
            b.get(utf);
            dictionary[i] = new String(utf, StandardCharsets.UTF_8);
        }
        return dictionary;
    }

    static int[] ints(ByteBuffer b, int n) {
        int[] a = new int[n];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * n);
        return a;
    }

    static short[] shorts(ByteBuffer b, int n) {
        short[] a = new short[n];
        b.asShortBuffer().get(a);
        b.position(b.position() + 2 * n);
        return a;
    }

    static long[] longs(ByteBuffer b, int n) {
        long[] a = new long[n];
        b.asLongBuffer().get(a);
        b.position(b.position() + 8 * n);
        return a;
    }
}
