package org.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodySanitizerTests {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Workshop<script>alert('x')</script> opens</p> | <p>Workshop opens</p>",
                "<p>Map: <img src=\"x.png\" onerror=\"alert(1)\" alt=\"Map\"></p> | <p>Map: <img src=\"x.png\" alt=\"Map\" /></p>",
                "<p><a href=\"javascript:alert(1)\">Click</a></p> | <p>Click</p>",
                "<p><a href=\" JavaScript:alert(1)\">Click</a></p> | <p>Click</p>",
                "<p onclick=\"steal()\" style=\"color:red\">Text</p> | <p>Text</p>",
                "<style>p { display: none }</style><p>Text</p> | <p>Text</p>",
                "<iframe src=\"https://evil.example\"></iframe><p>Text</p> | <p>Text</p>",
                "<img src=\"javascript:alert(1)\"><p>Text</p> | <p>Text</p>",
                "<img src=\"mailto:someone@osce.org\"><p>Text</p> | <p>Text</p>",
                "<h1>Title</h1><h5>Minor</h5> | TitleMinor",
                "<form action=\"/x\"><input name=\"q\"></form><p>Text</p> | <p>Text</p>",
            })
    void removesWhatTheSiteMustNotRender(String html, String sanitized) {
        assertThat(sanitizer.sanitize(html)).isEqualTo(sanitized);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<h2>Background</h2><h3>Details</h3><h4>More</h4>",
                "<p>One<br />two</p>",
                "<ul><li>One</li></ul><ol><li>Two</li></ol>",
                "<p><strong>Strong</strong> <em>em</em> <b>b</b> <i>i</i></p>",
                "<blockquote><p>Quoted</p></blockquote>",
                "<p><a href=\"https://www.osce.org/odihr\">ODIHR</a></p>",
                "<p><a href=\"http://www.osce.org\" title=\"OSCE\">OSCE</a></p>",
                "<p><a href=\"/press-releases/2006/12/workshop\">Workshop</a></p>",
                "<p><a href=\"#contacts\">Contacts</a></p>",
                "<table><caption>Votes</caption><thead><tr><th scope=\"col\">State</th></tr></thead>"
                        + "<tbody><tr><td colspan=\"2\">Austria</td></tr></tbody></table>",
                "<figure><img src=\"https://www.osce.org/files/photo.jpg\" alt=\"Photo\" /><figcaption>Caption</figcaption></figure>",
                "<figure><img src=\"/media/photo.jpg\" alt=\"Photo\" width=\"600\" height=\"400\" /></figure>",
            })
    void keepsTheMarkupTheSiteRenders(String html) {
        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void keepsMailtoLinks() {
        assertThat(sanitizer.sanitize("<p><a href=\"mailto:press@osce.org\">Press</a></p>"))
                .isEqualTo("<p><a href=\"mailto:press&#64;osce.org\">Press</a></p>");
    }

    @Test
    void keepsUnicodeText() {
        assertThat(sanitizer.sanitize("<p>Türkiye – Ωmega – Беларусь</p>"))
                .isEqualTo("<p>Türkiye – Ωmega – Беларусь</p>");
    }

    @Test
    void turnsAMissingBodyIntoAnEmptyOne() {
        assertThat(sanitizer.sanitize(null)).isEmpty();
    }
}
