package org.lpodesk.demo;

/**
 * The demo data is wrong: the message names the place in the file (e.g. {@code cases[1].type}),
 * the value and what is wrong with it. The loader creates nothing when it gets one.
 */
public final class InvalidDemoDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    InvalidDemoDataException(String path, String problem) {
        super(Messages.format("demo.invalid", path, problem));
        this.path = path;
    }

    InvalidDemoDataException(String path, String problem, Throwable cause) {
        super(Messages.format("demo.invalid", path, problem), cause);
        this.path = path;
    }

    /** Where in the demo data the problem is, e.g. {@code users[2].email}. */
    public String path() {
        return path;
    }
}
