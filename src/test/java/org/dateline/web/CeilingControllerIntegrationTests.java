package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The benchmark ceiling page, switched on as {@code bench/run.sh} does; it is off elsewhere (SitePages tests). */
@SpringBootTest(properties = {"dateline.bench.ceiling=true", "dateline.ingest.sample-content=false"})
@AutoConfigureMockMvc
class CeilingControllerIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void servesSixtyKilobytesOfHtmlFromMemory() {
        assertThat(mvc.get().uri("/bench/ceiling"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/html")
                .body()
                .satisfies(body -> assertThat(body).hasSize(CeilingController.SIZE));
    }
}
