package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.DialogService;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor's pick lists, read from the appliance off the UI thread: hardware types, enclosure
 * groups, Ethernet networks and the servers a profile may go on (free servers of the chosen type
 * and enclosure group, from {@code available-targets}, plus the one it has now).
 */
final class ProfilePickers {

    private final ApplianceClient client;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ObservableList<PickerChoice> hardwareTypes = FXCollections.observableArrayList();
    private final ObservableList<PickerChoice> enclosureGroups = FXCollections.observableArrayList();
    private final ObservableList<PickerChoice> networks = FXCollections.observableArrayList();
    private final ObservableList<PickerChoice> servers = FXCollections.observableArrayList();

    ProfilePickers(ApplianceClient client, BackgroundRunner runner, DialogService dialogs) {
        this.client = client;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    void loadLists() {
        runner.run(context -> List.of(choices("/rest/server-hardware-types"), choices("/rest/enclosure-groups"),
                choices("/rest/ethernet-networks")), lists -> {
                    hardwareTypes.setAll(lists.get(0));
                    enclosureGroups.setAll(lists.get(1));
                    networks.setAll(lists.get(2));
                }, dialogs::showError);
    }

    /** Servers for this type and group, plus the one the profile has now (it is not "free"), by name. */
    void loadServers(String hardwareTypeUri, String enclosureGroupUri, String currentUri) {
        runner.run(context -> {
            List<PickerChoice> all = new ArrayList<>();
            if (!currentUri.isEmpty()) {
                all.add(new PickerChoice(currentUri,
                        client.get(currentUri, ObjectNode.class).tree().path("name").asString(currentUri)));
            }
            targets(hardwareTypeUri, enclosureGroupUri).stream()
                    .filter(target -> !target.uri().equals(currentUri)).forEach(all::add);
            return all;
        }, servers::setAll, dialogs::showError);
    }

    private List<PickerChoice> choices(String path) {
        return client.allPages(path, PageQuery.ALL.sort("name:asc"), ObjectNode.class, page -> { }, () -> false)
                .stream().map(node -> new PickerChoice(node.path("uri").asString(), node.path("name").asString()))
                .toList();
    }

    private List<PickerChoice> targets(String hardwareTypeUri, String enclosureGroupUri) {
        StringBuilder path = new StringBuilder("/rest/server-profiles/available-targets");
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

    ObservableList<PickerChoice> hardwareTypes() {
        return hardwareTypes;
    }

    ObservableList<PickerChoice> enclosureGroups() {
        return enclosureGroups;
    }

    ObservableList<PickerChoice> networks() {
        return networks;
    }

    ObservableList<PickerChoice> servers() {
        return servers;
    }
}
