package com.ovconsole.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a large collection page by page, as the appliance caps every page. */
class PagingAgainstSimulatorTest {

    private static final int PROFILES = 300;

    private SimulatorFixture sim;
    private ApplianceClient client;

    @BeforeEach
    void signIn() {
        sim = SimulatorFixture.start(SimulatorConfig.builder().profiles(PROFILES));
        client = sim.signedInClient();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void allPagesFollowsNextPageUriToEveryProfileOnceInNameOrder() {
        List<CollectionPage<ServerProfileSummary>> pages = new ArrayList<>();

        List<ServerProfileSummary> all = client.allPages("/rest/server-profiles", PageQuery.ALL.sort("name:asc"),
                ServerProfileSummary.class, pages::add, () -> false);

        assertThat(pages).hasSizeGreaterThan(3);
        assertThat(pages).allSatisfy(page -> assertThat(page.total()).isEqualTo(PROFILES));
        assertThat(pages.get(pages.size() - 1).hasNext()).isFalse();
        assertThat(all).hasSize(PROFILES);
        List<String> uris = all.stream().map(ServerProfileSummary::uri).toList();
        assertThat(new HashSet<>(uris)).hasSize(PROFILES);
        assertThat(uris).allSatisfy(uri -> assertThat(sim.simulator().profileIds())
                .contains(uri.substring(uri.lastIndexOf('/') + 1)));
        assertThat(all).extracting(ServerProfileSummary::name)
                .isSortedAccordingTo(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)));
        assertThat(all).allSatisfy(profile -> assertThat(profile.eTag()).isNotBlank());
    }

    @Test
    void sameSortedReadTwiceGivesTheSameOrder() {
        PageQuery byName = PageQuery.ALL.sort("name:asc");

        List<String> first = names(client.allPages("/rest/server-profiles", byName, ServerProfileSummary.class,
                page -> { }, () -> false));
        List<String> second = names(client.allPages("/rest/server-profiles", byName.count(50),
                ServerProfileSummary.class, page -> { }, () -> false));

        assertThat(second).containsExactlyElementsOf(first);
    }

    @Test
    void filterMatchesReturnsOnlyTheMatchingProfiles() {
        long expected = sim.simulator().profileIds().stream()
                .map(id -> sim.simulator().profile(id).get("name").asString().toLowerCase(Locale.ROOT))
                .filter(name -> name.startsWith("esx")).count();

        List<ServerProfileSummary> esx = client.allPages("/rest/server-profiles",
                PageQuery.ALL.filter("name matches 'esx%'").sort("name:asc"), ServerProfileSummary.class,
                page -> { }, () -> false);

        assertThat(expected).isPositive().isLessThan(PROFILES);
        assertThat(esx).hasSize((int) expected);
        assertThat(esx).allSatisfy(profile -> assertThat(profile.name()).startsWithIgnoringCase("esx"));
    }

    private static List<String> names(List<ServerProfileSummary> profiles) {
        return profiles.stream().map(ServerProfileSummary::name).toList();
    }
}
