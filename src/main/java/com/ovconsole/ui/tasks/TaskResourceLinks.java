package com.ovconsole.ui.tasks;

import com.ovconsole.api.RestPaths;
import com.ovconsole.api.model.AssociatedResource;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task's resource as a link: opens it in its appliance's workspace through the
 * {@link Navigator}, and says why when it cannot (the appliance is disconnected, no tab shows it).
 * Shared by the task panel and the Recent tasks tab.
 */
final class TaskResourceLinks {

    private final Navigator navigator;
    private final Messages messages;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    TaskResourceLinks(Navigator navigator, Messages messages) {
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The resource's appliance-relative path, or null when the task names none. */
    static String resourcePath(TaskResource task) {
        AssociatedResource resource = task == null ? null : task.associatedResource();
        if (resource == null) {
            return null;
        }
        try {
            return RestPaths.fromUriOrPath(resource.resourceUri());
        } catch (IllegalArgumentException garbled) {
            return null;
        }
    }

    /** Worth a link: the task names a resource and its appliance is still signed in. */
    boolean linkable(ConnectedAppliance appliance, TaskResource task) {
        return linkable(appliance, task, false);
    }

    /** As {@link #linkable(ConnectedAppliance, TaskResource)}; never while {@code applianceGone} (disconnected). */
    boolean linkable(ConnectedAppliance appliance, TaskResource task, boolean applianceGone) {
        return navigator != Navigator.NONE && appliance != null && resourcePath(task) != null
                && !applianceGone && appliance.client().isLoggedIn();
    }

    /**
     * Why a resource that would be a link is plain text: its appliance is not connected (the
     * tooltip of the plain name, as other views explain a resource they cannot open); null otherwise.
     */
    String notLinkedReason(ConnectedAppliance appliance, TaskResource task, boolean applianceGone) {
        if (navigator == Navigator.NONE || appliance == null || resourcePath(task) == null
                || !applianceGone && appliance.client().isLoggedIn()) {
            return null;
        }
        return messages.format("navigation.disconnected", appliance.displayName(), resourceName(task));
    }

    private static String resourceName(TaskResource task) {
        String name = task.associatedResource().resourceName();
        return name == null || name.isBlank() ? resourcePath(task) : name;
    }

    /** Opens the resource; false (and {@link #messageProperty()} says why) when it cannot. */
    boolean open(ConnectedAppliance appliance, TaskResource task) {
        String path = resourcePath(task);
        if (appliance == null || path == null) {
            return false;
        }
        String name = resourceName(task);
        if (!appliance.client().isLoggedIn()) {
            message.set(messages.format("navigation.disconnected", appliance.displayName(), name));
            return false;
        }
        boolean opened = navigator.open(appliance, path);
        message.set(opened ? "" : messages.format("navigation.cannotOpen", name, path));
        return opened;
    }

    /** Why the last link did not open; empty after one that did. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
