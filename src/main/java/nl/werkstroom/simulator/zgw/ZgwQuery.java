package nl.werkstroom.simulator.zgw;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of a ZGW list request. Unknown parameters are refused with 400
 * {@code unknown-parameters}, as Open Zaak does: a filter that a simulator silently ignored would
 * answer with too much (a lookup before create would see other zaken).
 */
public final class ZgwQuery {

  private final HttpServletRequest request;
  private final ZgwInvalidParams invalid = new ZgwInvalidParams();

  private ZgwQuery(HttpServletRequest request) {
    this.request = request;
  }

  /** The query of this request, which may use only these parameters (and {@code page}). */
  public static ZgwQuery of(HttpServletRequest request, String... allowed) {
    Set<String> known = new TreeSet<>(List.of(allowed));
    known.add("page");
    Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw ZgwProblemException.invalid("nonFieldErrors", "unknown-parameters",
          "Onbekende query parameters: " + String.join(", ", unknown));
    }
    return new ZgwQuery(request);
  }

  /** A text parameter; empty when absent or empty. */
  public Optional<String> text(String name) {
    String value = request.getParameter(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** A comma-separated list parameter ({@code domein__in=LEI,OEG}). */
  public Optional<List<String>> list(String name) {
    return text(name).map(value -> List.of(value.split(",")).stream().map(String::trim).toList());
  }

  public Optional<LocalDate> date(String name) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.get()));
    } catch (DateTimeParseException e) {
      invalid.add(name, "invalid", "Voer een geldige datum in.");
      return Optional.empty();
    }
  }

  /**
   * A URL parameter that should name a resource of a simulator: its uuid; a URL of something else
   * gives a uuid that matches nothing, so the list is empty (as with a real API).
   */
  public Optional<String> resource(String name, String api, String collection) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!ZgwUrls.isAbsoluteHttpUrl(value.get())) {
      invalid.add(name, "invalid", "Voer een geldige URL in.");
      return Optional.empty();
    }
    return Optional.of(ZgwUrls.uuid(value.get(), api, collection).orElse("-"));
  }

  public Optional<String> choice(String name, Set<String> allowed) {
    Optional<String> value = text(name);
    if (value.isPresent() && !allowed.contains(value.get())) {
      invalid.add(name, "invalid_choice", "Selecteer een geldige keuze. " + value.get()
          + " is geen beschikbare keuze.");
      return Optional.empty();
    }
    return value;
  }

  /** Call after reading the parameters: answers 400 for any that was malformed. */
  public void check() {
    invalid.throwIfAny();
  }
}
