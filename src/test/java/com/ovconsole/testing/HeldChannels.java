package com.ovconsole.testing;

import com.ovconsole.api.WritableChannelFactory;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

/**
 * Download targets that stop writing after some bytes until the test releases them, so a test
 * can act (cancel, take a screenshot) while a download is surely in progress. An interrupt while
 * held fails the write, like a cancelled transfer.
 */
public final class HeldChannels {

    private HeldChannels() {
    }

    /**
     * @param afterBytes writes pass until this many bytes are written, then wait for {@code release}
     * @param holding counted down when the first write is held
     */
    public static WritableChannelFactory holdAfter(long afterBytes, CountDownLatch holding, CountDownLatch release) {
        return file -> {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new WritableByteChannel() {
                private long written;

                @Override
                public int write(ByteBuffer source) throws IOException {
                    if (written >= afterBytes) {
                        holding.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException interrupted) {
                            throw new InterruptedIOException("the transfer was stopped while held");
                        }
                    }
                    int count = channel.write(source);
                    written += count;
                    return count;
                }

                @Override
                public boolean isOpen() {
                    return channel.isOpen();
                }

                @Override
                public void close() throws IOException {
                    channel.close();
                }
            };
        };
    }
}
