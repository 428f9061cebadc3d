package com.ovconsole.ui;

/**
 * Opens one resource of a connected appliance where the user works on it: selects the appliance,
 * its tab and the item (a task row's resource, an alert's resource, a server's profile, a search
 * result). The shell implements it; features get it from the composition root. FX thread only.
 */
@FunctionalInterface
public interface Navigator {

    /** Goes nowhere; for tests and tools that show one view alone. */
    Navigator NONE = (appliance, resourceUri) -> false;

    /**
     * Opens {@code resourceUri} (appliance-relative, e.g. {@code /rest/server-profiles/{id}}) of
     * {@code appliance}; false when no tab shows that kind of resource, so the caller can say so.
     */
    boolean open(ConnectedAppliance appliance, String resourceUri);
}
