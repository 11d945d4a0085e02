package org.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTests {

    @Test
    void numbersASlugByAppendingTheNumber() {
        assertThat(new Slug("mission-to-serbia").numbered(2)).isEqualTo(new Slug("mission-to-serbia-2"));
        assertThat(new Slug("x").numbered(13)).isEqualTo(new Slug("x-13"));
    }

    @Test
    void shortensALongSlugSoThatTheNumberFits() {
        Slug longest = new Slug("a".repeat(118) + "-b");

        assertThat(longest.numbered(2).value()).isEqualTo("a".repeat(118) + "-2");
        assertThat(longest.numbered(2).value()).hasSize(120);
    }
}
