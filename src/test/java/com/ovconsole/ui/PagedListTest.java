package com.ovconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.CollectionPage;
import com.ovconsole.api.model.ServerProfileSummary;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.testing.SimulatorFixture;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paged list against the simulator over pinned HTTPS. Background work waits in a queue the
 * test runs by hand, on its own thread: answers arrive exactly when the test says, so "the old
 * page came back after the refresh" is a step of the test, not a race it hopes for.
 */
class PagedListTest {

    private static final int PROFILES = 150;
    private static final String COLLECTION = "/rest/server-profiles";

    private final Queue<Runnable> work = new ArrayDeque<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.load(Locale.ROOT);
    /** The first page each start over asked for. */
    private final List<String> startedOver = new ArrayList<>();
    private SimulatorFixture sim;
    private ConnectedAppliance appliance;
    private PagedList<ServerProfileSummary, String> list;

    @BeforeEach
    void start() {
        sim = SimulatorFixture.start(SimulatorConfig.builder().profiles(PROFILES));
        appliance = sim.connectedAppliance("Lab");
        BackgroundRunner runner = new BackgroundRunner(work::add, UiDispatcher.direct());
        list = new PagedList<>(runner, dialogs, messages, PagedList.Words.of("profiles.list"), new PagedList.Source<ServerProfileSummary, String>() {
            @Override
            public String firstPage() {
                String first = list.firstPage(PageQuery.ALL, text -> "name matches '%" + text + "%'").appendTo(COLLECTION);
                startedOver.add(first);
                return first;
            }

            @Override
            public CollectionPage<ServerProfileSummary> read(String path) {
                return appliance.client().page(path, PageQuery.ALL, ServerProfileSummary.class);
            }

            @Override
            public List<String> rows(CollectionPage<ServerProfileSummary> page) {
                return page.members().stream().map(ServerProfileSummary::name).toList();
            }
        }).sortedBy("name:asc");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Runs the queued background work, oldest first, as the worker threads would. */
    private void answer() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    @Test
    void readsTheFirstPageAndTheNextOnesOnlyWhenTheViewNearsTheEnd() {
        list.refresh();
        assertThat(list.loadingProperty().get()).isTrue();
        answer();

        assertThat(list.rows()).isEqualTo(firstPageNames("name:asc")).hasSize(PagedList.PAGE_SIZE);
        assertThat(list.summaryProperty().get()).isEqualTo("64 of 150");
        assertThat(list.hasMore()).isTrue();
        assertThat(list.loadingProperty().get()).isFalse();

        list.rowShown(PagedList.PAGE_SIZE - PagedList.PREFETCH_ROWS - 1);
        assertThat(work).as("far from the end: nothing read").isEmpty();
        list.rowShown(PagedList.PAGE_SIZE - PagedList.PREFETCH_ROWS);
        list.rowShown(PagedList.PAGE_SIZE - 1);
        assertThat(work).as("one read while one is on its way").hasSize(1);
        answer();
        assertThat(list.rows()).hasSize(2 * PagedList.PAGE_SIZE);

        list.rowShown(list.rows().size() - 1);
        answer();
        assertThat(list.rows()).hasSize(PROFILES).doesNotHaveDuplicates().startsWith(firstPageNames("name:asc").toArray(String[]::new));
        assertThat(list.summaryProperty().get()).isEqualTo("150 of 150");
        assertThat(list.hasMore()).isFalse();
        list.rowShown(PROFILES - 1);
        assertThat(work).as("the appliance has no more").isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFirstPageThatArrivesAfterARefreshIsDropped() {
        list.refresh();
        list.sortBy("name", false);
        assertThat(list.summaryProperty().get()).isEmpty();
        answer();

        assertThat(startedOver).hasSize(2);
        assertThat(startedOver.get(1)).contains("sort=name%3Adesc");
        assertThat(list.rows()).isEqualTo(firstPageNames("name:desc")).isNotEqualTo(firstPageNames("name:asc"));
        assertThat(list.summaryProperty().get()).isEqualTo("64 of 150");
    }

    @Test
    void aNextPageAndSideWorkOfTheOldListAreDroppedAfterARefresh() {
        list.refresh();
        answer();
        List<String> late = new ArrayList<>();
        list.rowShown(PagedList.PAGE_SIZE - 1);
        list.runForTheseRows(context -> "a name of the old list", late::add, failure -> late.add(failure.toString()));
        BooleanSupplier stale = list.startedOver();
        list.sortBy("name", false);
        assertThat(stale.getAsBoolean()).isTrue();
        answer();

        assertThat(late).isEmpty();
        assertThat(list.rows()).as("the new first page only, not the old second one")
                .isEqualTo(firstPageNames("name:desc"));
        assertThat(list.hasMore()).isTrue();
        assertThat(list.startedOver().getAsBoolean()).isFalse();
    }

    @Test
    void theFilterTextNarrowsTheListOnTheAppliance() {
        list.refresh();
        answer();
        list.filterTextProperty().set("sql");
        assertThat(work).as("no pause set: at once").hasSize(1);
        answer();

        assertThat(startedOver.get(1)).contains("filter=").contains("sql");
        assertThat(list.rows()).isNotEmpty().hasSizeLessThan(PagedList.PAGE_SIZE).allMatch(name -> name.contains("sql"));
        assertThat(list.summaryProperty().get()).isEqualTo(list.rows().size() + " of " + list.rows().size());
    }

    @Test
    void aPageThatCannotBeReadSaysSoAndARefreshTriesAgain() {
        sim.simulator().malformAnswers(COLLECTION);
        list.refresh();
        answer();

        assertThat(list.failedProperty().get()).isTrue();
        assertThat(list.loadingProperty().get()).isFalse();
        assertThat(list.rows()).isEmpty();
        assertThat(list.failureProperty().get()).isEqualTo(messages.get("profiles.list.failed"))
                .contains("Press F5 to try again");
        assertThat(dialogs.errors).hasSize(1);

        sim.simulator().clearSpoiledAnswers();
        list.refresh();
        assertThat(list.failedProperty().get()).isFalse();
        assertThat(list.failureProperty().get()).isEmpty();
        answer();
        assertThat(list.rows()).hasSize(PagedList.PAGE_SIZE);
        assertThat(list.summaryProperty().get()).isEqualTo("64 of 150");
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void aNextPageThatFailsKeepsTheRowsAndTheNextTryReadsIt() {
        list.refresh();
        answer();
        sim.simulator().malformAnswers(COLLECTION);
        list.rowShown(PagedList.PAGE_SIZE - 1);
        answer();
        assertThat(list.failedProperty().get()).isTrue();
        assertThat(list.rows()).hasSize(PagedList.PAGE_SIZE);
        assertThat(list.summaryProperty().get()).as("left as it was").isEqualTo("64 of 150");

        sim.simulator().clearSpoiledAnswers();
        list.rowShown(PagedList.PAGE_SIZE - 1);
        answer();
        assertThat(list.rows()).hasSize(2 * PagedList.PAGE_SIZE).doesNotHaveDuplicates();
    }

    @Test
    void aChangedCertificateSaysSoInsteadOfOfferingF5() {
        sim.rotateCertificateFor(appliance.client());
        list.refresh();
        answer();

        assertThat(list.failedProperty().get()).isTrue();
        assertThat(list.failureProperty().get()).isEqualTo(messages.get("profiles.list.certificateChanged"))
                .startsWith("The server profiles could not be read.").contains("certificate")
                .doesNotContain("F5");
        assertThat(PagedList.isCertificateChange(dialogs.errors.get(0))).isTrue();
    }

    @Test
    void eachKindOfListHasItsOwnCertificateLine() {
        for (String kind : List.of("profiles", "hardware", "alerts")) {
            assertThat(messages.get(kind + ".list.certificateChanged")).doesNotStartWith("!")
                    .contains(" could not be read. ").doesNotContain("F5");
        }
    }

    @Test
    void removingARowCountsOneLessOfTheTotal() {
        list.refresh();
        answer();
        String second = list.rows().get(1);
        list.remove(0);
        assertThat(list.rows()).hasSize(PagedList.PAGE_SIZE - 1).startsWith(second);
        assertThat(list.summaryProperty().get()).isEqualTo("63 of 149");
    }

    @Test
    void closeStopsAnAnswerOnItsWay() {
        list.refresh();
        list.close();
        answer();
        assertThat(list.rows()).isEmpty();
        assertThat(list.summaryProperty().get()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    /** The first page as the appliance sorts it, read directly. */
    private List<String> firstPageNames(String order) {
        return appliance.client().page(COLLECTION, PagedList.firstPage(PageQuery.ALL).sort(order), ServerProfileSummary.class)
                .members().stream().map(ServerProfileSummary::name).toList();
    }
}
