package dev.letterpress.docx;

/** Recognises file formats by their first bytes. */
final class Magic {
    private Magic() {
    }

    /**
     * Whether the bytes start with the given values.
     *
     * @param bytes  the file's bytes
     * @param prefix the expected first bytes, each 0–255
     * @return true when every prefix byte matches
     */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
