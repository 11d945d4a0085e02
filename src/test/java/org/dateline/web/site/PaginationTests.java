package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

class PaginationTests {

    @Test
    void neverLinksAPageBeyondWhatSearchAnswersByNumber() {
        // 1,000,000 items in pages of 20: search answers pages up to the 10,000th result, page 500.
        int reachable = Pagination.reachablePages(50_000, 20);
        Pagination pagination =
                Pagination.of(reachable, reachable, UriComponentsBuilder.fromPath("/fields-of-work/migration"));

        assertThat(reachable).isEqualTo(SearchQuery.MAX_DEPTH / 20);
        assertThat(pagination.links())
                .extracting(Pagination.PageLink::number)
                .allMatch(number -> number * 20 <= SearchQuery.MAX_DEPTH)
                .contains(500);
        assertThat(pagination.nextHref()).isNull();
        assertThat(Pagination.reachablePages(7, 20)).isEqualTo(7);
    }
}
