package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV rows as RFC 4180 writes them. */
class ItemExportTests {

    @Test
    void writesPlainValuesAsTheyAreAndEndsTheRowWithCrLf() {
        assertThat(ItemExport.csvRow(List.of("a", "b c", "2006-12-06"))).isEqualTo("a,b c,2006-12-06\r\n");
    }

    @Test
    void quotesValuesWithCommasQuotesLineBreaksOrOuterSpacesAndDoublesTheirQuotes() {
        assertThat(ItemExport.csvRow(List.of("Prague, Czernin Palace", "the \"Forum\"", "one\ntwo", "x\r", " pad")))
                .isEqualTo("\"Prague, Czernin Palace\",\"the \"\"Forum\"\"\",\"one\ntwo\",\"x\r\",\" pad\"\r\n");
    }

    @Test
    void writesNullAsAnEmptyField() {
        assertThat(ItemExport.csvRow(Arrays.asList("a", null, "", "b"))).isEqualTo("a,,,b\r\n");
    }
}
