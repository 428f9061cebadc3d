package com.ovconsole.bench;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Resource;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * Another administrator on the same appliance, in a session of its own: every few seconds it
 * changes {@code benchTheirs} on the profile the console is editing (GET, change, PUT with
 * If-Match; a 412, 409 or injected fault is retried with a fresh GET). {@link #lastWritten} is
 * the value the appliance confirmed last: it must still be there at the end.
 */
final class SecondSession implements AutoCloseable {

    static final String FIELD = "benchTheirs";

    private final ApplianceClient client;
    private final String uri;
    private final long periodMillis;
    private final Thread thread;
    private final AtomicLong lastWritten = new AtomicLong(-1);
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    private volatile boolean running = true;

    SecondSession(ApplianceClient client, String uri, long periodMillis) {
        this.client = client;
        this.uri = uri;
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::loop, "second-session");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    long lastWritten() {
        return lastWritten.get();
    }

    private void loop() {
        long next = 0;
        while (running) {
            next++;
            while (running && !write(next)) {
                retries.incrementAndGet();
                pause(200);
            }
            pause(periodMillis);
        }
    }

    private boolean write(long value) {
        try {
            Resource<ObjectNode> current = client.get(uri, ObjectNode.class);
            ObjectNode changed = current.tree().put(FIELD, value);
            client.put(uri, changed, current.eTag());
            lastWritten.set(value);
            writes.incrementAndGet();
            return true;
        } catch (ApiException refusedOrLost) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops after the write in flight; the session stays open (log out separately). */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(30_000);
    }
}
