package dk.trappen.core.importing;

import java.util.Locale;

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
}
