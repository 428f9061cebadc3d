package com.ovconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One tag however it was written: header (quoted, weak), body (bare) or a draft. */
class ETagTest {

    @Test
    void quotedWeakAndBareFormsAreTheSameTag() {
        ETag bare = new ETag("12/3");

        assertThat(new ETag("\"12/3\"")).isEqualTo(bare);
        assertThat(new ETag("W/\"12/3\"")).isEqualTo(bare);
        assertThat(new ETag(" w/\"12/3\" ")).isEqualTo(bare);
        assertThat(bare.value()).isEqualTo("12/3");
        assertThat(bare.quoted()).isEqualTo("\"12/3\"");
    }

    @Test
    void noneIsNullAndAnEmptyTagIsRefused() {
        assertThat(ETag.of(null)).isNull();
        assertThat(ETag.of("  ")).isNull();
        assertThat(ETag.valueOf(null)).isNull();
        assertThat(ETag.valueOf(ETag.of("\"7\""))).isEqualTo("7");
        assertThatThrownBy(() -> new ETag("\"\"")).isInstanceOf(IllegalArgumentException.class);
    }
}
