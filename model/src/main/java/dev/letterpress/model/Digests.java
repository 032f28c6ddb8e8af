package dev.letterpress.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest Letterpress uses for fingerprints (resume, composer settings, a logo's
 * identity, the PDF's reproducible seeds).
 *
 * <pre>{@code
 * String hex = Digests.sha256Hex("text");   // 64 lower-case hex digits
 * }</pre>
 */
public final class Digests {
    private Digests() {}

    /**
     * A fresh SHA-256 digest to feed in parts.
     *
     * @return the digest
     */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The SHA-256 digest of bytes.
     *
     * @param bytes the content; never null
     * @return the 32 bytes of the digest
     */
    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    /**
     * The SHA-256 digest of bytes, in hex.
     *
     * @param bytes the content; never null
     * @return 64 lower-case hex digits
     */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /**
     * The SHA-256 digest of a text's UTF-8 bytes, in hex.
     *
     * @param text the content; never null
     * @return 64 lower-case hex digits
     */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
