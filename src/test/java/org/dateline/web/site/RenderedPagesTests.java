package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;
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
        pages.keep("http://localhost/news/a", "W/\"1\"", page, null, rendered());

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
            small.keep("/news/" + i, "v", page, null, rendered());
            none.keep("/news/" + i, "v", page, null, rendered());
        }
        assertThat(small.size()).isBetween(1L, 256L * 1024 / 6_000);
        assertThat(none.size()).isZero();
    }

    @Test
    void everyKeptPageIsSentAsRenderedGzippedOrNotWhereverItsSharedPartIs() throws IOException {
        Random random = new Random(20261206);
        RenderedPages pages = new RenderedPages(DataSize.ofMegabytes(64));
        byte[] menus = page(random, 24_000);
        for (int i = 0; i < 300; i++) {
            byte[] before = page(random, random.nextInt(4) == 0 ? 0 : random.nextInt(20_000));
            byte[] after = page(random, random.nextInt(4) == 0 ? 0 : random.nextInt(20_000));
            boolean withMenus = random.nextInt(5) != 0;
            byte[] page = concat(before, withMenus ? menus : new byte[0], after);
            // Some pages are not compressible at all: random bytes.
            if (random.nextInt(10) == 0) {
                random.nextBytes(page);
            }
            String address = "/news/" + i;
            pages.keep(address, "v" + i, page, menus, rendered());

            MockHttpServletResponse plain = new MockHttpServletResponse();
            assertThat(pages.send(address, "v" + i, request(null), plain)).isTrue();
            assertThat(plain.getContentAsByteArray()).as(address).isEqualTo(page);
            assertThat(plain.getContentLength()).isEqualTo(page.length);

            MockHttpServletResponse gzipped = new MockHttpServletResponse();
            assertThat(pages.send(address, "v" + i, request("gzip"), gzipped)).isTrue();
            assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
            assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
                assertThat(in.readAllBytes()).as(address).isEqualTo(page);
            }
        }
    }

    @Test
    void pagesSharingAPartKeepItOnce() {
        Random random = new Random(3);
        byte[] menus = page(random, 24_000);
        RenderedPages shared = new RenderedPages(DataSize.ofKilobytes(512));
        RenderedPages whole = new RenderedPages(DataSize.ofKilobytes(512));
        for (int i = 0; i < 100; i++) {
            byte[] page = concat(page(random, 2_000), menus, page(random, 2_000));
            shared.keep("/news/" + i, "v", page, menus, rendered());
            whole.keep("/news/" + i, "v", page, null, rendered());
        }
        // About 2.5 KB a page with the menus kept once, about 17 KB with them in every page.
        assertThat(shared.size()).isEqualTo(100);
        assertThat(whole.size()).isLessThan(40);
    }

    @Test
    void findsAPartInAPage() {
        byte[] page = "<header><nav>menus</nav></header><main>".getBytes(StandardCharsets.UTF_8);
        assertThat(RenderedPages.indexOf(page, "<nav>menus</nav>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(8);
        assertThat(RenderedPages.indexOf(page, "<nav>other</nav>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1);
        assertThat(RenderedPages.indexOf(page, page)).isZero();
        assertThat(RenderedPages.indexOf("<main>".getBytes(StandardCharsets.UTF_8), page))
                .isEqualTo(-1);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static MockHttpServletResponse rendered() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setContentType("text/html;charset=UTF-8");
        response.setLocale(Locale.ENGLISH);
        return response;
    }

    private static byte[] page(Random random, int length) {
        StringBuilder html = new StringBuilder();
        while (html.length() < length) {
            html.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(7) == 0) {
                html.append(' ');
            }
        }
        return html.substring(0, length).getBytes(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequest request(String acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news/a");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return request;
    }
}
