package dev.interlock.ci;

import java.util.List;

/** The manifest is malformed; every problem found is listed, each with its file. */
public final class ManifestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ManifestException(List<String> problems) {
        super("the expectations manifest has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
