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

    /** @return the date of {@code s} (exactly {@code yyyy-MM-dd}), or null when it is none */
    static LocalDate parseDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the date-time of {@code s} (exactly {@code yyyy-MM-ddTHH:mm[:ss]}), or null when it is none */
    static LocalDateTime parseDateTime(String s) {
        if ((s.length() != 16 && s.length() != 19) || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        LocalDate date = parseDate(s.substring(0, 10));
        int h = digits(s, 11, 13);
        int min = digits(s, 14, 16);
        int sec = 0;
        if (s.length() == 19) {
            if (s.charAt(16) != ':') {
                return null;
            }
            sec = digits(s, 17, 19);
        }
        if (date == null || h < 0 || min < 0 || sec < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), h, min, sec);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                LocalDate d = parseDate(text);
                if (d != null) {
                    return d;
                }
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, DATE_EXPECTED);
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
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                LocalDateTime t = parseDateTime(text);
                if (t != null) {
                    return t;
                }
                return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text, DATE_TIME_EXPECTED);
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
