package nl.werkstroom.api;

import java.util.List;

/**
 * The body of every refusal of Werkstroom's own API: a Dutch message for the person, and per field
 * what is wrong ({@code fouten}, left out when the refusal concerns no field). Never a stack trace,
 * never a value the client sent that could be personal data.
 */
public record Foutmelding(String melding, List<Veldfout> fouten) {

  public Foutmelding {
    fouten = fouten == null || fouten.isEmpty() ? null : List.copyOf(fouten);
  }

  public static Foutmelding van(String melding) {
    return new Foutmelding(melding, null);
  }
}
