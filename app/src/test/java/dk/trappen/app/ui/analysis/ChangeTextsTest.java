package dk.trappen.app.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.TestContexts;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.figures.compare.Change.Judgement;
import dk.trappen.core.figures.compare.Change.Status;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wording of a change, in Danish (1.234,5) and English, without a screen. */
class ChangeTextsTest {

    private static final LocalDate JUN25 = LocalDate.of(2025, 6, 30);
    private final ChangeTexts da = new ChangeTexts(new I18n(Locale.forLanguageTag("da")), new FigureCatalogue(TestContexts.reference()));
    private final ChangeTexts en = new ChangeTexts(new I18n(Locale.ENGLISH), new FigureCatalogue(TestContexts.reference()));

    @Test
    void aShownChangeHasArrowSignedNumberAndJudgementInWords() {
        Change up = new Change(Status.SHOWN, JUN25, 1234, Judgement.BETTER);
        assertEquals("▲ +1.234 siden 30-06-2025 · ✓ bedre", da.line(up, FigureId.NT6));
        assertEquals("▲ +1,234 since 30-06-2025 · ✓ better", en.line(up, FigureId.NT6));
        Change down = new Change(Status.SHOWN, JUN25, -2.5, Judgement.WORSE);
        assertEquals("▼ -2,5 ✗ dårligere", da.cell(down, FigureId.NT13));
        assertEquals(ChangeTexts.WORSE, ChangeTexts.styleClass(down));
        assertEquals("● 0 siden 30-06-2025 · uændret", da.line(new Change(Status.SHOWN, JUN25, 0, Judgement.UNCHANGED),
                FigureId.NT1));
    }

    @Test
    void noDirectionNoJudgement() {
        Change c = new Change(Status.SHOWN, JUN25, 3, Judgement.NONE);
        assertEquals("▲ +3 siden 30-06-2025", da.line(c, FigureId.NT4));
        assertEquals("▲ +3", da.cell(c, FigureId.NT4));
        assertNull(ChangeTexts.styleClass(c));
    }

    @Test
    void hiddenAndMissingSidesAreSaid() {
        Change hidden = new Change(Status.HIDDEN, JUN25, 0, Judgement.NONE);
        assertEquals("Siden 30-06-2025: skjult (diskretion)", da.line(hidden, FigureId.NT1));
        assertEquals("skjult", da.cell(hidden, FigureId.NT1));
        Change none = new Change(Status.NOT_AVAILABLE, JUN25, 0, Judgement.NONE);
        assertEquals("Intet tal 30-06-2025 at sammenligne med", da.line(none, FigureId.NT1));
        assertEquals("", da.cell(none, FigureId.NT1));
    }
}
