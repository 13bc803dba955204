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
}
