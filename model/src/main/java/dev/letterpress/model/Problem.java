package dev.letterpress.model;

/**
 * One thing wrong with an input, and where: the file (or other source), line, column, field and
 * what was expected. {@link #toString()} says it in one sentence:
 * {@code ada.yaml 12:5 skills[2].years: expected a number, got "five"}.
 *
 * @param source  the file as the user named it, or another name of the input; never blank
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param field   the field path ({@code skills[2].years}) or column name, or null
 * @param message what is wrong and what was expected; never blank
 */
public record Problem(String source, int line, int column, String field, String message) {
    /**
     * Validates the problem.
     *
     * @param source  the file as the user named it, or another name of the input; never blank
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param field   the field path ({@code skills[2].years}) or column name, or null
     * @param message what is wrong and what was expected; never blank
     * @throws IllegalArgumentException when source or message is blank or a position is negative
     */
    public Problem {
        source = Checks.required("Problem", "source", source);
        field = Checks.optional(field);
        message = Checks.required("Problem", "message", message);
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "Problem.line and column must not be negative (was " + line + ":" + column + ")");
        }
    }

    /**
     * A problem with a whole source, without a position.
     *
     * @param source  the file or input name
     * @param message what is wrong
     * @return the problem
     */
    public static Problem of(String source, String message) {
        return new Problem(source, 0, 0, null, message);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(' ').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        if (field != null) {
            s.append(' ').append(field);
        }
        return s.append(": ").append(message).toString();
    }
}
