package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rebuild's plan on random archives: days of a few items and some of hundreds, split into 1 to 4 parts. */
class RebuildPlanTests {

    @Test
    void everyItemIsInExactlyOnePartInTheIndexOrderAndThePartsAreEven() {
        for (long seed = 1; seed <= 500; seed++) {
            Random random = new Random(seed);
            TreeMap<LocalDate, List<UUID>> archive = new TreeMap<>();
            long next = 0;
            LocalDate day = LocalDate.of(1995, 1, 1);
            for (int d = 1 + random.nextInt(30); d > 0; d--) {
                day = day.plusDays(1 + random.nextInt(400));
                int items = random.nextInt(6) == 0 ? 50 + random.nextInt(300) : 1 + random.nextInt(20);
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < items; i++) {
                    ids.add(new UUID(0, next++));
                }
                archive.put(day, ids);
            }
            NavigableMap<LocalDate, Long> perDay = new TreeMap<>();
            archive.forEach((date, ids) -> perDay.put(date, (long) ids.size()));
            int parts = 1 + random.nextInt(4);
            int spanItems = 1 + random.nextInt(60);

            List<List<RebuildPlan.Span>> plan = RebuildPlan.of(perDay, parts, spanItems, archive::get);

            List<UUID> newestFirst = new ArrayList<>();
            archive.descendingMap().values().forEach(newestFirst::addAll);
            long total = newestFirst.size();
            List<UUID> planned = new ArrayList<>();
            assertThat(plan).as("seed %d: parts", seed).hasSize((int) Math.min(parts, total));
            for (int part = 0; part < plan.size(); part++) {
                List<UUID> inPart = new ArrayList<>();
                for (RebuildPlan.Span span : plan.get(part)) {
                    if (span.ids() != null) {
                        assertThat(span.newest()).isEqualTo(span.oldest());
                        inPart.addAll(span.ids());
                    } else {
                        NavigableMap<LocalDate, List<UUID>> days =
                                archive.subMap(span.oldest(), true, span.newest(), true);
                        long items =
                                days.values().stream().mapToLong(List::size).sum();
                        assertThat(days.size() == 1 || items <= spanItems)
                                .as("seed %d: a span of several days holds at most %d items", seed, spanItems)
                                .isTrue();
                        days.descendingMap().values().forEach(inPart::addAll);
                    }
                }
                if (total >= parts) {
                    assertThat((long) inPart.size())
                            .as("seed %d: part %d of %d", seed, part, parts)
                            .isEqualTo(total * (part + 1) / parts - total * part / parts);
                }
                planned.addAll(inPart);
            }
            assertThat(planned).as("seed %d", seed).isEqualTo(newestFirst);
        }
    }

    @Test
    void anArchiveOfFewerItemsThanPartsHasAPartPerItemAndAnEmptyOneNone() {
        NavigableMap<LocalDate, Long> oneItem = new TreeMap<>(Map.of(LocalDate.of(2006, 12, 6), 1L));
        UUID id = new UUID(0, 1);
        assertThat(RebuildPlan.of(oneItem, 2, 100, date -> List.of(id))).hasSize(1);
        assertThat(RebuildPlan.of(new TreeMap<>(), 2, 100, date -> List.of())).isEmpty();
    }
}
