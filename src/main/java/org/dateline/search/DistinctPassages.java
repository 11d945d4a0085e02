package org.dateline.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best {@code wanted} passages of a body that read differently: a sentence a body repeats (a standing
 * line of a mission's releases, a quote given twice) scores the same each time, and a snippet of the same sentence
 * twice tells the reader nothing more. The highlighter is asked for one passage more than is shown, so that a
 * repeated one gives way to the next best.
 */
final class DistinctPassages extends PassageFormatter {

    private final PassageFormatter formatter;
    private final int wanted;

    DistinctPassages(PassageFormatter formatter, int wanted) {
        this.formatter = formatter;
        this.wanted = wanted;
    }

    /** How many passages to ask the highlighter for. */
    int asked() {
        return wanted + 1;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        Set<String> seen = new HashSet<>();
        List<Passage> distinct = new ArrayList<>();
        for (Passage passage : passages) {
            // A passage starts after the full stop that ended the sentence before: without its space, the
            // separator between passages is the only one.
            int start = passage.getStartOffset();
            while (start < passage.getEndOffset() && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            passage.setStartOffset(start);
            if (seen.add(content.substring(start, passage.getEndOffset()).strip())) {
                distinct.add(passage);
            }
        }
        while (distinct.size() > wanted) {
            distinct.remove(distinct.stream()
                    .min(Comparator.comparingDouble(Passage::getScore))
                    .orElseThrow());
        }
        return formatter.format(distinct.toArray(Passage[]::new), content);
    }
}
