package com.ovconsole.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.profiles.TestUiThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search against two simulated appliances over pinned HTTPS: one slow or failing, never holding the other back. */
class SearchViewModelTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final TestUiThread ui = new TestUiThread();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private SimulatorFixture labA;
    private SimulatorFixture labB;
    private ConnectedAppliance a;
    private ConnectedAppliance b;
    private ObservableList<ConnectedAppliance> connected;

    @BeforeEach
    void start() {
        labA = SimulatorFixture.start(SimulatorConfig.builder().profiles(30));
        labB = SimulatorFixture.start(SimulatorConfig.builder().profiles(30));
        a = labA.connectedAppliance("Lab A");
        b = labB.connectedAppliance("Lab B");
        connected = ui.call(() -> FXCollections.observableArrayList(a, b));
    }

    @AfterEach
    void stop() {
        labB.simulator().setLatencyMs(0);
        scheduler.shutdownNow();
        ui.close();
        labA.close();
        labB.close();
    }

    private SearchViewModel search(BackgroundRunner runner, Navigator navigator) {
        return ui.call(() -> new SearchViewModel(connected, runner, scheduler, ui, navigator, messages,
                Duration.ofMillis(20)));
    }

    private Navigator recording(boolean answer) {
        return (appliance, uri) -> {
            opened.add(appliance.displayName() + " " + uri);
            return answer;
        };
    }

    @Test
    void typingSearchesEveryApplianceAndTagsEachResultWithItsAppliance() {
        SearchViewModel search = search(ui.runner(), recording(true));
        String server = labA.simulator().serverHardware(labA.simulator().serverHardwareIds().get(3)).get("name").asString();

        ui.run(() -> search.queryProperty().set(server));
        ui.waitUntil("both appliances answered", () -> !search.searchingProperty().get()
                && search.appliances().size() == 2
                && search.appliances().stream().allMatch(s -> s.state() == ApplianceSearch.State.DONE));

        List<SearchResult> servers = ui.call(() -> search.results().stream()
                .filter(r -> r.kind() == SearchKind.SERVER).toList());
        assertThat(servers).extracting(r -> r.appliance().displayName()).containsExactly("Lab A", "Lab B");
        assertThat(servers).allSatisfy(r -> {
            assertThat(r.name()).isEqualTo(server);
            assertThat(r.uri()).startsWith("/rest/server-hardware/");
        });
        assertThat(ui.call(() -> search.messageProperty().get())).contains("from 2 appliances");
        assertThat(ui.call(() -> List.copyOf(search.appliances()))).noneMatch(ApplianceSearch::more);

        // Enter opens the selected (first) result through the navigator, with its own appliance.
        ui.run(() -> search.moveSelection(1));
        SearchResult chosen = ui.call(() -> search.selectedProperty().get());
        assertThat(ui.call(search::openSelected)).isTrue();
        assertThat(opened).containsExactly(chosen.appliance().displayName() + " " + chosen.uri());
    }

    @Test
    void profilesAndAlertsAreFoundByTheApplianceSideFilter() {
        SearchViewModel search = search(ui.runner(), recording(true));
        String profile = labA.simulator().profile(labA.simulator().profileIds().get(0)).get("name").asString();
        String alertText = labB.simulator().alertIds().stream().map(id -> labB.simulator().alert(id))
                .filter(alert -> !"Cleared".equals(alert.path("alertState").asString()))
                .map(alert -> alert.get("description").asString()).findFirst().orElseThrow();

        ui.run(() -> {
            search.queryProperty().set(profile);
            search.searchNow();
        });
        ui.waitUntil("answers", () -> !search.searchingProperty().get());
        assertThat(ui.call(() -> List.copyOf(search.results()))).filteredOn(r -> r.kind() == SearchKind.PROFILE)
                .extracting(SearchResult::name).contains(profile).allMatch(name -> name.contains(profile));

        String words = alertText.substring(0, Math.min(alertText.length(), 12));
        ui.run(() -> {
            search.queryProperty().set(words);
            search.searchNow();
        });
        ui.waitUntil("answers", () -> !search.searchingProperty().get());
        assertThat(ui.call(() -> List.copyOf(search.results()))).filteredOn(r -> r.kind() == SearchKind.ALERT)
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.name().toLowerCase(Locale.ROOT)).contains(words.toLowerCase(Locale.ROOT));
                    assertThat(r.uri()).startsWith("/rest/alerts/");
                });
    }

    @Test
    void aSlowApplianceShowsAsSearchingWhileTheOtherOnesResultsAreAlreadyThere() {
        labB.simulator().setLatencyMs(60_000);
        SearchViewModel search = search(ui.runner(), recording(true));

        ui.run(() -> search.queryProperty().set("bay 1"));
        ui.waitUntil("Lab A answered", () -> search.appliances().size() == 2
                && search.appliances().get(0).state() == ApplianceSearch.State.DONE);

        assertThat(ui.call(() -> search.appliances().get(1).state())).isEqualTo(ApplianceSearch.State.SEARCHING);
        assertThat(ui.call(() -> List.copyOf(search.results()))).isNotEmpty()
                .allMatch(r -> r.appliance() == a);
        assertThat(ui.call(() -> search.searchingProperty().get())).isTrue();
        ui.run(search::close);
    }

    @Test
    void aFailingApplianceShowsItsReasonAndTheOtherOnesResultsStillCome() {
        labB.simulator().failNextRequests(1);
        SearchViewModel search = search(ui.runner(), recording(true));

        ui.run(() -> {
            search.queryProperty().set("esx");
            search.searchNow();
        });
        ui.waitUntil("both answered", () -> !search.searchingProperty().get() && search.appliances().size() == 2);

        ApplianceSearch failed = ui.call(() -> search.appliances().get(1));
        assertThat(failed.state()).isEqualTo(ApplianceSearch.State.FAILED);
        assertThat(failed.error()).contains("internal error").doesNotContain("\n").hasSizeLessThanOrEqualTo(90);
        assertThat(ui.call(() -> List.copyOf(search.results()))).isNotEmpty().allMatch(r -> r.appliance() == a);
    }

    @Test
    void aNewerQueryCancelsTheOlderOneWhoseAnswersNeverShow() {
        // Work waits in a queue until the test runs it: the first query's jobs are still queued when the second starts.
        ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
        SearchViewModel search = search(new BackgroundRunner(queued::add, ui), recording(true));

        ui.run(() -> {
            search.queryProperty().set("esx-prod");
            search.searchNow();
            search.queryProperty().set("bay 2");
            search.searchNow();
        });
        List<Runnable> all = new ArrayList<>(queued);
        assertThat(all).hasSize(4);
        // The newest answers first, then the stale work is let run: it was cancelled and shows nothing.
        all.subList(2, 4).forEach(Runnable::run);
        all.subList(0, 2).forEach(Runnable::run);
        ui.waitUntil("the newest search answered", () -> !search.searchingProperty().get());

        assertThat(ui.call(() -> List.copyOf(search.results()))).isNotEmpty()
                .allMatch(r -> r.name().toLowerCase(Locale.ROOT).contains("bay 2"));
        assertThat(ui.call(search::searchedText)).isEqualTo("bay 2");
    }

    /** Enter before the pause: the search starts at once and the top result opens once both appliances answered. */
    @Test
    void enterBeforeAnyResultOpensTheTopOneOnceEveryApplianceAnswered() {
        SearchViewModel search = search(ui.runner(), recording(true));
        List<String> hidden = new CopyOnWriteArrayList<>();
        ui.run(() -> search.setOnOpened(() -> hidden.add("hidden")));
        String id = labA.simulator().serverHardwareIds().get(3);
        String server = labA.simulator().serverHardware(id).get("name").asString();

        ui.run(() -> {
            search.queryProperty().set(server);
            search.enter();
            assertThat(opened).as("nothing has answered yet").isEmpty();
        });

        ui.waitUntil("the top result opened", () -> !opened.isEmpty());
        SearchResult top = ui.call(() -> search.results().get(0));
        assertThat(top.appliance()).isSameAs(a);
        assertThat(opened).containsExactly("Lab A " + top.uri());
        assertThat(ui.call(() -> search.results().stream().map(SearchResult::uri).toList()))
                .contains("/rest/server-hardware/" + id);
        assertThat(hidden).containsExactly("hidden");
        assertThat(ui.call(() -> search.appliances().stream().allMatch(s -> s.state() == ApplianceSearch.State.DONE)))
                .isTrue();
    }

    /** Enter, then typing on: what was typed before Enter is not opened. */
    @Test
    void typingOnAfterEnterCallsTheOpeningOff() {
        ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
        SearchViewModel search = search(new BackgroundRunner(queued::add, ui), recording(true));

        ui.run(() -> {
            search.queryProperty().set("esx-prod");
            search.enter();
            search.queryProperty().set("esx-prod-0");
        });
        // The first query's work, then (after the typing pause) the second's: all of it answers.
        ui.waitUntil("the second query asked", () -> queued.size() == 4);
        for (Runnable job = queued.poll(); job != null; job = queued.poll()) {
            job.run();
        }
        ui.waitUntil("both appliances answered", () -> !search.searchingProperty().get());

        assertThat(ui.call(() -> search.results().isEmpty())).isFalse();
        assertThat(opened).isEmpty();
    }

    /** An appliance that connects while results show is searched for the same text; its results join in. */
    @Test
    void anApplianceConnectingWhileResultsShowIsSearchedToo() {
        ui.run(() -> connected.remove(b));
        SearchViewModel search = search(ui.runner(), recording(true));
        ui.run(() -> search.queryProperty().set("esx-prod"));
        ui.waitUntil("Lab A answered", () -> !search.searchingProperty().get() && !search.results().isEmpty());
        assertThat(ui.call(() -> search.results().stream().allMatch(r -> r.appliance() == a))).isTrue();

        ui.run(() -> connected.add(b));

        ui.waitUntil("Lab B answered too", () -> !search.searchingProperty().get()
                && search.appliances().size() == 2
                && search.appliances().stream().allMatch(s -> s.state() == ApplianceSearch.State.DONE));
        List<SearchResult> results = ui.call(() -> List.copyOf(search.results()));
        assertThat(results).anyMatch(r -> r.appliance() == b);
        assertThat(results.get(0).appliance()).as("grouped in sidebar order").isSameAs(a);
        assertThat(ui.call(search::searchedText)).isEqualTo("esx-prod");
    }

    /** The pause after typing ended just as Enter was pressed: one search, not two. */
    @Test
    void enterJustAfterTheTypingPauseEndedSearchesOnce() {
        ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
        SearchViewModel search = search(new BackgroundRunner(queued::add, ui), recording(true));

        ui.run(() -> {
            search.queryProperty().set("esx-prod");
            // The UI thread is busy while the pause's timer fires: its search waits in the UI queue.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
            search.searchNow();
        });
        ui.run(() -> { });

        assertThat(queued).as("one job per appliance, once").hasSize(2);
    }

    @Test
    void anApplianceWithMoreMatchesThanShownSaysSo() {
        SearchViewModel search = search(ui.runner(), recording(true));
        ui.run(() -> {
            search.queryProperty().set("bay");
            search.searchNow();
        });
        ui.waitUntil("answers", () -> !search.searchingProperty().get());

        // "bay" names more servers than one kind shows (its alerts may match too: at most LIMIT per kind).
        List<ApplianceSearch> states = ui.call(() -> List.copyOf(search.appliances()));
        assertThat(states).hasSize(2).allSatisfy(state -> {
            assertThat(state.more()).isTrue();
            assertThat(state.matches()).isGreaterThanOrEqualTo(SearchKind.LIMIT);
        });
        assertThat(ui.call(() -> search.results().size()))
                .isEqualTo(states.stream().mapToInt(ApplianceSearch::matches).sum());
        assertThat(ui.call(() -> search.results().stream().filter(r -> r.kind() == SearchKind.SERVER).count()))
                .isEqualTo(2L * SearchKind.LIMIT);
    }

    @Test
    void aResultNoTabShowsOrOfADisconnectedApplianceSaysWhy() {
        SearchViewModel search = search(ui.runner(), recording(false));
        SearchResult alert = new SearchResult(a, SearchKind.ALERT, "Fan failed", "", "/rest/alerts/1");

        assertThat(ui.call(() -> search.open(alert))).isFalse();
        assertThat(ui.call(() -> search.messageProperty().get())).contains("Fan failed").contains("Lab A");

        ui.run(() -> connected.remove(a));
        assertThat(ui.call(() -> search.open(alert))).isFalse();
        assertThat(ui.call(() -> search.messageProperty().get())).contains("Lab A is no longer connected");
        assertThat(opened).hasSize(1);
    }

    @Test
    void tooShortTextOrNoApplianceAsksNothing() {
        SearchViewModel search = search(ui.runner(), recording(true));
        long before = labA.simulator().requestCount();
        ui.run(() -> {
            search.queryProperty().set("e");
            search.searchNow();
        });
        assertThat(ui.call(() -> search.messageProperty().get())).contains("at least 2");
        ui.run(() -> {
            connected.clear();
            search.queryProperty().set("esx");
            search.searchNow();
        });
        assertThat(ui.call(() -> search.messageProperty().get())).contains("No appliance is connected");
        assertThat(labA.simulator().requestCount()).isEqualTo(before);
    }
}
