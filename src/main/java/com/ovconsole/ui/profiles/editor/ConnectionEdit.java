package com.ovconsole.ui.profiles.editor;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One row of the Connections table. Keeps the connection object it was read from, so fields the
 * editor does not show (mac, allocatedMbps, wwpn…) are written back untouched.
 */
public final class ConnectionEdit {

    private final ObjectNode origin;
    private final IntegerProperty id = new SimpleIntegerProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty functionType = new SimpleStringProperty("Ethernet");
    private final StringProperty networkUri = new SimpleStringProperty("");
    private final StringProperty portId = new SimpleStringProperty("Auto");
    private final StringProperty requestedMbps = new SimpleStringProperty("2500");
    private final StringProperty bootPriority = new SimpleStringProperty("NotBootable");

    private ConnectionEdit(ObjectNode origin) {
        this.origin = origin;
    }

    /** A row for a connection as found in a profile. */
    static ConnectionEdit of(ObjectNode connection) {
        ConnectionEdit edit = new ConnectionEdit(connection.deepCopy());
        edit.id.set(connection.path("id").asInt(0));
        edit.name.set(JsonTrees.text(connection, "/name"));
        edit.functionType.set(JsonTrees.text(connection, "/functionType"));
        edit.networkUri.set(JsonTrees.text(connection, "/networkUri"));
        edit.portId.set(JsonTrees.text(connection, "/portId"));
        edit.requestedMbps.set(JsonTrees.text(connection, "/requestedMbps"));
        edit.bootPriority.set(JsonTrees.text(connection, "/boot/priority"));
        return edit;
    }

    /** A new connection the user added. */
    static ConnectionEdit added(int id) {
        ConnectionEdit edit = new ConnectionEdit(null);
        edit.id.set(id);
        edit.name.set("connection-" + id);
        return edit;
    }

    /** The connection as JSON: its origin with the edited fields written over it. */
    ObjectNode toJson() {
        ObjectNode json = origin == null ? JsonNodeFactory.instance.objectNode() : origin.deepCopy();
        ObjectNode before = origin == null ? JsonNodeFactory.instance.objectNode() : origin;
        if (origin == null || before.path("id").asInt(0) != id.get()) {
            json.put("id", id.get());
        }
        writeIfChanged(json, before, "/name", name.get());
        writeIfChanged(json, before, "/functionType", functionType.get());
        writeIfChanged(json, before, "/networkUri", networkUri.get());
        writeIfChanged(json, before, "/portId", portId.get());
        // requestedMbps is a string in OneView's JSON, not a number.
        writeIfChanged(json, before, "/requestedMbps", requestedMbps.get());
        writeIfChanged(json, before, "/boot/priority", bootPriority.get());
        return json;
    }

    private static void writeIfChanged(ObjectNode json, JsonNode before, String pointer, String value) {
        if (!JsonTrees.text(before, pointer).equals(value == null ? "" : value)) {
            JsonTrees.set(json, pointer, JsonNodeFactory.instance.stringNode(value));
        }
    }

    /** The properties a change of which changes the row (for list extractors). */
    Observable[] observables() {
        return new Observable[] {id, name, functionType, networkUri, portId, requestedMbps, bootPriority};
    }

    /** The highest value of {@code maximumMbps} the appliance reported, or 0 when unknown. */
    int maximumMbps() {
        return origin == null ? 0 : origin.path("maximumMbps").asInt(0);
    }

    public IntegerProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty functionTypeProperty() {
        return functionType;
    }

    public StringProperty networkUriProperty() {
        return networkUri;
    }

    public StringProperty portIdProperty() {
        return portId;
    }

    public StringProperty requestedMbpsProperty() {
        return requestedMbps;
    }

    public StringProperty bootPriorityProperty() {
        return bootPriority;
    }
}
