package nl.werkstroom.simulator.zgw;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks the fields of a ZGW request body, collecting every violation with the codes and
 * (Dutch) reasons of Open Zaak's validation ({@code required}, {@code null}, {@code blank},
 * {@code max_length}, {@code invalid}, {@code invalid_choice}, {@code invalid-length},
 * {@code only-digits}), then {@link #throwIfAny()} answers them all at once as a 400.
 */
public final class ZgwInvalidParams {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final List<ZgwProblem.InvalidParam> params = new ArrayList<>();

  public void add(String name, String code, String reason) {
    params.add(new ZgwProblem.InvalidParam(name, code, reason));
  }

  /** Adds the violations found in a nested object, their names prefixed (e.g. {@code kenmerken.0.}). */
  public void addAll(String prefix, ZgwInvalidParams nested) {
    nested.params.forEach(param -> add(prefix + param.name(), param.code(), param.reason()));
  }

  /** Whether a violation for this field was found already (later checks on it are pointless). */
  public boolean has(String name) {
    return params.stream().anyMatch(param -> param.name().equals(name));
  }

  public boolean isEmpty() {
    return params.isEmpty();
  }

  public void throwIfAny() {
    if (!params.isEmpty()) {
      throw ZgwProblemException.validation(params);
    }
  }

  /** A text field; null when absent and not required. */
  public String text(JsonNode body, String name, int maxLength, boolean required) {
    JsonNode value = body.get(name);
    if (value == null || value.isMissingNode()) {
      if (required) {
        add(name, "required", "Dit veld is vereist.");
      }
      return null;
    }
    if (value.isNull()) {
      if (required) {
        add(name, "null", "Dit veld mag niet leeg zijn.");
      }
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      add(name, "invalid", "Geen geldige string.");
      return null;
    }
    String text = value.asText();
    if (required && text.isBlank()) {
      add(name, "blank", "Dit veld mag niet leeg zijn.");
      return null;
    }
    if (text.length() > maxLength) {
      add(name, "max_length", "Zorg ervoor dat dit veld niet meer dan " + maxLength + " karakters bevat.");
      return null;
    }
    return text;
  }

  /** A date field ({@code YYYY-MM-DD}); null when absent or empty and not required. */
  public LocalDate date(JsonNode body, String name, boolean required) {
    String text = text(body, name, 10, required);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      add(name, "invalid", "Datum heeft het verkeerde formaat. Gebruik 1 van deze formaten: YYYY-MM-DD.");
      return null;
    }
  }

  /** A date-time field (ISO 8601; without offset it is Dutch time). */
  public OffsetDateTime dateTime(JsonNode body, String name, boolean required) {
    String text = text(body, name, 40, required);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(ZONE).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        add(name, "invalid", "Datetime heeft een verkeerd formaat. Gebruik 1 van deze formaten: "
            + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
        return null;
      }
    }
  }

  /** A field that takes one of a fixed set of values. */
  public String choice(JsonNode body, String name, Set<String> allowed, boolean required) {
    String text = text(body, name, 100, required);
    if (text != null && !allowed.contains(text)) {
      add(name, "invalid_choice", "\"" + text + "\" is een ongeldige keuze.");
      return null;
    }
    return text;
  }

  /** An absolute http(s) URL. */
  public String url(JsonNode body, String name, boolean required) {
    String text = text(body, name, 1000, required);
    if (text != null && !text.isBlank() && !ZgwUrls.isAbsoluteHttpUrl(text)) {
      add(name, "invalid", "Voer een geldige URL in.");
      return null;
    }
    return text == null || text.isBlank() ? null : text;
  }

  /** An RSIN: nine digits that pass the eleven test, checked as the ZGW reference implementation does. */
  public String rsin(JsonNode body, String name, boolean required) {
    String text = text(body, name, 9, required);
    if (text == null || text.isEmpty()) {
      return text;
    }
    if (!text.chars().allMatch(Character::isDigit)) {
      add(name, "only-digits", "Waarde moet numeriek zijn.");
      return null;
    }
    if (text.length() != 9) {
      add(name, "invalid-length", "RSIN moet 9 tekens lang zijn.");
      return null;
    }
    if (!isValidRsin(text)) {
      add(name, "invalid", "Onjuist RSIN nummer.");
      return null;
    }
    return text;
  }

  /**
   * The eleven test of the ZGW APIs for RSIN (as for BSN): the digits weighted 9 down to 2, the last
   * digit weighted -1, sum divisible by 11.
   */
  public static boolean isValidRsin(String value) {
    if (value == null || value.length() != 9 || !value.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int total = 0;
    for (int i = 0; i < 8; i++) {
      total += (9 - i) * (value.charAt(i) - '0');
    }
    total -= value.charAt(8) - '0';
    return total % 11 == 0;
  }
}
