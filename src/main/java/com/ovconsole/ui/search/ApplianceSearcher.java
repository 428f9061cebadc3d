package com.ovconsole.ui.search;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.CancelledException;
import com.ovconsole.api.RestPaths;
import com.ovconsole.api.model.Alert;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerHardware;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.ui.ConnectedAppliance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One appliance's part of a search (blocking; background only): a page of profiles, servers and
 * open alerts whose name (description for alerts) contains the text, filtered by the appliance.
 */
final class ApplianceSearcher {

    /** What one appliance found; {@code more} when it has matches beyond the first few of a kind. */
    record Found(List<SearchResult> results, boolean more) {
    }

    Found find(ConnectedAppliance appliance, String text, BooleanSupplier cancelled) {
        ApplianceClient client = appliance.client();
        List<SearchResult> found = new ArrayList<>();
        CollectionPage<ServerProfileSummary> profiles = client.page(SearchKind.PROFILE.collection(),
                SearchKind.PROFILE.query(text), ServerProfileSummary.class);
        for (ServerProfileSummary profile : profiles.members()) {
            add(found, appliance, SearchKind.PROFILE, profile.name(), profile.description(), profile.uri());
        }
        stopIf(cancelled);
        CollectionPage<ServerHardware> servers = client.page(SearchKind.SERVER.collection(),
                SearchKind.SERVER.query(text), ServerHardware.class);
        for (ServerHardware server : servers.members()) {
            add(found, appliance, SearchKind.SERVER, server.name(), server.model(), server.uri());
        }
        stopIf(cancelled);
        CollectionPage<Alert> alerts = client.page(SearchKind.ALERT.collection(), SearchKind.ALERT.query(text),
                Alert.class);
        for (Alert alert : alerts.members()) {
            String detail = alert.resourceName().isEmpty() ? alert.severity()
                    : alert.severity() + " · " + alert.resourceName();
            add(found, appliance, SearchKind.ALERT, alert.description(), detail, alert.uri());
        }
        return new Found(found, more(profiles) || more(servers) || more(alerts));
    }

    private static boolean more(CollectionPage<?> page) {
        return page.hasNext() || (page.total() != null && page.total() > page.members().size());
    }

    /** The navigator wants appliance-relative paths; a member without a URI cannot be opened and is left out. */
    private static void add(List<SearchResult> found, ConnectedAppliance appliance, SearchKind kind, String name,
            String detail, String uri) {
        String path;
        try {
            path = RestPaths.fromUriOrPath(uri);
        } catch (IllegalArgumentException garbled) {
            path = null;
        }
        if (path != null && !path.isBlank()) {
            found.add(new SearchResult(appliance, kind, name, detail, path));
        }
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException("search replaced by a newer one");
        }
    }
}
