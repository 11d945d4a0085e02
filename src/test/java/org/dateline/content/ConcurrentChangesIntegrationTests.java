package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * People changing one item at the same moment: saves at once each keep their body in the history (the latest
 * revision shares the item's body until the next save), and a change of status, which writes the item back whole,
 * never brings back the text an editor has just replaced.
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

    ContentItem item;

    @AfterEach
    void deleteTheItem() {
        if (item != null) {
            db.sql("DELETE FROM content_item WHERE id = :id")
                    .param("id", item.id())
                    .update();
        }
    }

    @Test
    void savesOfOneItemAtOnceEachKeepTheirBodyInTheHistory() throws Exception {
        item = workflow.save(ContentFixtures.item().body("<p>Draft 0</p>").build());
        List<String> saved = new ArrayList<>(List.of("<p>Draft 0</p>"));
        List<Callable<Void>> writers = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            List<String> bodies = new ArrayList<>();
            for (int save = 1; save <= 8; save++) {
                bodies.add("<p>Draft " + writer + "." + save + "</p>");
            }
            saved.addAll(bodies);
            writers.add(() -> {
                for (String body : bodies) {
                    workflow.save(ContentFixtures.from(item).body(body).build());
                }
                return null;
            });
        }

        together(writers);

        List<Revision> revisions = catalog.revisions(item.id());
        assertThat(revisions).extracting(Revision::body).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(revisions.get(revisions.size() - 1).body())
                .isEqualTo(catalog.findById(item.id()).orElseThrow().body());
    }

    @Test
    void publishingWhileAnEditorSavesNeverBringsBackReplacedText() throws Exception {
        item = workflow.save(ContentFixtures.item().body("<p>Edit 0</p>").build());
        // Nobody but the editor changes the text: before each edit it finds the text of its previous one.
        Callable<List<String>> editor = () -> {
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
        };
        Callable<List<String>> publisher = () -> {
            for (int round = 0; round < ROUNDS; round++) {
                workflow.publish(
                        item.id(), catalog.findById(item.id()).orElseThrow().createdAt());
                workflow.unpublish(item.id());
            }
            return List.of();
        };

        List<List<String>> results = together(List.of(editor, publisher));

        assertThat(results.get(0))
                .containsExactlyElementsOf(IntStream.rangeClosed(0, ROUNDS)
                        .mapToObj(edit -> "<p>Edit " + edit + "</p>")
                        .toList());
    }

    /** Runs the tasks on threads of their own, released at the same moment; their results in their order. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> task : running) {
                results.add(task.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
