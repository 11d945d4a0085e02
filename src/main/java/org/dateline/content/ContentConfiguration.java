package org.dateline.content;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the workflow stamps items with. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
