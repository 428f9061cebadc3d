package com.ovconsole.api;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where a download's bytes go; a seam so tests can fail writes like a full disk does. */
@FunctionalInterface
public interface WritableChannelFactory {

    WritableByteChannel open(Path file) throws IOException;

    /** An existing {@code .part} to add to (a resumed download); a FileChannel by default. */
    default WritableByteChannel append(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** A new file (never an existing one); a FileChannel, so the download can fsync it. */
    WritableChannelFactory FILES = file -> FileChannel.open(file, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
}
