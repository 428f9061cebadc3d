package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.CancelledException;
import com.ovconsole.api.NotFoundException;
import com.ovconsole.api.PageQuery;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor's pick lists, read from the appliance off the UI thread: hardware types, enclosure
 * groups, Ethernet networks and the servers a profile may go on (free servers of the chosen type
 * and enclosure group, from {@code available-targets}, plus the one it has now). A list the
 * appliance lacks or fails to send is noted beside its drop-down, never a dialog.
 */
final class ProfilePickers {

    private static final System.Logger LOG = System.getLogger(ProfilePickers.class.getName());
    /** "appliance path" pairs already logged as missing: an editor reopened or saved again logs nothing new. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();
    static final String HARDWARE_TYPES = "/rest/server-hardware-types";
    static final String ENCLOSURE_GROUPS = "/rest/enclosure-groups";
    static final String NETWORKS = "/rest/ethernet-networks";
    static final String TARGETS = "/rest/server-profiles/available-targets";

    private final ConnectedAppliance appliance;
    private final ApplianceClient client;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final Map<String, Lookup> lookups = new LinkedHashMap<>();
    /** Counts server queries: only the latest one's answer is shown (an older one may arrive last). */
    private int serverQuery;

    /**
     * One pick list and what is known about its endpoint: {@code note} is empty while it answers,
     * else what the editor shows under the drop-down ("not available on this appliance").
     */
    static final class Lookup {
        final ObservableList<PickerChoice> choices = FXCollections.observableArrayList();
        final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
        /** A 404: the appliance does not have it; it is not asked again by this editor. */
        boolean missing;

        ReadOnlyStringProperty noteProperty() {
            return note.getReadOnlyProperty();
        }
    }

    /** What one read came to: the choices, or why there are none. */
    private record Answer(List<PickerChoice> choices, RuntimeException failure) {
    }

    ProfilePickers(ConnectedAppliance appliance, BackgroundRunner runner, Messages messages) {
        this.appliance = appliance;
        this.client = appliance.client();
        this.runner = runner;
        this.messages = messages;
        for (String path : List.of(HARDWARE_TYPES, ENCLOSURE_GROUPS, NETWORKS, TARGETS)) {
            lookups.put(path, new Lookup());
        }
    }

    /**
     * Reads the three lists; each stands alone, so one the appliance lacks (404) or fails to send
     * leaves the others, and nothing interrupts the user: the drop-down says so, the log once.
     */
    void loadLists() {
        List<String> wanted = List.of(HARDWARE_TYPES, ENCLOSURE_GROUPS, NETWORKS).stream()
                .filter(path -> !lookups.get(path).missing).toList();
        if (wanted.isEmpty()) {
            return;
        }
        runner.run(context -> {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (String path : wanted) {
                answers.put(path, read(() -> choices(path)));
            }
            return answers;
        }, answers -> answers.forEach((path, answer) -> {
            if (answer.failure() == null) {
                lookups.get(path).choices.setAll(answer.choices());
                lookups.get(path).note.set("");
            } else {
                failed(path, answer.failure());
            }
        }), failure -> wanted.forEach(path -> failed(path, failure)));
    }

    /** Servers for this type and group, plus the one the profile has now (it is not "free"), by name. */
    void loadServers(String hardwareTypeUri, String enclosureGroupUri, String currentUri) {
        int asked = ++serverQuery;
        boolean targetsMissing = lookups.get(TARGETS).missing;
        runner.run(context -> {
            List<PickerChoice> all = new ArrayList<>();
            if (!currentUri.isEmpty()) {
                all.add(new PickerChoice(currentUri, serverName(currentUri)));
            }
            Answer targets = targetsMissing ? new Answer(List.of(), null)
                    : read(() -> targets(hardwareTypeUri, enclosureGroupUri));
            targets.choices().stream().filter(target -> !target.uri().equals(currentUri)).forEach(all::add);
            return new Answer(all, targets.failure());
        }, found -> {
            if (asked == serverQuery) {
                lookups.get(TARGETS).choices.setAll(found.choices());
                if (found.failure() != null) {
                    failed(TARGETS, found.failure());
                } else if (!targetsMissing) {
                    lookups.get(TARGETS).note.set("");
                }
            }
        }, failure -> failed(TARGETS, failure));
    }

