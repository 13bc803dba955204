package dk.trappen.core.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The INDSATS column read as §82, §82a or §82b (key-figures.md §7), and not text that merely holds 82. */
class IndsatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"§82", "82", "82 a", "82a", "82B", "SEL §82b", "sel §82A", "§82a/b", "§ 82 b", "§82a og b",
        "§ 82", "SEL§82", "§82, stk. 1", "§85, §82a", "Forebyggende §82b", "§82 og §85", "§82-indsats", "(82a)"})
    void namesParagraph82(String text) {
        assertTrue(Indsats.isSel82(text), text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "§182", "1.82", "§820", "§1820", "82,5", "§82c", "82 timer", "§85", "§8 2", "182a",
        "SEL §108", "§ 182 b", "§82ab"})
    void doesNotNameParagraph82(String text) {
        assertFalse(Indsats.isSel82(text), text);
    }
}
