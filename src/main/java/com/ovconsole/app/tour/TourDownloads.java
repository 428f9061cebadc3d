package com.ovconsole.app.tour;

import com.ovconsole.api.HeldChannel;
import com.ovconsole.api.WritableChannelFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The tour's backup downloads: into a temporary folder, held before the first byte is written
 * until the tour has taken its "downloading" picture (how many bytes a read returns depends on
 * the network, so a picture taken half-way would differ from run to run), timed by the tour's clock.
 */
final class TourDownloads {

    private final Clock clock;
    private final Path folder;
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    TourDownloads(Clock clock) {
        this.clock = clock;
        // A fixed folder: its name is on the pictures. Emptied first, so the file name stays the same too.
        this.folder = Path.of(System.getProperty("java.io.tmpdir"), "oneview-console-tour", "Downloads");
        try {
            Files.createDirectories(folder);
            try (var old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    long nanoTime() {
        return clock.millis() * 1_000_000L;
    }

    /** Blocks until a download waits at its first write. */
    void awaitHeld() throws InterruptedException {
        holding.await();
    }

    /** Lets every held download go on. */
    void releaseAll() {
        release.countDown();
    }

    WritableChannelFactory channels() {
        return HeldChannel.holdAfter(0, holding, release);
    }
}
