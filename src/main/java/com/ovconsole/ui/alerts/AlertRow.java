package com.ovconsole.ui.alerts;

import com.ovconsole.api.ETag;
import com.ovconsole.api.Resource;
import com.ovconsole.api.model.Alert;
import com.ovconsole.api.model.AlertChange;
import com.ovconsole.api.model.AlertState;
import com.ovconsole.api.model.HealthStatus;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * One alert as the tab shows it. {@code resource} is the alert as read (tree and ETag), sent back
 * on Clear with If-Match. {@link #linkUri()} is null when the alert names no resource or one of a
 * kind this console does not know.
 */
public record AlertRow(Resource<Alert> resource) {

    /** The resource kinds OneView names in alerts that a console tab may show. */
    static final Set<String> KNOWN_CATEGORIES = Set.of("server-hardware", "server-profiles",
            "server-profile-templates", "enclosures", "enclosure-groups", "ethernet-networks", "interconnects",
            "logical-interconnects", "logical-enclosures", "alerts", "tasks");

    static AlertRow of(Alert alert, ObjectNode tree) {
        return new AlertRow(new Resource<>(alert, tree, ETag.of(alert.eTag())));
    }

    public Alert alert() {
        return resource.value();
    }

    public String uri() {
        return alert().uri();
    }

    /** The severity as the appliance wrote it ("Critical"…, or a value this console does not know). */
    public String severity() {
        String severity = alert().severity();
        return severity == null || severity.isBlank() ? "Unknown" : severity.trim();
    }

    public HealthStatus level() {
        return alert().level();
    }

    public String state() {
        String state = alert().alertState();
        return state == null || state.isBlank() ? "" : state.trim();
    }

    public AlertState alertState() {
        return alert().state();
    }

    public String description() {
        return text(alert().description());
    }

    public String correctiveAction() {
        return text(alert().correctiveAction());
    }

    /** The resource's name (or URI); empty for an alert about no resource. */
    public String resourceName() {
        return alert().resourceName();
    }

    public String resourceCategory() {
        return alert().resourceCategory();
    }

    /** Where the resource link goes, or null: no resource, or a kind no tab shows. */
    public String linkUri() {
        String target = alert().targetUri();
        String category = resourceCategory();
        return target != null && category != null && KNOWN_CATEGORIES.contains(category) ? target : null;
    }

    /** "Trap.cpqHe3TemperatureDegraded (Thermal)": the alert type and its health category; empty for none. */
    public String typeText() {
        String type = text(alert().alertTypeID());
        String category = text(alert().healthCategory());
        boolean noCategory = category.isEmpty() || "None".equals(category);
        if (type.isEmpty()) {
            return noCategory ? "" : category;
        }
        return noCategory ? type : type + " (" + category + ")";
    }

    public List<AlertChange> changeLog() {
        return alert().changeLog();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
