package org.dateline.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TermNamesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "OSCE Secretariat | secretariat",
                "  the OSCE Secretariat. | secretariat",
                "Secretariat | secretariat",
                "osce centre in astana | centreinastana",
                "TURKEY | turkey",
                "Türkiye | turkiye",
                "The Netherlands | netherlands",
                "Reform and co-operation in the security sector | reformandcooperationinthesecuritysector",
                "Cyber/ICT Security | cyberictsecurity",
                "OSCE/ODIHR | odihr",
                "CSCE High Commissioner on National Minorities | highcommissioneronnationalminorities",
                "mission-to-serbia | missiontoserbia",
                "OSCE | osce",
            })
    void foldsCaseDiacriticsPunctuationAndOptionalLeadingWords(String name, String key) {
        assertThat(TermNames.matchKey(name)).contains(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " - / "})
    void hasNoKeyForTextWithoutLettersOrDigits(String name) {
        assertThat(TermNames.matchKey(name)).isEmpty();
    }
}
