package com.ovconsole.sim;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** The read-only lists a profile editor picks from: hardware, hardware types, enclosure groups, networks. */
final class InventoryEndpoints {

    private final ApplianceState state;

    InventoryEndpoints(ApplianceState state) {
        this.state = state;
    }

    void register(List<Route> routes) {
        collection(routes, "/rest/server-hardware", "server-hardware-list-12", "server-hardware", i -> i.serverHardware);
        collection(routes, "/rest/server-hardware-types", "server-hardware-type-list-10", "server-hardware-types",
                i -> i.hardwareTypes);
        collection(routes, "/rest/enclosure-groups", "EnclosureGroupCollectionV8", "enclosure-groups",
                i -> i.enclosureGroups);
        collection(routes, "/rest/ethernet-networks", "NetworkCollectionV4", "ethernet-networks", i -> i.networks);
    }

    private void collection(List<Route> routes, String base, String listType, String category,
            Function<Inventory, Map<String, ObjectNode>> members) {
        routes.add(Route.secured(base).on("GET", (ex, m) -> Reply.ok(
                CollectionPage.of(ex).render(listType, category, base, members.apply(state.inventory).values()))));
        routes.add(Route.secured(base + "/([^/]+)").on("GET", (ex, m) -> {
            ObjectNode member = members.apply(state.inventory).get(m.group(1));
            if (member == null) {
                throw ApplianceError.notFound(base + "/" + m.group(1));
            }
            return Reply.ok(member.deepCopy());
        }));
    }
}
