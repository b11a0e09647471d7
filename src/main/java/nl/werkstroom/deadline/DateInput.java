package nl.werkstroom.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * Reads the calendar day from a value a process holds: a {@link Date} (Camunda's date variables),
 * a java.time value, or an ISO-8601 string (form fields, JSON, REST), seen in one time zone.
 */
final class DateInput {

  /** ISO date-time with an optional offset written either as +02:00 or as +0200 (Camunda REST). */
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();

  private final ZoneId zone;

  DateInput(ZoneId zone) {
    this.zone = zone;
  }

  LocalDate toLocalDate(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("The date '" + name + "' is missing");
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate(); // java.sql.Date has no instant: toInstant() throws
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof Instant instant) {
      return instant.atZone(zone).toLocalDate();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.withZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.atZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof CharSequence text) {
      return parse(text.toString().strip(), name);
    }
    throw new IllegalArgumentException("The date '" + name + "' must be a date or an ISO-8601 string, not a "
        + value.getClass().getName());
  }

  private LocalDate parse(String text, String name) {
    try {
      if (text.indexOf('T') < 0) {
        return LocalDate.parse(text);
      }
      TemporalAccessor parsed = DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime dateTime
          ? dateTime.atZoneSameInstant(zone).toLocalDate()
          : LocalDate.from(parsed);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The date '" + name + "' is not an ISO-8601 date such as 2025-04-18: '" + text + "'", e);
    }
  }
}
