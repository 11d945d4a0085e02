package org.dateline.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.web.admin.WordDiff.Kind;
import org.dateline.web.admin.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void marksRemovedAndAddedWordsBetweenKeptOnes() {
        assertThat(WordDiff.of(
                        "The Mission opened a new office in Niš today",
                        "The Mission opened an office in Novi Sad today"))
                .containsExactly(
                        new Part(Kind.SAME, "The Mission opened"),
                        new Part(Kind.REMOVED, "a new"),
                        new Part(Kind.ADDED, "an"),
                        new Part(Kind.SAME, "office in"),
                        new Part(Kind.REMOVED, "Niš"),
                        new Part(Kind.ADDED, "Novi Sad"),
                        new Part(Kind.SAME, "today"));
    }

    @Test
    void treatsMissingTextAsEmpty() {
        assertThat(WordDiff.of(null, "Added summary")).containsExactly(new Part(Kind.ADDED, "Added summary"));
        assertThat(WordDiff.of("Old place", " ")).containsExactly(new Part(Kind.REMOVED, "Old place"));
    }
}
