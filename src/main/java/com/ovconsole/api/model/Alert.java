package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An alert ({@code /rest/alerts/<id>}). {@code severity} and {@code alertState} stay the
 * appliance's strings ({@link #level()}/{@link #state()} interpret them); the resource may be
 * missing (appliance alerts, alerts on deleted resources): {@link #resourceName()} copes. The
 * change log is never null (an absent one reads as empty).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alert(
        String uri,
        String type,
        String severity,
        String alertState,
        String description,
        String correctiveAction,
        String resourceUri,
        AssociatedResource associatedResource,
        String physicalResourceType,
        String alertTypeID,
        String healthCategory,
        String urgency,
        String assignedToUser,
        String clearedByUser,
        String clearedTime,
        Boolean lifeCycle,
        String created,
        String modified,
        String eTag,
        List<AlertChange> changeLog) {

    public Alert {
        changeLog = changeLog == null ? List.of() : changeLog.stream().filter(java.util.Objects::nonNull).toList();
    }

    public HealthStatus level() {
        return HealthStatus.parse(severity);
    }

    public AlertState state() {
        return AlertState.parse(alertState);
    }

    /** The resource's URI: the associated resource's, else the alert's own resourceUri; may be null. */
    public String targetUri() {
        if (associatedResource != null && associatedResource.resourceUri() != null
                && !associatedResource.resourceUri().isBlank()) {
            return associatedResource.resourceUri();
        }
        return resourceUri == null || resourceUri.isBlank() ? null : resourceUri;
    }

    /** The resource's name, else its URI, else "" (an alert about the appliance itself). */
    public String resourceName() {
        if (associatedResource != null && associatedResource.resourceName() != null
                && !associatedResource.resourceName().isBlank()) {
            return associatedResource.resourceName();
        }
        String target = targetUri();
        return target == null ? "" : target;
    }

    /** The category to open the resource in ("server-hardware", "server-profiles"…), or null. */
    public String resourceCategory() {
        if (associatedResource != null && associatedResource.resourceCategory() != null) {
            return associatedResource.resourceCategory();
        }
        return physicalResourceType;
    }
}
