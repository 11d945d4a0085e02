package org.dateline.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiParametersTests {

    @Test
    void readsFieldsCommaSeparatedOrRepeatedAlwaysWithIdAndUrl() {
        Set<ItemField> fields = ApiParameters.fields(
                Map.of("fields", List.of("title, date", "countries,title")), ItemField.LIST_DEFAULT);

        assertThat(fields)
                .containsExactly(ItemField.ID, ItemField.URL, ItemField.TITLE, ItemField.DATE, ItemField.COUNTRIES);
        assertThat(ApiParameters.fields(Map.of(), ItemField.LIST_DEFAULT))
                .isEqualTo(ItemField.LIST_DEFAULT)
                .doesNotContain(ItemField.BODY);
    }

    @Test
    void refusesAnUnknownFieldNamingTheKnownOnes() {
        assertThatThrownBy(() -> ApiParameters.fields(Map.of("fields", List.of("title,colour")), Set.of()))
                .isInstanceOf(BadParameter.class)
                .hasMessageStartingWith("Unknown field colour; fields are id, url, path, type,")
                .extracting(e -> ((BadParameter) e).parameter())
                .isEqualTo("fields");
    }

    @Test
    void refusesUnknownParametersNamingTheAllowedOnes() {
        assertThatThrownBy(() -> ApiParameters.allowOnly(Map.of("colour", List.of("blue")), List.of("q", "fields")))
                .isInstanceOf(BadParameter.class)
                .hasMessage("Unknown parameter colour; this endpoint takes fields, q");
        ApiParameters.allowOnly(Map.of("q", List.of("x")), List.of("q"));
    }

    @Test
    void takesOneValueOfASingleValuedParameter() {
        assertThat(ApiParameters.single(Map.of("q", List.of("a", " a ", "")), "q"))
                .isEqualTo("a");
        assertThat(ApiParameters.single(Map.of(), "q")).isNull();
        assertThatThrownBy(() -> ApiParameters.single(Map.of("q", List.of("a", "b")), "q"))
                .hasMessage("The parameter q takes one value, not 2");
    }

    @Test
    void readsTheLimitAsAWholeNumber() {
        assertThat(ApiParameters.limit(Map.of(), 20)).isEqualTo(20);
        assertThat(ApiParameters.limit(Map.of("limit", List.of("100")), 20)).isEqualTo(100);
        assertThatThrownBy(() -> ApiParameters.limit(Map.of("limit", List.of("1e3")), 20))
                .hasMessage("The limit 1e3 is no whole number");
    }
}
