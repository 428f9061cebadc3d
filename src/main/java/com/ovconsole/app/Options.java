package com.ovconsole.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line as {@link LaunchConfig#parse} takes it apart: each option taken once, the rest refused. */
final class Options {

    private final List<String> rest;

    Options(List<String> args) {
        this.rest = new ArrayList<>(args.stream().filter(arg -> !arg.isBlank()).toList());
    }

    boolean flag(String name) {
        boolean present = rest.remove(name);
        if (rest.contains(name)) {
            throw new IllegalArgumentException(name + " is given twice");
        }
        return present;
    }

    /** The value of {@code name} ({@code name VALUE} or {@code name=VALUE}); {@code what} names it in the error. */
    Optional<String> value(String name, String what, String usage) {
        Optional<String> value = Optional.empty();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String found = null;
            if (arg.equals(name)) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw needs(name, what, usage);
                }
                rest.remove(i);
                found = rest.remove(i);
            } else if (arg.startsWith(name + "=")) {
                found = rest.remove(i).substring(name.length() + 1);
            }
            if (found != null) {
                if (found.isBlank()) {
                    throw needs(name, what, usage);
                }
                if (value.isPresent()) {
                    throw new IllegalArgumentException(name + " is given twice");
                }
                value = Optional.of(found);
                i--;
            }
        }
        return value;
    }

    void refuseTheRest() {
        if (!rest.isEmpty()) {
            throw new IllegalArgumentException("unknown option " + rest.get(0) + "; the options are --config-dir DIR,"
                    + " --demo-task-seconds N, --demo-faults none|demo, --smoke, --screenshots DIR"
                    + " [--compare-with DIR], --exit-when-shown");
        }
    }

    private static IllegalArgumentException needs(String name, String what, String usage) {
        return new IllegalArgumentException(name + " needs " + what + ": " + name + " " + usage);
    }
}
