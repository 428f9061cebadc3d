package com.ovconsole.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Shared checks for "a bad file is moved aside, reported, and replaced by the default". */
final class CorruptFiles {

    private CorruptFiles() {
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Asserts the file is gone, one {@code <name>.corrupt-*} sibling holds the old bytes, and a warning names it. */
    static void assertMovedAside(Path file, String originalContent, List<String> warnings) throws IOException {
        assertThat(file).doesNotExist();
        List<Path> moved;
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            moved = siblings.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".corrupt-")).toList();
        }
        assertThat(moved).singleElement().satisfies(p -> assertThat(p).hasContent(originalContent));
        assertThat(warnings).singleElement().asString()
                .contains("could not be read and was moved to")
                .contains(moved.get(0).toString());
    }
}
