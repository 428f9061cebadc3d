package com.ovconsole.ui.profiles.editor;

import com.ovconsole.ui.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What must hold before a profile is sent: a name, unique connection names, Mbps the appliance can take. */
final class ProfileValidation {

    /** OneView's FlexNICs go from 100 Mb/s up; nothing it sells exceeds 100 Gb/s per connection. */
    static final int MIN_MBPS = 100;
    static final int MAX_MBPS = 100_000;

    /** Inline messages per place; empty strings when fine. */
    record Result(String name, String connections) {
        boolean isValid() {
            return name.isEmpty() && connections.isEmpty();
        }
    }

    private final Messages messages;

    ProfileValidation(Messages messages) {
        this.messages = messages;
    }

    Result check(String name, List<ConnectionEdit> connections) {
        String nameProblem = name == null || name.isBlank() ? messages.get("profiles.validation.nameRequired") : "";
        return new Result(nameProblem, connectionProblem(connections));
    }

    private String connectionProblem(List<ConnectionEdit> connections) {
        Set<String> names = new HashSet<>();
        for (ConnectionEdit connection : connections) {
            String name = connection.nameProperty().get().trim();
            int id = connection.idProperty().get();
            if (name.isEmpty()) {
                return messages.format("profiles.validation.connectionNameRequired", id);
            }
            if (!names.add(name)) {
                return messages.format("profiles.validation.connectionNameTwice", name);
            }
            String mbps = connection.requestedMbpsProperty().get().trim();
            if (!mbpsValid(mbps, connection.maximumMbps())) {
                int max = connection.maximumMbps() > 0 ? connection.maximumMbps() : MAX_MBPS;
                return messages.format("profiles.validation.mbps", id, mbps, MIN_MBPS, max);
            }
        }
        return "";
    }

    private static boolean mbpsValid(String mbps, int maximum) {
        if ("Auto".equalsIgnoreCase(mbps)) {
            return true;
        }
        if (mbps.isEmpty() || mbps.length() > 6 || !mbps.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int value = Integer.parseInt(mbps);
        return value >= MIN_MBPS && value <= (maximum > 0 ? maximum : MAX_MBPS);
    }
}
