package com.ovconsole.ui.search;

import com.ovconsole.ui.ConnectedAppliance;
import java.util.Objects;

/**
 * One match: what it is, on which appliance, what to show and what the navigator opens.
 *
 * @param detail a second, muted line (a server's model, an alert's resource); may be empty
 * @param uri appliance-relative ({@code /rest/server-profiles/…})
 */
public record SearchResult(ConnectedAppliance appliance, SearchKind kind, String name, String detail, String uri) {

    public SearchResult {
        Objects.requireNonNull(appliance, "appliance");
        Objects.requireNonNull(kind, "kind");
        name = Objects.requireNonNullElse(name, "");
        detail = Objects.requireNonNullElse(detail, "");
        Objects.requireNonNull(uri, "uri");
    }
}
