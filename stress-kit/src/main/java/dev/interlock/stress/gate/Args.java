package dev.interlock.stress.gate;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code key=value} command-line arguments: Maven passes each as one token, spaces included. */
final class Args {
    private final Map<String, String> values = new LinkedHashMap<>();

    Args(String[] args) {
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("expected key=value, got: " + a);
            values.put(a.substring(0, eq), a.substring(eq + 1).trim());
        }
    }

    /** The value, which must be present and not blank. */
    String required(String key) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) throw new IllegalArgumentException("missing argument: " + key + "=...");
        return v;
    }

    /** The value, or "" when absent: a blank value means "jcstress's default". */
    String optional(String key) {
        return values.getOrDefault(key, "");
    }
}
