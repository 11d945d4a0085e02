package org.dateline.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a rebuild reads the archive: in the index's own order (newest first), split into parts of about the same
 * number of items, one per thread and writer, each part a list of spans read one after another. A span is a run of
 * whole days of at most a given number of items (or one larger day), read when its turn comes; a day that two parts
 * share is read once, while planning, and each part is given its share of the day's items by id.
 */
final class RebuildPlan {

    /** The published items of the days from {@code newest} back to {@code oldest}; or exactly {@code ids}, in order. */
    record Span(LocalDate newest, LocalDate oldest, List<UUID> ids) {}

    private final long total;
    private final int parts;
    private final List<List<Span>> plan = new ArrayList<>();
    private List<Span> part = new ArrayList<>();
    private LocalDate runNewest;
    private LocalDate runOldest;
    private long runItems;

    private RebuildPlan(long total, int parts) {
        this.total = total;
        this.parts = parts;
    }

    /**
     * Plans {@code parts} parts (fewer when there are fewer items) from the number of published items per day;
     * {@code dayInOrder} reads the ids of a day's published items in the index's order.
     */
    static List<List<Span>> of(
            NavigableMap<LocalDate, Long> perDay,
            int parts,
            int spanItems,
            Function<LocalDate, List<UUID>> dayInOrder) {
        long total = perDay.values().stream().mapToLong(Long::longValue).sum();
        RebuildPlan planning = new RebuildPlan(total, parts);
        long rank = 0; // items in the days before this one
        for (Map.Entry<LocalDate, Long> entry : perDay.descendingMap().entrySet()) {
            LocalDate day = entry.getKey();
            long count = entry.getValue();
            if (rank + count <= planning.end()) {
                planning.addDay(day, count, spanItems);
            } else {
                planning.splitDay(day, rank, dayInOrder.apply(day));
            }
            rank += count;
            if (rank >= planning.end()) {
                planning.nextPart();
            }
        }
        planning.nextPart();
        planning.plan.removeIf(List::isEmpty);
        return planning.plan;
    }

    /** The rank at which the current part ends. */
    private long end() {
        int next = plan.size() + 1;
        return next >= parts ? Long.MAX_VALUE : total * next / parts;
    }

    private void addDay(LocalDate day, long count, int spanItems) {
        if (runItems > 0 && runItems + count > spanItems) {
            endRun();
        }
        if (runItems == 0) {
            runNewest = day;
        }
        runOldest = day;
        runItems += count;
    }

    private void splitDay(LocalDate day, long dayStart, List<UUID> ids) {
        endRun();
        int at = 0;
        while (at < ids.size()) {
            int upTo = (int) Math.min(ids.size(), Math.max(at, end() - dayStart));
            if (upTo > at) {
                part.add(new Span(day, day, List.copyOf(ids.subList(at, upTo))));
                at = upTo;
            }
            if (at < ids.size()) {
                nextPart();
            }
        }
    }

    private void endRun() {
        if (runItems > 0) {
            part.add(new Span(runNewest, runOldest, null));
            runItems = 0;
        }
    }

    private void nextPart() {
        endRun();
        plan.add(part);
        part = new ArrayList<>();
    }
}
