package dk.trappen.core.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading a measurement's own INDSATS column (key-figures.md §7): whether it names SEL §82, §82a or
 * §82b, the forebyggende indsatser of trin 2. Used for NT13.1 only when the person is not in the
 * services register.
 */
final class Indsats {

    /**
     * The number 82 on its own: no digit right before it, no decimal before it ({@code 1.82}), no
     * digit or decimal after it ({@code §820}, {@code 82,5}); optionally a § in front (spaces
     * allowed) and, after optional spaces, the letter a or b that does not start a word.
     */
    private static final Pattern SEL82 = Pattern.compile(
            "(§\\s*)?(?<!\\p{N})(?<!\\p{N}[.,])82(?![\\p{N}]|[.,]\\p{N})(?:\\s*([ab])(?!\\p{L}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Indsats() {
    }

    /**
     * Whether the text refers to §82, §82a or §82b: {@code §82}, {@code 82 a}, {@code 82a},
     * {@code SEL §82b}, {@code §82a/b}, {@code § 82 b}, in any case and anywhere in the text
     * ({@code §85, §82a}). Not a longer number or a decimal that holds the digits 82 ({@code §182},
     * {@code §820}, {@code 1.82}), not another letter right after it ({@code §82c}), and, without a §,
     * not 82 followed by a word ({@code 82 timer}). Null and blank are false.
     */
    static boolean isSel82(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Matcher m = SEL82.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                return true; // 82a or 82b
            }
            int after = m.end();
            if (after < text.length() && Character.isLetter(text.charAt(after))) {
                continue; // §82c, 82x: another paragraph or not a paragraph at all
            }
            int next = after;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean wordFollows = next < text.length() && Character.isLetter(text.charAt(next));
            if (m.group(1) != null || !wordFollows) {
                return true; // §82 (anything may follow), or a bare 82 at the end or before a sign
            }
        }
        return false;
    }
}
