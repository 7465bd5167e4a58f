package org.lpodesk.api;

/**
 * A request argument is missing or malformed. The message names the argument, the value given
 * and what is wrong; the web script tier answers it with HTTP 400 and changes nothing.
 */
public final class InvalidArgumentException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    /** The name of the offending argument, as the caller spelled it in the request. */
    public String argument() {
        return argument;
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
