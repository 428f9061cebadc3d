package com.ovconsole.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * The one way work crosses threads: {@link Work} runs on the executor, its outcome and progress
 * arrive through the {@link UiDispatcher}. {@link #sameThread()} runs everything inline for tests.
 */
public final class BackgroundRunner {

    private static final System.Logger LOG = System.getLogger(BackgroundRunner.class.getName());

    private final Executor executor;
    private final UiDispatcher dispatcher;

    public BackgroundRunner(Executor executor, UiDispatcher dispatcher) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    /** Work, outcome and progress all on the calling thread: ViewModel tests need no toolkit. */
    public static BackgroundRunner sameThread() {
        return new BackgroundRunner(Runnable::run, UiDispatcher.direct());
    }

    public <T> Job<T> run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return run(work, onSuccess, onFailure, progress -> { });
    }

    public <T> Job<T> run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
            Consumer<? super Progress> onProgress) {
        Objects.requireNonNull(work, "work");
        Job<T> job = new Job<>();
        Work.JobContext context = new Work.JobContext() {
            @Override
            public void progress(double fraction, String message) {
                Progress report = new Progress(fraction, message);
                dispatcher.dispatch(() -> {
                    if (!job.isCancelled() && !job.isDone()) {
                        onProgress.accept(report);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
        FutureTask<Void> task = new FutureTask<>(() -> {
            deliver(job, work, context, onSuccess, onFailure);
            return null;
        });
        job.attach(task);
        executor.execute(task);
        return job;
    }

    private <T> void deliver(Job<T> job, Work<T> work, Work.JobContext context,
            Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            T result = work.call(context);
            dispatcher.dispatch(() -> {
                if (job.markDone()) {
                    onSuccess.accept(result);
                }
            });
        } catch (Throwable failure) {
            if (job.isCancelled()) {
                LOG.log(System.Logger.Level.DEBUG, "Cancelled job ended with " + failure.getClass().getName());
                return;
            }
            dispatcher.dispatch(() -> {
                if (job.markDone()) {
                    onFailure.accept(failure);
                }
            });
        }
    }
}
