package org.dateline.web.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.feeds.Channel;
import org.springframework.stereotype.Component;

/**
 * Feeds as last written, by what they are written from: the channel (address, language, the archive's last change)
 * and the search index's version. A feed is the same bytes until one of those changes, and then its key is new, so
 * nothing kept is ever served for a newer state of the archive.
 */
@Component
class RenderedFeeds {

    private static final int KEPT = 500;

    private final Map<String, byte[]> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    @FunctionalInterface
    interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The feed's bytes, written by {@code writing} unless a feed of the same state is kept. */
    byte[] written(String format, Channel channel, long indexVersion, Writing writing) throws IOException {
        String key = String.join(
                "\n",
                format,
                channel.selfUrl(),
                channel.baseUrl(),
                channel.language(),
                channel.updated().toString(),
                Long.toString(indexVersion));
        byte[] known = kept.get(key);
        if (known != null) {
            return known;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writing.writeTo(out);
        byte[] written = out.toByteArray();
        kept.put(key, written);
        return written;
    }
}
