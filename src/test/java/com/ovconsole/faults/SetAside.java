package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** "A bad file is moved aside, whole, and the user is told where it went." */
final class SetAside {

    static final String GARBAGE = "{\"appliances\": [ {\"name\": \"Lab A\", \"address\": ";

    private SetAside() {
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file is gone, one {@code <name>.corrupt-*} beside it holds its bytes, and {@code told} names that file. */
    static void assertMovedAsideAndTold(Path file, String content, String told) {
        assertThat(file).doesNotExist();
        List<Path> moved;
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            moved = siblings.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".corrupt-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(moved).singleElement().satisfies(p -> assertThat(p).hasContent(content));
        assertThat(told).contains("could not be read and was moved to", moved.get(0).toString());
        FaultBed.assertReadable(told);
    }
}
