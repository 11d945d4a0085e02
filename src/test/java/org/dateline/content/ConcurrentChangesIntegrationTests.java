package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A publisher and an editor changing one item at the same moment: a change of status, which writes the item back
 * whole, never brings back the text the editor has just replaced.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClock.Config.class)
class ConcurrentChangesIntegrationTests {

    private static final int ROUNDS = 50;

    @Autowired
    Workflow workflow;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    JdbcClient db;

    @Test
    void publishingWhileAnEditorSavesNeverBringsBackReplacedText() throws Exception {
        ContentItem item =
                workflow.save(ContentFixtures.item().body("<p>Edit 0</p>").build());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Nobody but the editor changes the text: before each edit it finds the text of its previous one.
            Future<List<String>> editor = pool.submit(() -> {
                start.await();
                List<String> found = new ArrayList<>();
                for (int edit = 1; edit <= ROUNDS; edit++) {
                    ContentItem current = catalog.findById(item.id()).orElseThrow();
                    found.add(current.body());
                    workflow.save(ContentFixtures.from(current)
                            .body("<p>Edit " + edit + "</p>")
                            .build());
                }
                found.add(catalog.findById(item.id()).orElseThrow().body());
                return found;
            });
            Future<?> publisher = pool.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    workflow.publish(
                            item.id(), catalog.findById(item.id()).orElseThrow().createdAt());
                    workflow.unpublish(item.id());
                }
                return null;
            });
            start.countDown();
            publisher.get();

            assertThat(editor.get())
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, ROUNDS)
                            .mapToObj(edit -> "<p>Edit " + edit + "</p>")
                            .toList());
        } finally {
            pool.shutdownNow();
            db.sql("DELETE FROM content_item WHERE id = :id")
                    .param("id", item.id())
                    .update();
        }
    }
}
