package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.ingest.ImportOptions;
import org.dateline.ingest.ImportResult;
import org.dateline.ingest.Importer;
import org.dateline.ingest.ItemNdjson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest(properties = "dateline.ingest.sample-content=false")
@AutoConfigureMockMvc
class LegacyRedirectIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Importer importer;

    @Test
    void answersAnImportedLegacyPathWithAPermanentRedirectToTheItem() {
        ImportResult result = importer.importItem(new ItemNdjson().read("""
                        {"type":"press-release","title":"Legacy links keep working","date":"2008-08-08",\
                        "body":"<p>Text.</p>","legacy_url":"https://www.example.org/eea/48017"}"""), ImportOptions.WRITE);
        importer.importItem(new ItemNdjson().read("""
                        {"type":"news","title":"A Russian page","date":"2009-09-09","body":"<p>Текст.</p>",\
                        "language":"ru","legacy_url":"https://www.example.org/ru/secretariat/50001/"}"""), ImportOptions.WRITE);

        assertThat(mvc.get().uri("/eea/48017"))
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasHeader("Location", "/press-releases/2008/08/legacy-links-keep-working");
        assertThat(result.path()).isEqualTo("/press-releases/2008/08/legacy-links-keep-working");
        assertThat(mvc.get().uri("/ru/secretariat/50001"))
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasHeader("Location", "/news/2009/09/a-russian-page");
        assertThat(mvc.get().uri("/press-releases/2008/08/legacy-links-keep-working"))
                .hasStatusOk();
    }

    @Test
    void leavesUnknownLegacyPathsNotFound() {
        assertThat(mvc.get().uri("/eea/99999999")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/node/1")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/no/such/page")).hasStatus(HttpStatus.NOT_FOUND);
    }
}
