package com.ovconsole.ui.connections;

/**
 * Where and how to reach one appliance: the address to dial, the pinned certificate (null until
 * trusted) and a manual proxy ({@code host:port}) or null for the system proxy settings.
 *
 * @param autoPinned true when the console owns the certificate (the built-in demo appliance), so
 *                   the pin is not the user's decision and is never asked about
 */
public record ApplianceEndpoint(String address, String pinnedSha256, String proxy, boolean autoPinned) {
}
