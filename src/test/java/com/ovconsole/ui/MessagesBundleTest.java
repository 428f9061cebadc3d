package com.ovconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string key used in FXML ({@code %key}) or code ({@code messages.get("key")}) is in the bundle. */
class MessagesBundleTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("\\bmessages\\.(?:get|format)\\(\\s*\"([^\"]+)\"");

    @Test
    void everyKeyUsedInFxmlAndCodeIsInTheDefaultBundle() {
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(Path.of("src/main/resources"), ".fxml", FXML_KEY));
        used.addAll(keysIn(Path.of("src/main/java"), ".java", CODE_KEY));
        assertThat(used).as("the scan found the keys of the shell and the error view")
                .contains("menu.file", "error.unexpected");

        Set<String> defined = Messages.load(Locale.ROOT).bundle().keySet();

        assertThat(used).as("keys missing from com/ovconsole/ui/messages.properties")
                .isSubsetOf(defined);
    }

    @Test
    void scannerFindsKeysInFxmlAttributesAndMessageCalls() {
        assertThat(keys("<Label text=\"%shell.tasks\"/> <Menu text=\"%menu.file\">", FXML_KEY))
                .containsExactly("menu.file", "shell.tasks");
        assertThat(keys("messages.get(\"a.b\"); messages.format( \"c.d\", 3); other.get(\"x\")", CODE_KEY))
                .containsExactly("a.b", "c.d");
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) {
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> keys = new TreeSet<>();
            files.filter(file -> file.toString().endsWith(suffix)).forEach(file -> keys.addAll(keys(read(file), pattern)));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(String text, Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
