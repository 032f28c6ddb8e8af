package dev.letterpress.web;

/**
 * What the web app accepts from one request: the guard rails of a server that reads uploads.
 * Profiles, postings and CSVs then meet the same limits as on the command line (the readers in
 * letterpress-model and letterpress-batch enforce them).
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULTS.withRequestBytes(5 * 1024 * 1024);
 * }</pre>
 *
 * @param requestBytes  the largest request body, all files together
 * @param files         the most files one request may carry
 * @param zipEntries    the most entries a zip of profiles may hold
 * @param zipBytes      the most bytes a zip of profiles may expand to
 * @param zipRatio      the largest expansion of one zip entry (uncompressed / compressed)
 * @param jobMinutes    how long an idle job (its uploads and letters) is kept before it is deleted
 */
public record Limits(long requestBytes, int files, int zipEntries, long zipBytes, int zipRatio, int jobMinutes) {

    /** 20 MiB per request, 200 files, zips of at most 1,000 entries and 50 MiB expanding at most 100 times, jobs kept 60 minutes. */
    public static final Limits DEFAULTS = new Limits(20L * 1024 * 1024, 200, 1000, 50L * 1024 * 1024, 100, 60);

    /**
     * Checks that every limit is positive.
     *
     * @param requestBytes  the largest request body, all files together
     * @param files         the most files one request may carry
     * @param zipEntries    the most entries a zip of profiles may hold
     * @param zipBytes      the most bytes a zip of profiles may expand to
     * @param zipRatio      the largest expansion of one zip entry (uncompressed / compressed)
     * @param jobMinutes    how long an idle job is kept before it is deleted
     * @throws IllegalArgumentException when a limit is zero or negative
     */
    public Limits {
        positive("requestBytes", requestBytes);
        positive("files", files);
        positive("zipEntries", zipEntries);
        positive("zipBytes", zipBytes);
        positive("zipRatio", zipRatio);
        positive("jobMinutes", jobMinutes);
    }

    /**
     * A copy with another request size limit.
     *
     * @param value the largest request body in bytes
     * @return the new limits
     */
    public Limits withRequestBytes(long value) {
        return new Limits(value, files, zipEntries, zipBytes, zipRatio, jobMinutes);
    }

    /**
     * A copy with another file count limit.
     *
     * @param value the most files one request may carry
     * @return the new limits
     */
    public Limits withFiles(int value) {
        return new Limits(requestBytes, value, zipEntries, zipBytes, zipRatio, jobMinutes);
    }

    /**
     * A copy with other zip limits.
     *
     * @param entries the most entries
     * @param bytes   the most bytes expanded
     * @param ratio   the largest expansion of one entry
     * @return the new limits
     */
    public Limits withZip(int entries, long bytes, int ratio) {
        return new Limits(requestBytes, files, entries, bytes, ratio, jobMinutes);
    }

    private static void positive(String field, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Limits." + field + " must be positive (was " + value + ")");
        }
    }
}
