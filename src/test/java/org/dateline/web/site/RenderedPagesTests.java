package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RenderedPagesTests {

    @Test
    void readersGetGzipOnlyWhenTheyTakeIt() {
        assertThat(RenderedPages.acceptsGzip(request(null))).isFalse();
        assertThat(RenderedPages.acceptsGzip(request("gzip"))).isTrue();
        assertThat(RenderedPages.acceptsGzip(request("deflate, GZIP;q=0.5"))).isTrue();
        assertThat(RenderedPages.acceptsGzip(request("br, x-gzip"))).isTrue();
        assertThat(RenderedPages.acceptsGzip(request("gzip;q=0, identity"))).isFalse();
        assertThat(RenderedPages.acceptsGzip(request("gzip; q=0.0"))).isFalse();
        assertThat(RenderedPages.acceptsGzip(request("br, deflate"))).isFalse();
    }

    @Test
    void aPageIsSentOnlyUnderTheValidatorItWasRenderedUnder() throws IOException {
        RenderedPages pages = new RenderedPages(DataSize.ofMegabytes(1));
        byte[] page = page(new Random(7), 40_000);
        pages.keep("http://localhost/news/a", "W/\"1\"", page, rendered());

        assertThat(pages.send("http://localhost/news/a", "W/\"2\"", request(null), new MockHttpServletResponse()))
                .isFalse();
        assertThat(pages.send("http://localhost/news/b", "W/\"1\"", request(null), new MockHttpServletResponse()))
                .isFalse();
        MockHttpServletResponse sent = new MockHttpServletResponse();
        assertThat(pages.send("http://localhost/news/a", "W/\"1\"", request(null), sent))
                .isTrue();
        assertThat(sent.getContentAsByteArray()).isEqualTo(page);
        assertThat(sent.getContentLength()).isEqualTo(page.length);
        assertThat(sent.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(sent.getHeader("Content-Language")).isEqualTo("en");
    }

    @Test
    void keepsNoMoreBytesThanItsBudgetAndNothingWithNone() {
        Random random = new Random(11);
        RenderedPages small = new RenderedPages(DataSize.ofKilobytes(256));
        RenderedPages none = new RenderedPages(DataSize.ofBytes(0));
        for (int i = 0; i < 200; i++) {
            // Random letters gzip to some 60%: 200 pages of 10 KB make about 1.2 MB gzipped.
            byte[] page = page(random, 10_000);
            small.keep("/news/" + i, "v", page, rendered());
            none.keep("/news/" + i, "v", page, rendered());
        }
        assertThat(small.size()).isBetween(1L, 256L * 1024 / 6_000);
        assertThat(none.size()).isZero();
    }

    private static MockHttpServletResponse rendered() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setContentType("text/html;charset=UTF-8");
        response.setLocale(Locale.ENGLISH);
        return response;
    }

    private static byte[] page(Random random, int length) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body>");
        while (html.length() < length) {
            html.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(7) == 0) {
                html.append(' ');
            }
        }
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequest request(String acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news/a");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return request;
    }
}
