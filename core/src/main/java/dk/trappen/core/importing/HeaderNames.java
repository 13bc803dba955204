package dk.trappen.core.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Header names compare case-insensitively, ignoring spaces and '_', with æ/ae, ø/oe, å/aa alike. */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length() + 4);
        for (char c : header.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '_', '\u00a0', '\ufeff' -> { }
                case 'æ' -> b.append("ae");
                case 'ø' -> b.append("oe");
                case 'å' -> b.append("aa");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A layout's key for its saved column mapping: the same for headers that differ only as names compare. */
    static String signature(List<String> header) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String joined = header.stream().map(HeaderNames::normalise).collect(Collectors.joining("\u0001"));
            return HexFormat.of().formatHex(md.digest(joined.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
