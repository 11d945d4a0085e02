package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTests {

    @Test
    void escapesWhatCouldEndAScriptElementAndKeepsTheValue() {
        String json = JsonMapper.builder()
                .build()
                .writeValueAsString(java.util.Map.of("headline", "</script><script>alert(1)</script> & \u2028"));

        String inert = StructuredData.inert(json);

        assertThat(inert).doesNotContain("<", ">", "&", "\u2028");
        assertThat(JsonMapper.builder().build().readTree(inert).get("headline").asString())
                .isEqualTo("</script><script>alert(1)</script> & \u2028");
    }
}