    private static Answer read(java.util.function.Supplier<List<PickerChoice>> reader) {
        try {
            return new Answer(reader.get(), null);
        } catch (CancelledException cancelled) {
            throw cancelled;
        } catch (RuntimeException failure) {
            return new Answer(List.of(), failure);
        }
    }

    /** The current server's name; its URI when even that cannot be read (the profile still opens). */
    private String serverName(String uri) {
        try {
            return client.get(uri, ObjectNode.class).tree().path("name").asString(uri);
        } catch (CancelledException cancelled) {
            throw cancelled;
        } catch (RuntimeException unreadable) {
            return uri;
        }
    }

    /** A lookup that did not answer: noted beside its drop-down and logged once per appliance, never a dialog. */
    private void failed(String path, Throwable failure) {
        Lookup lookup = lookups.get(path);
        boolean missing = failure instanceof NotFoundException;
        lookup.missing |= missing;
        lookup.note.set(missing ? messages.get("profiles.editor.lookupMissing")
                : messages.format("profiles.editor.lookupFailed", String.valueOf(failure.getMessage())));
        if (LOGGED.add(appliance.id() + " " + path + " " + missing)) {
            LOG.log(System.Logger.Level.WARNING, "{0} on {1}: {2}; the editor offers typing a URI instead",
                    path, appliance.displayName(), missing ? "not available on this appliance" : failure.getMessage());
        }
    }

    private List<PickerChoice> choices(String path) {
        return client.allPages(path, PageQuery.ALL.sort("name:asc"), ObjectNode.class, page -> { }, () -> false)
                .stream().map(node -> new PickerChoice(node.path("uri").asString(), node.path("name").asString()))
                .toList();
    }

    private List<PickerChoice> targets(String hardwareTypeUri, String enclosureGroupUri) {
        StringBuilder path = new StringBuilder(TARGETS);
        String separator = "?";
        if (!hardwareTypeUri.isEmpty()) {
            path.append(separator).append("serverHardwareTypeUri=").append(hardwareTypeUri);
            separator = "&";
        }
        if (!enclosureGroupUri.isEmpty()) {
            path.append(separator).append("enclosureGroupUri=").append(enclosureGroupUri);
        }
        JsonNode body = client.get(path.toString(), ObjectNode.class).tree();
        return body.path("targets").valueStream()
                .map(t -> new PickerChoice(t.path("serverHardwareUri").asString(), t.path("serverHardwareName").asString()))
                .toList();
    }

    /** Name of a URI among the loaded choices, else the URI itself. */
    static String nameOf(List<PickerChoice> choices, String uri) {
        return choices.stream().filter(c -> c.uri().equals(uri)).map(PickerChoice::name).findFirst().orElse(uri);
    }

    /** A field's pick list; {@code CONNECTIONS} stands for the networks its rows pick from. */
    ObservableList<PickerChoice> choices(ProfileField field) {
        return lookups.get(pathOf(field)).choices;
    }

    /** Empty while the field's list answers, else what its drop-down says instead. */
    ReadOnlyStringProperty note(ProfileField field) {
        return lookups.get(pathOf(field)).noteProperty();
    }

    private static String pathOf(ProfileField field) {
        return switch (field) {
            case SERVER_HARDWARE_TYPE -> HARDWARE_TYPES;
            case ENCLOSURE_GROUP -> ENCLOSURE_GROUPS;
            case SERVER_HARDWARE -> TARGETS;
            case CONNECTIONS -> NETWORKS;
            default -> throw new IllegalArgumentException(field + " has no pick list");
        };
    }
}
