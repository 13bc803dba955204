package dk.trappen.core.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a CPR number into a pseudonym with HMAC-SHA256 under the workspace's own key, so the same
 * person gets the same id within a workspace and no CPR number is stored. Not thread-safe: each
 * thread asks the workspace for its own instance.
 */
public final class Pseudonymiser {

    /** Pseudonyms keep the first 128 bits of the MAC: collisions are negligible at register size. */
    private static final int BYTES_KEPT = 16;
    private final Mac mac;

    Pseudonymiser(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime ships HmacSHA256; reaching this is a broken JVM.
            throw new IllegalStateException(e);
        }
    }

    /** The pseudonym of a CPR number, with or without the dash. */
    public String pseudonym(String cpr) {
        String digits = cpr.replace("-", "").trim();
        byte[] full = mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
        byte[] kept = java.util.Arrays.copyOf(full, BYTES_KEPT);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(kept);
    }
}
