package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same random archives and selections, searched in slices of a few documents at once on several threads (as
 * a large archive is): every count still equals the database's. Its own context (each has its own database), since slices this
 * small are not how the other tests search.
 */
@SpringBootTest(properties = "dateline.search.min-slice-docs=5")
class SlicedFacetCountsPropertyIntegrationTests extends FacetCountsPropertyIntegrationTests {

    @AfterEach
    void searchedInSeveralSlices() {
        assertThat(index.slices()).isGreaterThan(1);
    }
}
