package org.dateline.content;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Ticks the workflow's {@link Workflow#publishDue()} every few seconds. The schedule lives in the database, so
 * it survives restarts, and every node may tick: each item is claimed by exactly one of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublicationScheduler {

    private final Workflow workflow;

    PublicationScheduler(Workflow workflow) {
        this.workflow = workflow;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT20S")
    void tick() {
        workflow.publishDue();
    }
}
