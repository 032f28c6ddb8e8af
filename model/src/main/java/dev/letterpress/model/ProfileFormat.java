package dev.letterpress.model;

/**
 * The text formats a profile may be written in: the same schema in either. Files choose theirs by
 * extension; text from elsewhere (a database, an upload) names it.
 *
 * <pre>{@code
 * Candidate ada = Profiles.readCandidate(request.getInputStream(), ProfileFormat.JSON, "upload ada.json");
 * }</pre>
 */
public enum ProfileFormat {
    /** YAML 1.1, as read by SnakeYAML: {@code .yaml}, {@code .yml}. */
    YAML,
    /** JSON: {@code .json}. */
    JSON;

    TreeReader.Syntax syntax() {
        return this == YAML ? TreeReader.Syntax.YAML : TreeReader.Syntax.JSON;
    }
}
