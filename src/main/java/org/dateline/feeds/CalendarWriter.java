package org.dateline.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dateline.content.ContentItem;
import org.dateline.taxonomy.Term;
import org.springframework.stereotype.Service;

/**
 * Writes events as an iCalendar (RFC 5545) calendar: an event with a time starts at that time in its own
 * zone ({@code DTSTART;TZID=Europe/Prague}, with the zone's definition), or as floating local time when it
 * has no zone; an event without a time is an all-day event. Text is escaped and lines are folded at 75
 * octets with CRLF line ends.
 */
@Service
public class CalendarWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Entries entries;

    CalendarWriter(Entries entries) {
        this.entries = entries;
    }

    public void write(Channel channel, List<ContentItem> events, OutputStream out) {
        StringBuilder calendar = new StringBuilder();
        Lines lines = new Lines(calendar);
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Dateline//Dateline//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(channel.title()));
        timeZones(events, lines);
        for (ContentItem event : events) {
            Entry entry = entries.of(event, channel.baseUrl());
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + event.id());
            lines.add("DTSTAMP:" + UTC.format(event.updatedAt()));
            lines.add("LAST-MODIFIED:" + UTC.format(event.updatedAt()));
            if (event.time() == null) {
                lines.add("DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            } else if (event.zone() == null) {
                lines.add("DTSTART:" + LOCAL.format(event.date().atTime(event.time())));
            } else {
                lines.add("DTSTART;TZID=" + event.zone().getId() + ":"
                        + LOCAL.format(event.date().atTime(event.time())));
            }
            lines.add("SUMMARY:" + text(event.title()));
            if (event.summary() != null) {
                lines.add("DESCRIPTION:" + text(event.summary()));
            }
            if (event.place() != null) {
                lines.add("LOCATION:" + text(event.place()));
            }
            lines.add("URL:" + entry.url());
            List<Term> categories = new ArrayList<>();
            if (entry.meetingType() != null) {
                categories.add(entry.meetingType());
            }
            categories.addAll(entry.categories());
            if (!categories.isEmpty()) {
                lines.add("CATEGORIES:"
                        + categories.stream().map(term -> text(term.name())).collect(Collectors.joining(",")));
            }
            if (entry.source() != null) {
                lines.add("ORGANIZER;CN=" + parameter(entry.source().name()) + ":" + channel.baseUrl()
                        + entry.source().path());
            }
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        try {
            out.write(calendar.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One VTIMEZONE per zone the events start in, each with the observances in effect at the events' starts:
     * enough for any client to place them, without the zone's whole history.
     */
    private static void timeZones(List<ContentItem> events, Lines lines) {
        Map<ZoneId, List<LocalDateTime>> starts = new LinkedHashMap<>();
        for (ContentItem event : events) {
            if (event.time() != null && event.zone() != null) {
                starts.computeIfAbsent(event.zone(), zone -> new ArrayList<>())
                        .add(event.date().atTime(event.time()));
            }
        }
        starts.forEach((zone, times) -> {
            ZoneRules rules = zone.getRules();
            Map<Instant, ZoneOffsetTransition> observances = new TreeMap<>();
            for (LocalDateTime time : times) {
                Instant instant = time.atZone(zone).toInstant();
                ZoneOffsetTransition transition = rules.previousTransition(instant.plusSeconds(1));
                if (transition != null) {
                    observances.put(transition.getInstant(), transition);
                }
            }
            lines.add("BEGIN:VTIMEZONE");
            lines.add("TZID:" + zone.getId());
            if (observances.isEmpty()) {
                String offset = offset(rules.getOffset(Instant.EPOCH));
                lines.add("BEGIN:STANDARD");
                lines.add("DTSTART:19700101T000000");
                lines.add("TZOFFSETFROM:" + offset);
                lines.add("TZOFFSETTO:" + offset);
                lines.add("END:STANDARD");
            }
            for (ZoneOffsetTransition transition : observances.values()) {
                String kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
                lines.add("BEGIN:" + kind);
                lines.add("DTSTART:" + LOCAL.format(transition.getDateTimeBefore()));
                lines.add("TZOFFSETFROM:" + offset(transition.getOffsetBefore()));
                lines.add("TZOFFSETTO:" + offset(transition.getOffsetAfter()));
                lines.add("END:" + kind);
            }
            lines.add("END:VTIMEZONE");
        });
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String hhmm = "%02d%02d".formatted(abs / 3600, abs / 60 % 60);
        return (seconds < 0 ? "-" : "+") + hhmm + (abs % 60 == 0 ? "" : "%02d".formatted(abs % 60));
    }

    /** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "")
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value (RFC 5545, 3.2): quoted, without the double quotes and control characters it cannot hold. */
    static String parameter(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Content lines ended by CRLF and folded to at most 75 octets without splitting a UTF-8 character. */
    static final class Lines {

        private final StringBuilder out;

        Lines(StringBuilder out) {
            this.out = out;
        }

        void add(String line) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }

        private static int utf8Length(int codePoint) {
            return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        }
    }
}
