package org.dateline.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The user-facing text of one request, in its locale: every word a template shows comes from here. */
public final class Messages {

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
        return date.format(DateTimeFormatter.ofPattern(get("format.date"), locale));
    }

    public String time(LocalTime time) {
        return time.format(DateTimeFormatter.ofPattern(get("format.time"), locale));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
