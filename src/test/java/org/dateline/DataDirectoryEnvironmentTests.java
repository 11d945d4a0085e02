package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DataDirectoryEnvironmentTests {

    private final DataDirectoryEnvironment postProcessor = new DataDirectoryEnvironment();

    private StandardEnvironment environment(Map<String, Object> properties, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new MapPropertySource("test", properties));
        environment
                .getPropertySources()
                .addLast(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void placesTheEmbeddedDatabaseInTheDefaultDataDirectory() {
        StandardEnvironment environment = environment(Map.of(), Map.of());

        Path expected = Path.of("data").toAbsolutePath().normalize();
        assertThat(environment.getProperty("dateline.data-dir")).isEqualTo(expected.toString());
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + expected.resolve("db").resolve("dateline")
                        + ";QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE;COMPRESS=TRUE");
    }

    @Test
    void readsTheDataDirectoryFromAPropertyOrTheEnvironmentVariable() {
        assertThat(environment(Map.of("dateline.data-dir", "/srv/dateline"), Map.of())
                        .getProperty("spring.datasource.url"))
                .isEqualTo(
                        "jdbc:h2:file:/srv/dateline/db/dateline;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE;COMPRESS=TRUE");
        assertThat(environment(Map.of(), Map.of("DATELINE_DATADIR", "/var/lib/dateline"))
                        .getProperty("dateline.data-dir"))
                .isEqualTo("/var/lib/dateline");
    }

    @Test
    void leavesAConfiguredDatabaseAlone() {
        StandardEnvironment environment = environment(
                Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/dateline"),
                Map.of("DATELINE_DATADIR", "/var/lib/dateline"));

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/dateline");
        assertThat(environment.getProperty("dateline.data-dir")).isEqualTo("/var/lib/dateline");
    }
}
