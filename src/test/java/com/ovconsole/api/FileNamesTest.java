package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    @Test
    void pathPartsAndTraversalAreStripped() {
        assertThat(FileNames.sanitize("../../x", "f")).isEqualTo("x");
        assertThat(FileNames.sanitize("..\\..\\windows\\system32\\evil.dll", "f")).isEqualTo("evil.dll");
        assertThat(FileNames.sanitize("/etc/passwd", "f")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("..", "fallback.bkp")).isEqualTo("fallback.bkp");
        assertThat(FileNames.sanitize("", "fallback.bkp")).isEqualTo("fallback.bkp");
        assertThat(FileNames.sanitize(null, "fallback.bkp")).isEqualTo("fallback.bkp");
    }

    @Test
    void controlAndReservedCharactersAndDeviceNamesAreDefused() {
        assertThat(FileNames.sanitize("a\u0000b\nc.bkp", "f")).isEqualTo("abc.bkp");
        assertThat(FileNames.sanitize("we<i>rd:na|me?*.bkp", "f")).isEqualTo("we_i_rd_na_me__.bkp");
        assertThat(FileNames.sanitize("CON", "f")).isEqualTo("_CON");
        assertThat(FileNames.sanitize("lpt1.txt", "f")).isEqualTo("_lpt1.txt");
        assertThat(FileNames.sanitize(".hidden. ", "f")).isEqualTo("hidden");
    }

    @Test
    void longNamesAreCappedKeepingTheExtension() {
        String name = FileNames.sanitize("a".repeat(500) + ".bkp", "f");

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".bkp");
    }

    @Test
    void contentDispositionFormsAreRead() {
        assertThat(FileNames.fromContentDisposition("attachment; filename=\"backup 1.bkp\"")).contains("backup 1.bkp");
        assertThat(FileNames.fromContentDisposition("attachment; filename=plain.bkp")).contains("plain.bkp");
        assertThat(FileNames.fromContentDisposition("attachment; filename*=UTF-8''b%C3%A4ck.bkp")).contains("bäck.bkp");
        assertThat(FileNames.fromContentDisposition("attachment")).isEmpty();
    }

    @Test
    void takenNamesGetANumber(@TempDir Path folder) throws Exception {
        Files.createFile(folder.resolve("b.bkp"));

        assertThat(FileNames.unused(folder, "b.bkp")).isEqualTo(folder.resolve("b (2).bkp"));
    }
}
