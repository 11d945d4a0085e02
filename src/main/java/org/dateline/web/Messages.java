package org.dateline.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;

/** The user-facing text of one request, in its locale: every word a template shows comes from here. */
public final class Messages {

    private static final Map<FormatKey, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private final MessageSource source;
    private final Locale locale;

    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A date as the organization writes it in this language: "6 December 2006" in English. */
    public String date(LocalDate date) {
        return date.format(formatter(get("format.date")));
    }

    public String time(LocalTime time) {
        return time.format(formatter(get("format.time")));
    }

    // Parsing the pattern for every date was a percent of an item page's time. The map stays small: a few patterns,
    // and only the site's languages (SiteLanguages) reach here.
    private DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(
                new FormatKey(pattern, locale), key -> DateTimeFormatter.ofPattern(key.pattern(), key.locale()));
    }

    private record FormatKey(String pattern, Locale locale) {}

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
