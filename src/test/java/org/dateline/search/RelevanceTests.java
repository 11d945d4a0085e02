package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The best match comes first: what a reader types, and the corpus item that should lead the results. */
class RelevanceTests {

    static ArchiveCorpus corpus = new ArchiveCorpus();
    static SearchIndex index;

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = ArchiveCorpus.indexOf(new FakeItems(), corpus);
    }

    @AfterAll
    static void close() throws IOException {
        index.destroy();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            labour migration                                  | labour-migration
            labor migration CIS                               | labour-migration
            migrant workers Moscow                            | labour-migration
            remittances Central Asia                          | central-asia-migration
            voter lists                                       | voter-lists-albania
            "local elections" Albania                         | voter-lists-albania
            public broadcasting law                           | serbia-media-law
            Roma police                                       | serbia-roma-police
            sudenjima                                         | serbian-language-training
            tuzioci Kragujevac                                | serbian-language-training
            безопасность журналистов                          | russian-journalists
            журналистов                                       | russian-journalists
            выборы наблюдатели                                | russian-elections-observers
            Ministerial Council Hamburg                       | ministerial-hamburg
            Ukraine monitoring                                | permanent-council-ukraine
            gender parity                                     | gender-parity-parliament
            women in parliament                               | gender-parity-parliament
            domestic violence                                 | domestic-violence-kyrgyzstan
            forged passports                                  | border-patrol-tajik
            Aarhus                                            | aarhus-centres
            Turkiye extremism                                 | turkiye-conference
            Türkiye wildfire                                  | wildfire-response
            water scarcity                                    | egypt-partners
            young diplomats                                   | astana-youth
            cyber confidence-building                         | cyber-confidence
            hate crime                                        | hate-crime-report
            small arms destroyed                              | small-arms-destruction
            ombudsman's office                                | apostrophe-body
            Chu Talas rivers                                  | water-management-kyrgyz
            parliamentary elections Albania mistrust          | election-observation-albania-2013
            trafficking hotline                               | trafficking-hotline
            press freedom                                     | press-freedom-statement
            community policing Osh                            | police-reform-kyrgyz
            landmines                                         | mine-clearance
            asset declarations                                | anti-corruption-serbia
            mother-tongue education minorities                | national-minorities-education
            jury trials                                       | kazakh-judges
            digital economy                                   | economic-forum
            tolerance AND non-discrimination                  | tolerance-conference
            dogs OR canine border                             | drugs-border
            migrants -Moscow                                  | central-asia-migration
            1,200 complaints                                  | apostrophe-body
            """)
    void bestMatchComesFirst(String query, String expected) {
        SearchResults results = index.search(SearchQuery.of(query));

        assertThat(results.hits()).isNotEmpty();
        assertThat(corpus.keyOf(results.hits().get(0).id())).isEqualTo(expected);
    }
}
