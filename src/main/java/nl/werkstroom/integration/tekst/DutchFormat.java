package nl.werkstroom.integration.tekst;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A value as a Dutch reader sees it in a mail or letter: every date (also a date-time or an ISO
 * text such as {@code 2027-02-03}) as "3 februari 2027" in Europe/Amsterdam, an amount (Double,
 * Float, BigDecimal) as "€ 1.250,00", a whole number as it is, a Boolean as "ja"/"nee", anything
 * else by its {@code toString()}.
 */
public final class DutchFormat {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\S+)?");

  private DutchFormat() {
  }

  /** The value as text, or null when there is none (null, or blank text). */
  public static String format(Object value) {
    if (value == null) {
      return null;
    }
    String text = value instanceof String string ? formatText(string) : formatObject(value);
    return text.isBlank() ? null : text;
  }

  private static String formatObject(Object value) {
    if (value instanceof LocalDate date) {
      return date(date);
    } else if (value instanceof LocalDateTime dateTime) {
      return date(dateTime.toLocalDate());
    } else if (value instanceof OffsetDateTime dateTime) {
      return date(dateTime.atZoneSameInstant(ZONE).toLocalDate());
    } else if (value instanceof ZonedDateTime dateTime) {
      return date(dateTime.withZoneSameInstant(ZONE).toLocalDate());
    } else if (value instanceof Instant instant) {
      return date(instant.atZone(ZONE).toLocalDate());
    } else if (value instanceof java.sql.Date date) {
      return date(date.toLocalDate()); // a java.sql.Date has no instant: toInstant() throws
    } else if (value instanceof Date date) {
      return date(date.toInstant().atZone(ZONE).toLocalDate());
    } else if (value instanceof Boolean bool) {
      return bool ? "ja" : "nee";
    } else if (value instanceof BigDecimal amount) {
      return euro(amount);
    } else if (value instanceof Double amount && Double.isFinite(amount)) {
      return euro(BigDecimal.valueOf(amount));
    } else if (value instanceof Float amount && Float.isFinite(amount)) {
      return euro(new BigDecimal(Float.toString(amount)));
    }
    return value.toString();
  }

  /** An ISO date or date-time as a date; any other text, also one that only looks like a date, as it is. */
  private static String formatText(String value) {
    String text = value.strip();
    if (!ISO_DATE.matcher(text).matches()) {
      return value;
    }
    try {
      if (text.length() == 10) {
        return date(LocalDate.parse(text));
      }
      try {
        return date(OffsetDateTime.parse(text).atZoneSameInstant(ZONE).toLocalDate());
      } catch (DateTimeParseException withoutOffset) {
        return date(LocalDateTime.parse(text).toLocalDate());
      }
    } catch (DateTimeParseException notADate) {
      return value;
    }
  }

  /** "3 februari 2027". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "€ 1.250,00": euros, rounded to cents. */
  public static String euro(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH));
    return "€ " + format.format(amount.setScale(2, RoundingMode.HALF_UP));
  }
}
