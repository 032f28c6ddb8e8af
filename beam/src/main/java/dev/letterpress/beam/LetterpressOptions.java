package dev.letterpress.beam;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The options of a Letterpress pipeline, beside Beam's own ({@code --runner} and the runner's).
 * Read from the command line with {@code PipelineOptionsFactory.fromArgs(args).as(LetterpressOptions.class)}.
 *
 * <pre>{@code
 * java -jar letterpress-beam.jar --runner=DirectRunner --applications=cohort/applications.csv \
 *     --candidates=cohort/candidates --brand=cohort/brand.yaml --output=out --date=2026-01-15
 * }</pre>
 *
 * <p>The applications and the output are read and written through Beam's file systems (a local
 * path, or an object store whose Beam IO module is on the classpath); the candidates, brand and
 * templates are local paths every worker must see (baked into the worker image or on a shared
 * mount), read once per worker.
 */
public interface LetterpressOptions extends PipelineOptions {
    /**
     * The applications CSVs: file patterns of any Beam file system, comma-separated, read as one
     * input in the order given (a pattern's matches in name order).
     *
     * @return the patterns
     */
    @Description("Applications CSVs (file patterns, comma-separated), read as one input in the order given")
    @Validation.Required
    List<String> getApplications();

    /**
     * Sets the applications CSVs.
     *
     * @param value file patterns
     */
    void setApplications(List<String> value);

    /**
     * A folder of candidate profiles, or a list file; a local path on every worker.
     *
     * @return the path, or null when {@link #getCandidate()} is given
     */
    @Description("Candidate profiles: a folder or a list file (a local path on every worker)")
    String getCandidates();

    /**
     * Sets the candidate profiles.
     *
     * @param value a folder or list file
     */
    void setCandidates(String value);

    /**
     * One candidate profile for every row; a local path on every worker.
     *
     * @return the path, or null when {@link #getCandidates()} is given
     */
    @Description("One candidate profile for every row (a local path on every worker)")
    String getCandidate();

    /**
     * Sets the one candidate.
     *
     * @param value a profile file
     */
    void setCandidate(String value);

    /**
     * The brand file; a local path on every worker.
     *
     * @return the path, or null for the default brand
     */
    @Description("The brand file (a local path on every worker); default: the built-in brand")
    String getBrand();

    /**
     * Sets the brand file.
     *
     * @param value the brand.yaml
     */
    void setBrand(String value);

    /**
     * A folder of user templates; a local path on every worker.
     *
     * @return the folder, or null for the bundled templates only
     */
    @Description("A folder of user templates (a local path on every worker)")
    String getTemplates();

    /**
     * Sets the templates folder.
     *
     * @param value the folder
     */
    void setTemplates(String value);

    /**
     * The letters' date, {@code YYYY-MM-DD}. Give it: workers' clocks and time zones differ.
     *
     * @return the date, or null for the launcher's {@code SOURCE_DATE_EPOCH}, else today
     */
    @Description("The letters' date, YYYY-MM-DD (default SOURCE_DATE_EPOCH, else today on the launcher)")
    String getDate();

    /**
     * Sets the letters' date.
     *
     * @param value {@code YYYY-MM-DD}
     */
    void setDate(String value);

    /**
     * The formats for rows that name none.
     *
     * @return e.g. {@code [docx, pdf]}, or null for every format the renderer registry knows
     */
    @Description("Formats for rows that name none, comma-separated (default: every format, docx,pdf)")
    List<String> getFormat();

    /**
     * Sets the default formats.
     *
     * @param value format names
     */
    void setFormat(List<String> value);

    /**
     * The output prefix: a folder of any Beam file system.
     *
     * @return e.g. {@code out} or {@code gs://bucket/run-7}
     */
    @Description("Output folder (any Beam file system)")
    @Validation.Required
    String getOutput();

    /**
     * Sets the output prefix.
     *
     * @param value the folder
     */
    void setOutput(String value);

    /**
     * The CSV's field separator.
     *
     * @return one character
     */
    @Description("The CSVs' field separator")
    @Default.String(",")
    String getDelimiter();

    /**
     * Sets the field separator.
     *
     * @param value one character
     */
    void setDelimiter(String value);

    /**
     * Whether rows an earlier run made from the same inputs, whose files exist, are skipped.
     *
     * @return true by default
     */
    @Description("Skip rows an earlier run made from the same inputs whose files still exist")
    @Default.Boolean(true)
    boolean getResume();

    /**
     * Sets whether unchanged rows are skipped.
     *
     * @param value false to make every row again
     */
    void setResume(boolean value);

    /**
     * How many groups the rows are spread over: the most workers that make letters at once, and
     * the number of bundles each step after them sees. About four times the worker threads of the
     * cluster; each group's rows are made one after another.
     *
     * @return 256 by default
     */
    @Description("Groups the rows are spread over: about 4x the cluster's worker threads (default 256)")
    @Default.Integer(256)
    int getRowGroups();

    /**
     * Sets the number of row groups.
     *
     * @param value at least 1
     */
    void setRowGroups(int value);

    /**
     * Whether the PDF renderer may fall back to fonts installed on the worker.
     *
     * @return false by default, so that every worker writes the same bytes
     */
    @Description("Let the PDF renderer fall back to fonts installed on the worker")
    @Default.Boolean(false)
    boolean getSystemFonts();

    /**
     * Sets the system-font fallback.
     *
     * @param value true to allow it
     */
    void setSystemFonts(boolean value);
}
