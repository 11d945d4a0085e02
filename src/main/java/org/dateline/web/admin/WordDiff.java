package org.dateline.web.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A readable word-by-word difference of two texts: the longest common subsequence of their words. */
public final class WordDiff {

    /** A run of words kept, removed or added. */
    public record Part(Kind kind, String text) {}

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    private static final int MAX_WORDS = 4000;

    private WordDiff() {}

    static List<Part> of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            // Too long to compare word by word in reasonable memory: show the whole change.
            return merge(
                    List.of(new Part(Kind.REMOVED, String.join(" ", a)), new Part(Kind.ADDED, String.join(" ", b))));
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                parts.add(new Part(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                parts.add(new Part(Kind.REMOVED, a.get(i++)));
            } else {
                parts.add(new Part(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            parts.add(new Part(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            parts.add(new Part(Kind.ADDED, b.get(j++)));
        }
        return merge(parts);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return Collections.emptyList();
        }
        return List.of(text.strip().split("\\s+"));
    }

    private static List<Part> merge(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part part : parts) {
            if (part.text().isEmpty()) {
                continue;
            }
            Part last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.kind() == part.kind()) {
                merged.set(merged.size() - 1, new Part(part.kind(), last.text() + " " + part.text()));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }
}
