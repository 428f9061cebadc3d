package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerProfileSummary;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PagingTest {

    private static final String PROFILES = "/rest/server-profiles";

    private TestAppliance appliance;
    private ApplianceClient client;

    @BeforeEach
    void start() {
        appliance = TestAppliance.start("appliance-a")
                .json("/rest/version", 200, "{\"currentVersion\":3800,\"minimumVersion\":120}")
                .route(PROFILES, this::pageOfFive);
        client = VersionNegotiationTest.pinned(appliance);
    }

    @AfterEach
    void stop() {
        appliance.close();
    }

    @Test
    void onePageCarriesQueryAndPagingFields() {
        CollectionPage<ServerProfileSummary> page = client.page(PROFILES,
                PageQuery.ALL.start(0).count(2).filter("name matches 'web%'").filter("status='OK'").sort("name:asc"),
                ServerProfileSummary.class);

        assertThat(page.members()).extracting(ServerProfileSummary::name).containsExactly("web-0", "web-1");
        assertThat(page.memberTrees().get(0).get("unknownField").asString()).isEqualTo("kept");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.nextPageUri()).isEqualTo(PROFILES + "?start=2&count=2");
        assertThat(appliance.requestsTo(PROFILES).get(0).query()).isEqualTo(
                "start=0&count=2&filter=name%20matches%20%27web%25%27&filter=status%3D%27OK%27&sort=name%3Aasc");
    }

    @Test
    void allPagesFollowsNextPageUriToTheEnd() {
        List<Integer> starts = new ArrayList<>();

        List<ObjectNode> all = client.allPages(PROFILES, PageQuery.ALL.count(2), ObjectNode.class,
                page -> starts.add(page.start()), () -> false);

        assertThat(all).extracting(n -> n.get("name").asString())
                .containsExactly("web-0", "web-1", "web-2", "web-3", "web-4");
        assertThat(starts).containsExactly(0, 2, 4);
    }

    @Test
    void nextPageUriEqualToUriEndsPaging() {
        AtomicInteger calls = new AtomicInteger();
        appliance.route("/rest/loop", exchange -> {
            calls.incrementAndGet();
            TestAppliance.reply(exchange, 200, "{\"members\":[{\"name\":\"a\"}],\"start\":0,\"count\":1,\"total\":9,"
                    + "\"uri\":\"/rest/loop?start=0&count=1\",\"nextPageUri\":\"/rest/loop?start=0&count=1\"}");
        });

        List<ObjectNode> all = client.allPages("/rest/loop", PageQuery.ALL, ObjectNode.class, page -> { }, () -> false);

        assertThat(all).hasSize(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void cancellationStopsBetweenPages() {
        List<Integer> starts = new ArrayList<>();

        catchThrowableOfType(CancelledException.class, () -> client.allPages(PROFILES, PageQuery.ALL.count(2),
                ObjectNode.class, page -> starts.add(page.start()), () -> !starts.isEmpty()));

        assertThat(starts).containsExactly(0);
    }

    @Test
    void referenceCollectionPageParses() {
        appliance.json("/rest/ethernet-networks", 200, TestAppliance.resource("ethernet-networks-page.json"));

        CollectionPage<ObjectNode> page = client.page("/rest/ethernet-networks", PageQuery.ALL, ObjectNode.class);

        assertThat(page.members()).hasSize(1);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.total()).isEqualTo(4);
    }

    /** Five profiles, served {@code count} at a time from {@code start}, with absolute next links. */
    private void pageOfFive(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        int start = intParam(query, "start", 0);
        int count = intParam(query, "count", 5);
        StringBuilder members = new StringBuilder();
        for (int i = start; i < Math.min(5, start + count); i++) {
            members.append(members.length() == 0 ? "" : ",").append("{\"name\":\"web-").append(i)
                    .append("\",\"status\":\"OK\",\"unknownField\":\"kept\",\"uri\":\"" + PROFILES + "/").append(i)
                    .append("\"}");
        }
        String next = start + count < 5 ? "\"" + PROFILES + "?start=" + (start + count) + "&count=" + count + "\"" : "null";
        TestAppliance.reply(exchange, 200, "{\"type\":\"ServerProfileListV12\",\"members\":[" + members + "],\"start\":"
                + start + ",\"count\":" + count + ",\"total\":5,\"nextPageUri\":" + next
                + ",\"prevPageUri\":null,\"uri\":\"" + PROFILES + "?start=" + start + "&count=" + count + "\"}");
    }

    private static int intParam(String query, String name, int fallback) {
        if (query == null) {
            return fallback;
        }
        for (String part : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return Integer.parseInt(part.substring(name.length() + 1));
            }
        }
        return fallback;
    }
}
