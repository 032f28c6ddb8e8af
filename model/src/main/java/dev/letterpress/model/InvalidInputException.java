package dev.letterpress.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's input is wrong: a profile, posting, brand, template or CSV row. Carries every problem
 * found, each with its location, so that one run reports them all. Its message is one problem per
 * line; callers print it and need no stack trace. Bugs in Letterpress never use this type.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems; a serializable list. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidInputException(List<Problem> problems) {
        this(problems, null);
    }

    /**
     * Creates the exception with the low-level cause (a parser's exception, an I/O error).
     *
     * @param problems what is wrong, at least one
     * @param cause    the cause, or null
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidInputException(List<Problem> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for one problem.
     *
     * @param problem what is wrong
     */
    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    private static String message(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidInputException needs at least one problem");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /**
     * Every problem found, in input order.
     *
     * @return the problems; unmodifiable, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
