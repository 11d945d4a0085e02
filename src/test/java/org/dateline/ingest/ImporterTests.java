package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImporterTests {

    @Test
    void aBodyHasTextWhenAReaderWouldSeeSome() {
        assertThat(Importer.hasText("<p>MOSCOW, 6 December 2006 - The OSCE</p>"))
                .isTrue();
        assertThat(Importer.hasText("  <div class=\"x\"><p><strong>7</strong></p></div>"))
                .isTrue();
        assertThat(Importer.hasText("Plain text")).isTrue();
        assertThat(Importer.hasText("<p>&eacute;</p>")).isTrue();
        assertThat(Importer.hasText("<p><!-- x --> Москва</p>")).isTrue();
    }

    @Test
    void aBodyOfTagsCommentsScriptsAndAttributesOnlyHasNoText() {
        assertThat(Importer.hasText("")).isFalse();
        assertThat(Importer.hasText("  \n ")).isFalse();
        assertThat(Importer.hasText("<p> </p><p><br></p>")).isFalse();
        assertThat(Importer.hasText("<p>&nbsp;</p>")).isFalse();
        assertThat(Importer.hasText("<p><!-- a comment --></p>")).isFalse();
        assertThat(Importer.hasText("<script>var a = 1;</script>")).isFalse();
        assertThat(Importer.hasText("<p title=\"a>b\"></p>")).isFalse();
        assertThat(Importer.hasText("<p><img src=\"photo.jpg\" alt=\"A photo\"></p>"))
                .isFalse();
        assertThat(Importer.hasText("<style>p { color: red }</style>")).isFalse();
    }
}
