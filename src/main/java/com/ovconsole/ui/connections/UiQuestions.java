package com.ovconsole.ui.connections;

import com.ovconsole.api.CancelledException;
import com.ovconsole.ui.UiDispatcher;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Asks a modal question from background work: the question runs on the UI thread, the worker
 * waits for the answer. The UI thread itself never waits (with {@link UiDispatcher#direct()} the
 * question simply runs inline, as ViewModel tests want).
 */
final class UiQuestions {

    private final UiDispatcher ui;

    UiQuestions(UiDispatcher ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** The answer; a cancelled job (interrupted worker) ends in {@link CancelledException}. */
    <T> T ask(Supplier<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        ui.dispatch(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException | Error failure) {
                answer.completeExceptionally(failure);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancelledException("The question was cancelled.");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failed.getCause();
        }
    }
}
