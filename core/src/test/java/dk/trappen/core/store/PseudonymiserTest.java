package dk.trappen.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private final Pseudonymiser a = new Pseudonymiser("nøgle-a-32-bytes-lang-til-test!!".getBytes(StandardCharsets.UTF_8));
    private final Pseudonymiser b = new Pseudonymiser("nøgle-b-32-bytes-lang-til-test!!".getBytes(StandardCharsets.UTF_8));

    @Test
    void sameCprSamePseudonymWithOrWithoutDash() {
        assertEquals(a.pseudonym("0101901234"), a.pseudonym("010190-1234"));
        assertEquals(22, a.pseudonym("0101901234").length(), "128 bits in URL-safe base64");
    }

    @Test
    void differentPersonsAndDifferentKeysDiffer() {
        assertNotEquals(a.pseudonym("0101901234"), a.pseudonym("0101901235"));
        assertNotEquals(a.pseudonym("0101901234"), b.pseudonym("0101901234"));
    }

    @Test
    void pseudonymDoesNotCarryTheCpr() {
        String p = a.pseudonym("0101901234");
        assertFalse(p.contains("010190"));
        assertFalse(p.contains("1234"));
    }

    /**
     * Every stored person id hangs on this function: the pseudonym of a fixed key and CPR number is
     * pinned, worked out outside Trappen (Python: hmac.new(bytes(range(32)), cpr, sha256), first
     * 16 bytes, URL-safe base64 without padding). HMAC-SHA512, another cut or another encoding fails.
     */
    @Test
    void aFixedKeyAndCprGiveAFixedPseudonym() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        Pseudonymiser fixed = new Pseudonymiser(key);
        assertEquals("7I7p8RcVYtx6uFYBQrnBdg", fixed.pseudonym("0101901234"));
        assertEquals("7I7p8RcVYtx6uFYBQrnBdg", fixed.pseudonym("010190-1234"));
        assertEquals("Em_uxczXWRh4NG6Ro3izIw", fixed.pseudonym("3112999999"));
    }
}
