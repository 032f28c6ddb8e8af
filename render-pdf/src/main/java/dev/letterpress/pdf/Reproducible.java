package dev.letterpress.pdf;

import com.lowagie.text.pdf.PdfDate;
import dev.letterpress.model.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

/**
 * What makes a PDF repeatable byte for byte: dates taken from the letter (midnight UTC of its
 * date) instead of the clock, a seed for the font subset tags taken from the content, and a
 * document ID that is the MD5 digest of the finished file (computed with the ID zeroed, then
 * written in place; both halves of the trailer's {@code /ID} get it).
 */
final class Reproducible {
    private static final byte[] ID_KEY = "/ID".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX_LENGTH = 32;

    private Reproducible() {}

    /**
     * @param date the letter's date
     * @return that date at 00:00 UTC as a PDF date ({@code D:20261129000000Z})
     */
    static PdfDate date(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        calendar.set(Calendar.MILLISECOND, 0);
        return new PdfDate(calendar);
    }

    /**
     * A 64-bit seed from text.
     *
     * @param text the content
     * @return the first eight bytes of its SHA-256 digest
     */
    static long seed(String text) {
        byte[] digest = Digests.sha256(text.getBytes(StandardCharsets.UTF_8));
        long seed = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            seed = (seed << 8) | (digest[i] & 0xFF);
        }
        return seed;
    }

    /**
     * Replaces the random document ID that OpenPDF wrote in the trailer by the digest of the file.
     *
     * @param pdf the finished file; changed in place
     * @throws IllegalStateException when the file has no {@code /ID [<…><…>]} entry
     */
    static void fixDocumentId(byte[] pdf) {
        int first = -1;
        // stop at the trailer's /ID, near the end: searching on would scan the whole file backwards
        for (int at = lastIndexOf(pdf, ID_KEY, pdf.length); at >= 0; at = lastIndexOf(pdf, ID_KEY, at)) {
            int open = indexOf(pdf, (byte) '<', at);
            if (open >= 0 && isIdPair(pdf, open)) {
                first = open;
                break;
            }
        }
        if (first < 0) {
            throw new IllegalStateException("OpenPDF wrote no /ID [<32 hex><32 hex>] entry in the trailer");
        }
        int second = first + HEX_LENGTH + 3;
        for (int i = 0; i < HEX_LENGTH; i++) {
            pdf[first + 1 + i] = '0';
            pdf[second + i] = '0';
        }
        byte[] id = HexFormat.of().formatHex(digest("MD5", pdf)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, pdf, first + 1, HEX_LENGTH);
        System.arraycopy(id, 0, pdf, second, HEX_LENGTH);
    }

    /** Whether {@code <hex32><hex32>} starts at {@code open}. */
    private static boolean isIdPair(byte[] pdf, int open) {
        int end = open + 2 * HEX_LENGTH + 3;
        if (end >= pdf.length
                || pdf[open + HEX_LENGTH + 1] != '>'
                || pdf[open + HEX_LENGTH + 2] != '<'
                || pdf[end] != '>') {
            return false;
        }
        for (int i = open + 1; i < end; i++) {
            if (i != open + HEX_LENGTH + 1 && i != open + HEX_LENGTH + 2 && Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    /** The last occurrence of {@code key} that starts before {@code before}, or -1. */
    private static int lastIndexOf(byte[] data, byte[] key, int before) {
        outer:
        for (int i = Math.min(before - 1, data.length - key.length); i >= 0; i--) {
            for (int k = 0; k < key.length; k++) {
                if (data[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte b, int from) {
        for (int i = from; i < data.length && i < from + 8; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
