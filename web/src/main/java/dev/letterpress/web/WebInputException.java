package dev.letterpress.web;

/** A request the app cannot use, with a message for the person who sent it (status 400 or 413). */
final class WebInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    WebInputException(String message) {
        this(400, message);
    }

    WebInputException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
