package dev.letterpress.model;

/**
 * A reader of a file format of candidates or postings besides Letterpress's own YAML/JSON, provided by a module
 * on the class path (found with {@link java.util.ServiceLoader}, as {@link Renderers} finds
 * renderers). {@link Profiles} asks each format whether it reads a file, judged by the file's
 * content, and hands the file to the first that does.
 *
 * <p>The {@code letterpress-import} module provides JSON Resume, schema.org {@code JobPosting}
 * JSON-LD (alone or inside a saved web page) and plain-text job ads. Implementations are stateless
 * and thread-safe; their read methods throw {@link InvalidInputException} with every problem found.
 */
public interface ProfileImporter {
    /**
     * The format's name for messages.
     *
     * @return e.g. {@code "JSON Resume"}
     */
    String name();

    /**
     * Whether this format reads the text as a candidate.
     *
     * @param fileName the file's name (its extension may help, its content decides)
     * @param text     the whole file, decoded
     * @return true when {@link #readCandidate} reads it
     */
    boolean readsCandidate(String fileName, String text);

    /**
     * Whether this format reads the text as a job posting.
     *
     * @param fileName the file's name (its extension may help, its content decides)
     * @param text     the whole file, decoded
     * @return true when {@link #readJob} reads it
     */
    boolean readsJob(String fileName, String text);

    /**
     * Reads a candidate.
     *
     * @param source   the file as the user named it, for messages
     * @param text     the whole file, decoded
     * @param options  the letter's date and other options
     * @return the candidate
     * @throws InvalidInputException listing every problem found
     */
    Candidate readCandidate(String source, String text, ImportOptions options);

    /**
     * Reads a job posting.
     *
     * @param source   the file as the user named it, for messages
     * @param text     the whole file, decoded
     * @param options  which posting of several, the company and title when the file lacks them
     * @return the posting
     * @throws InvalidInputException listing every problem found
     */
    JobPosting readJob(String source, String text, ImportOptions options);
}
