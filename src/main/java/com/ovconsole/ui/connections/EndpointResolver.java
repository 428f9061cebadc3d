package com.ovconsole.ui.connections;

import com.ovconsole.store.ApplianceEntry;

/**
 * Turns a list entry into an endpoint. Blocking (it may start the built-in demo appliance), so
 * it is called from background work only.
 */
@FunctionalInterface
public interface EndpointResolver {

    ApplianceEndpoint resolve(ApplianceEntry entry);

    /** Entries stand for themselves: their address, pin and proxy as stored. */
    EndpointResolver AS_STORED = entry -> new ApplianceEndpoint(entry.address(), entry.pinnedCertificateSha256(),
            entry.proxy(), false);
}
