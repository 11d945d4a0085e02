package org.dateline.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without a web server, for commands that work on the data directory themselves: no banner,
 * warnings only, and no sample content (a command's archive is no place for it).
 */
final class QuietContext {

    /**
     * Switches off the search index's catch-up at start, for commands that rebuild the index themselves or have no use
     * for it: the server delivers what an earlier process left undelivered.
     */
    static final Map<String, Object> WITHOUT_INDEX_CATCH_UP = Map.of("dateline.search.catch-up-on-start", "false");

    private QuietContext() {}

    static ConfigurableApplicationContext open(Class<?> application, List<String> settings, Map<String, Object> extra) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("logging.level.root", "WARN");
        defaults.put("logging.level.org.flywaydb", "ERROR");
        defaults.put("dateline.ingest.sample-content", "false");
        defaults.putAll(extra);
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(defaults)
                .run(settings.toArray(String[]::new));
    }
}
