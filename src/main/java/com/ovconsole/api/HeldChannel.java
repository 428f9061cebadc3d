package com.ovconsole.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A download target that stops writing after some bytes until it is released, so that the
 * screenshot tour or a test can act (take a picture, cancel) while a download is surely in
 * progress. An interrupt while held fails the write, like a stopped transfer.
 */
public final class HeldChannel implements WritableByteChannel {

    private final WritableByteChannel target;
    private final long afterBytes;
    private final CountDownLatch holding;
    private final CountDownLatch release;
    private long written;

    /**
     * @param afterBytes writes pass until this many bytes are written, then wait for {@code release}
     * @param holding counted down when a write is held
     */
    public HeldChannel(WritableByteChannel target, long afterBytes, CountDownLatch holding, CountDownLatch release) {
        this.target = Objects.requireNonNull(target, "target");
        this.afterBytes = afterBytes;
        this.holding = Objects.requireNonNull(holding, "holding");
        this.release = Objects.requireNonNull(release, "release");
    }

    /** New files ({@link WritableChannelFactory#FILES}) held after {@code afterBytes}. */
    public static WritableChannelFactory holdAfter(long afterBytes, CountDownLatch holding, CountDownLatch release) {
        return file -> new HeldChannel(WritableChannelFactory.FILES.open(file), afterBytes, holding, release);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        if (written >= afterBytes) {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the transfer was stopped while held");
            }
        }
        int count = target.write(source);
        written += count;
        return count;
    }

    @Override
    public boolean isOpen() {
        return target.isOpen();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
