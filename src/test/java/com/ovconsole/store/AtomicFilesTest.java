package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesTheContentAndCreatesMissingFolders() throws IOException {
        Path target = dir.resolve("a/b/settings.json");

        AtomicFiles.write(target, bytes("{\"x\":1}"));

        assertThat(target).hasContent("{\"x\":1}");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
    }

    @Test
    void replacesExistingContentWhole() throws IOException {
        Path target = dir.resolve("f.json");
        AtomicFiles.write(target, bytes("a much longer first version"));

        AtomicFiles.write(target, bytes("short"));

        assertThat(target).hasContent("short");
    }

    @Test
    void failingWriterLeavesThePreviousContentAndNoTempFile() throws IOException {
        Path target = dir.resolve("appliances.json");
        AtomicFiles.write(target, bytes("previous"));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(bytes("half writ"));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("previous");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void runtimeFailureInTheWriterAlsoLeavesNoTrace() throws IOException {
        Path target = dir.resolve("new.json");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(bytes("{"));
            throw new IllegalStateException("serializer broke");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).isZero();
    }
}
