package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;

/**
 * The whole application starts with Spring Modulith's JDBC event publication registry and delivers the
 * workflow's events to module listeners after commit, recording each delivery in {@code event_publication}.
 */
@SpringBootTest(properties = "dateline.ingest.sample-content=false")
class EventPublicationIntegrationTests {

    @Autowired
    Workflow workflow;

    @Autowired
    ReceivedEvents received;

    @Autowired
    CompletedEventPublications completedPublications;

    @Test
    void deliversItemEventsToModuleListenersAndRecordsTheDeliveries() {
        ContentItem draft = workflow.save(ContentFixtures.item()
                .title("Registry delivers publication events")
                .build());

        workflow.publish(draft.id(), Instant.parse("2006-12-06T10:00:00Z"));
        workflow.unpublish(draft.id());

        List<Object> expected = List.of(new ItemPublished(draft.id()), new ItemUnpublished(draft.id()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(received.events())
                        .filteredOn(event -> event.equals(new ItemPublished(draft.id()))
                                || event.equals(new ItemUnpublished(draft.id())))
                        .containsExactlyInAnyOrderElementsOf(expected));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(completedPublications.findAll())
                        .extracting(EventPublication::getEvent)
                        .containsAll(expected));
    }

    static class ReceivedEvents {

        private final Queue<Object> events = new ConcurrentLinkedQueue<>();

        @ApplicationModuleListener
        void on(ItemPublished event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(ItemUnpublished event) {
            events.add(event);
        }

        List<Object> events() {
            return List.copyOf(events);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listeners {

        @Bean
        ReceivedEvents receivedEvents() {
            return new ReceivedEvents();
        }
    }
}
