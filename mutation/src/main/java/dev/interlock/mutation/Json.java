package dev.interlock.mutation;

import java.util.List;

/** Just enough JSON for the summary: one flat object with a few arrays of mutants. No dependency. */
final class Json {
    private final StringBuilder out = new StringBuilder("{\n");
    private boolean first = true;

    void field(String name, long value) {
        name(name).append(value);
    }

    void field(String name, double value) {
        name(name).append(value);
    }

    void field(String name, String value) {
        string(name(name), value);
    }

    void mutants(String name, List<Mutant> mutants) {
        StringBuilder b = name(name).append('[');
        for (int i = 0; i < mutants.size(); i++) {
            Mutant m = mutants.get(i);
            b.append(i == 0 ? "\n    " : ",\n    ").append("{\"class\": ");
            string(b, m.mutatedClass()).append(", \"method\": ");
            string(b, m.method()).append(", \"line\": ").append(m.line()).append(", \"mutator\": ");
            string(b, m.mutator()).append(", \"description\": ");
            string(b, m.description()).append('}');
        }
        b.append(mutants.isEmpty() ? "]" : "\n  ]");
    }

    String close() {
        return out.append("\n}\n").toString();
    }

    private StringBuilder name(String name) {
        out.append(first ? "  " : ",\n  ");
        first = false;
        return string(out, name).append(": ");
    }

    static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"');
    }
}
