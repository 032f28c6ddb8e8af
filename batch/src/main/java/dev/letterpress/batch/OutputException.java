package dev.letterpress.batch;

import java.io.IOException;

/**
 * The output folder cannot take the letters (no space left, no permission) in the middle of a
 * run. The run stops; the letters already written are complete, and no manifest claims success.
 */
public class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be written, and where
     * @param cause   the I/O error
     */
    public OutputException(String message, IOException cause) {
        super(message, cause);
    }
}
