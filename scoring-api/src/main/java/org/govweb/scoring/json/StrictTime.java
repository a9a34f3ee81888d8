package org.govweb.scoring.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Strict reading and deterministic writing of the format's dates ({@code yyyy-MM-dd}) and local
 * date-times ({@code yyyy-MM-ddTHH:mm[:ss]}, as the schema's pattern): strings of exactly that
 * shape only; no numbers, arrays, offsets or fractions.
 */
final class StrictTime {

    /** Message of an unreadable date, shown to users. */
    static final String DATE_EXPECTED = "expected a date yyyy-MM-dd";
    /** Message of an unreadable date-time, shown to users. */
    static final String DATE_TIME_EXPECTED = "expected a date-time yyyy-MM-ddTHH:mm[:ss]";

    private StrictTime() {
    }

    /**
     * Dates read recently, by day: an inspection names the same few hundred days thousands of times (every
     * post, publication and message carries one), and {@link LocalDate} is immutable, so one instance per
     * day serves them all. A slot is overwritten when another day maps to it; racing threads at worst
     * build a date twice (its fields are final, so a date read from a slot is always complete).
     */
    private static final LocalDate[] DAYS = new LocalDate[1 << 12];

    /**
     * @param text characters holding the date at {@code from}
     * @param from where the date starts
     * @param length how many characters the value has
     * @return the date (exactly {@code yyyy-MM-dd}), or null when it is none
     */
    static LocalDate parseDate(char[] text, int from, int length) {
        if (length != 10) {
            return null;
        }
        return date(text, from);
    }

    /** @return the date of the 10 characters {@code yyyy-MM-dd} at {@code from}, or null when they are none */
    private static LocalDate date(char[] text, int from) {
        if (text[from + 4] != '-' || text[from + 7] != '-') {
            return null;
        }
        int y = digits(text, from, 4);
        int m = digits(text, from + 5, 2);
        int d = digits(text, from + 8, 2);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        int slot = (y * 372 + m * 31 + d) & (DAYS.length - 1);
        LocalDate cached = DAYS[slot];
        if (cached != null && cached.getDayOfMonth() == d && cached.getMonthValue() == m && cached.getYear() == y) {
            return cached;
        }
        try {
            LocalDate date = LocalDate.of(y, m, d);
            DAYS[slot] = date;
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * @param text characters holding the date-time at {@code from}
     * @param from where the date-time starts
     * @param length how many characters the value has
     * @return the date-time (exactly {@code yyyy-MM-ddTHH:mm[:ss]}), or null when it is none
     */
    static LocalDateTime parseDateTime(char[] text, int from, int length) {
        if ((length != 16 && length != 19) || text[from + 10] != 'T' || text[from + 13] != ':') {
            return null;
        }
        LocalDate date = date(text, from);
        int h = digits(text, from + 11, 2);
        int min = digits(text, from + 14, 2);
        int sec = 0;
        if (length == 19) {
            if (text[from + 16] != ':') {
                return null;
            }
            sec = digits(text, from + 17, 2);
        }
        if (date == null || h < 0 || min < 0 || sec < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(date, LocalTime.of(h, min, sec));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the value of {@code count} decimal digits at {@code from}, or -1 when one is no digit */
    private static int digits(char[] text, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * @return the date of the parser's string token (read from its buffer: no String for a well-formed
     *     date), or null when the token is no string or not exactly {@code yyyy-MM-dd}
     */
    static LocalDate readDate(JsonParser p) throws IOException {
        return p.hasToken(JsonToken.VALUE_STRING)
                ? parseDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
    }

    /**
     * @return the date-time of the parser's string token, or null when the token is no string or not
     *     exactly {@code yyyy-MM-ddTHH:mm[:ss]}
     */
    static LocalDateTime readDateTime(JsonParser p) throws IOException {
        return p.hasToken(JsonToken.VALUE_STRING)
                ? parseDateTime(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** @return {@code yyyy-MM-dd} (ISO with sign for years outside 0000–9999) */
    static String format(LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            return d.toString();
        }
        return pad(d.getYear(), 4) + '-' + pad(d.getMonthValue(), 2) + '-' + pad(d.getDayOfMonth(), 2);
    }

    /** @return {@code yyyy-MM-ddTHH:mm:ss}, whole seconds */
    static String format(LocalDateTime t) {
        return format(t.toLocalDate()) + 'T' + pad(t.getHour(), 2) + ':' + pad(t.getMinute(), 2) + ':'
                + pad(t.getSecond(), 2);
    }

    /** Reads a date from a string {@code yyyy-MM-dd} only. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate d = readDate(p);
            if (d != null) {
                return d;
            }
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(), DATE_EXPECTED);
            }
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
    }

    /** Reads a local date-time from a string {@code yyyy-MM-ddTHH:mm[:ss]} only. */
    static final class DateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {
        private static final long serialVersionUID = 1L;

        DateTimeDeserializer() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDateTime t = readDateTime(p);
            if (t != null) {
                return t;
            }
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, p.getText(),
                        DATE_TIME_EXPECTED);
            }
            return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
        }
    }

    /** Writes {@code yyyy-MM-dd}. */
    static final class DateSerializer extends StdScalarSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value));
        }
    }

    /** Writes {@code yyyy-MM-ddTHH:mm:ss}. */
    static final class DateTimeSerializer extends StdScalarSerializer<LocalDateTime> {
        private static final long serialVersionUID = 1L;

        DateTimeSerializer() {
            super(LocalDateTime.class);
        }

        @Override
        public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value));
        }
    }
}
