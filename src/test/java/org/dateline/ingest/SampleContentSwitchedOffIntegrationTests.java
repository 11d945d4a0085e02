package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.content.ContentCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "dateline.ingest.sample-content=false")
class SampleContentSwitchedOffIntegrationTests {

    @Autowired
    ContentCatalog catalog;

    @Test
    void importsNothingWhenSampleContentIsSwitchedOff() {
        assertThat(catalog.countAll()).isZero();
    }
}
