package dev.letterpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every problem with one record's fields, so that a record built in code reports them
 * all at once: a constructor throws {@link InvalidValues} (an {@link IllegalArgumentException}),
 * a builder turns that into an {@link InvalidInputException}, and the profile loader files each
 * problem under its field path and position.
 */
final class Validation {
    private final String type;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    Validation(String type) {
        this.type = type;
    }

    /** Strips the text; reports it when blank. */
    String required(String field, String value) {
        String stripped = Checks.optional(value);
        if (stripped == null) {
            add(field, " ", "must not be blank", Checks.quote(value));
        }
        return stripped;
    }

    String email(String field, String value) {
        String v = Checks.optional(value);
        text(field, v, Checks.emailProblem(v));
        return v;
    }

    String url(String field, String value) {
        String v = Checks.normaliseUrl(value);
        text(field, v, Checks.urlProblem(v));
        return v;
    }

    Double years(String field, Double value) {
        String problem = Checks.yearsProblem(value);
        if (problem != null) {
            add(field, " ", problem, String.valueOf(value));
        }
        return value;
    }

    <T> T nonNull(String field, T value) {
        if (value == null) {
            add(field, " ", "must not be null", "null");
        }
        return value;
    }

    /** Reports {@code problem}, when not null, about a whole-record rule (no single field). */
    void record(String problem) {
        if (problem != null) {
            problems.add(new Problem(type, 0, 0, null, problem));
            messages.add(type + " " + problem);
        }
    }

    /** Reports a problem with a field; {@code separator} follows "Type.field" in the message. */
    void add(String field, String separator, String problem, String was) {
        problems.add(new Problem(type, 0, 0, field, problem + " (was " + was + ")"));
        messages.add(type + "." + field + separator + problem + " (was " + was + ")");
    }

    private void text(String field, String value, String problem) {
        if (problem != null) {
            add(field, ": ", problem, Checks.quote(value));
        }
    }

    /** Throws every problem found, if any. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidValues(String.join("; ", messages), problems);
        }
    }

    /**
     * Runs a record constructor for a builder: every problem it finds becomes one
     * {@link InvalidInputException}.
     */
    static <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValues e) {
            throw new InvalidInputException(e.problems(), e);
        }
    }

    /** A record's invalid values: an {@link IllegalArgumentException} that carries each problem. */
    static final class InvalidValues extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** The problems; a serializable list. */
        private final List<Problem> problems;

        InvalidValues(String message, List<Problem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }
}
