package com.ovconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundRunnerTest {

    private final List<Object> delivered = new ArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    /** Stands in for the FX thread: what the runner dispatches waits here until the test runs it. */
    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void sameThreadRunnerDeliversResultAndProgressInOrder() {
        Job<String> job = BackgroundRunner.sameThread().run(context -> {
            context.progress(0.5, "half");
            return "done";
        }, delivered::add, delivered::add, delivered::add);

        assertThat(delivered).containsExactly(new Progress(0.5, "half"), "done");
        assertThat(job.isDone()).isTrue();
    }

    @Test
    void sameThreadRunnerDeliversFailure() {
        IOException failure = new IOException("disk full");
        BackgroundRunner.sameThread().run(context -> {
            throw failure;
        }, delivered::add, delivered::add);

        assertThat(delivered).containsExactly(failure);
    }

    @Test
    void workRunsOnTheExecutorAndOutcomeArrivesThroughTheDispatcher() throws Exception {
        BackgroundRunner runner = new BackgroundRunner(executor, uiQueue::add);
        List<String> threads = new ArrayList<>();

        runner.run(context -> Thread.currentThread().getName(), threads::add, delivered::add);
        Runnable delivery = uiQueue.poll(10, TimeUnit.SECONDS);
        assertThat(threads).as("nothing arrives before the UI thread runs it").isEmpty();
        delivery.run();

        assertThat(threads).singleElement().isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void cancelledJobDeliversNothingAndInterruptsTheWork() throws Exception {
        BackgroundRunner runner = new BackgroundRunner(executor, uiQueue::add);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);

        Job<String> job = runner.run(context -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        }, delivered::add, delivered::add);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        job.cancel();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        uiQueue.forEach(Runnable::run);
        assertThat(delivered).isEmpty();
        assertThat(job.isCancelled()).isTrue();
        assertThat(job.isDone()).isFalse();
    }

    @Test
    void resultAlreadyQueuedIsDroppedWhenCancelledBeforeItRuns() throws Exception {
        BackgroundRunner runner = new BackgroundRunner(executor, uiQueue::add);

        Job<String> job = runner.run(context -> "late", delivered::add, delivered::add);
        Runnable delivery = uiQueue.poll(10, TimeUnit.SECONDS);
        job.cancel();
        delivery.run();

        assertThat(delivered).isEmpty();
    }
}
