package io.rekindle.events;

/** An event that cannot be read: malformed JSON, a missing CloudEvents attribute or an unreadable payload. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
