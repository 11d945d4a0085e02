package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's history shows the body of every save, although the latest revision shares the item's body instead of
 * storing a copy: it takes one just before the item's body changes, also when two people save the item at once.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
class RevisionBodiesIntegrationTests {

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    JdbcClient db;

    @Test
    @Transactional
    void everyRevisionShowsItsOwnBodyAndOnlyTheLatestSharesTheItems() {
        ContentItem item = workflow.save(ContentFixtures.item()
                .body("<p>Monitors arrived in the region.</p>")
                .build());
        workflow.save(ContentFixtures.from(item)
                .body("<p>Monitors arrived in the region on Monday.</p>")
                .build());
        workflow.save(ContentFixtures.from(item)
                .body("<p>Twelve monitors arrived in the region on Monday.</p>")
                .build());

        assertThat(catalog.revisions(item.id()))
                .extracting(Revision::body)
                .containsExactly(
                        "<p>Monitors arrived in the region.</p>",
                        "<p>Monitors arrived in the region on Monday.</p>",
                        "<p>Twelve monitors arrived in the region on Monday.</p>");
        assertThat(storedBodies(item.id()))
                .containsExactly(
                        "<p>Monitors arrived in the region.</p>",
                        "<p>Monitors arrived in the region on Monday.</p>",
                        null);

        long first = catalog.revisions(item.id()).get(0).id();
        workflow.restore(item.id(), first);

        assertThat(catalog.revisions(item.id()))
                .extracting(Revision::body)
                .containsExactly(
                        "<p>Monitors arrived in the region.</p>",
                        "<p>Monitors arrived in the region on Monday.</p>",
                        "<p>Twelve monitors arrived in the region on Monday.</p>",
                        "<p>Monitors arrived in the region.</p>");
        assertThat(storedBodies(item.id())).last().isNull();
    }

    @Test
    void savesOfOneItemAtOnceEachKeepTheirBodyInTheHistory() throws Exception {
        ContentItem item =
                workflow.save(ContentFixtures.item().body("<p>Draft 0</p>").build());
        int writers = 2;
        int savesEach = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<String> saved = new ArrayList<>(List.of("<p>Draft 0</p>"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                List<String> bodies = new ArrayList<>();
                for (int save = 1; save <= savesEach; save++) {
                    bodies.add("<p>Draft " + writer + "." + save + "</p>");
                }
                saved.addAll(bodies);
                running.add(pool.submit(() -> {
                    start.await();
                    for (String body : bodies) {
                        workflow.save(ContentFixtures.from(item).body(body).build());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : running) {
                writer.get();
            }

            List<Revision> revisions = catalog.revisions(item.id());
            assertThat(revisions).extracting(Revision::body).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(revisions.get(revisions.size() - 1).body())
                    .isEqualTo(catalog.findById(item.id()).orElseThrow().body());
        } finally {
            pool.shutdownNow();
            db.sql("DELETE FROM content_item WHERE id = :id")
                    .param("id", item.id())
                    .update();
        }
    }

    private List<String> storedBodies(UUID itemId) {
        return db.sql("SELECT body FROM content_item_revision WHERE item_id = :id ORDER BY id")
                .param("id", itemId)
                .query((rs, n) -> rs.getString("body"))
                .list();
    }
}
