package org.lpodesk.identifier;

/** A value is not a valid identifier; the message names the value and what is wrong with it. */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final IdentifierProblem problem;

    InvalidIdentifierException(String input, IdentifierProblem problem, String message) {
        super(message);
        this.input = input;
        this.problem = problem;
    }

    /** The value as given (may be {@code null}). */
    public String input() {
        return input;
    }

    public IdentifierProblem problem() {
        return problem;
    }
}
