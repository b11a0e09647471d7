package nl.werkstroom.dashboard;

import java.util.Locale;
import nl.werkstroom.api.ApiFout;

/**
 * The query parameters every table of the dashboard API accepts, as sent: checked by
 * {@link DashboardToegang} (gemeente, proces, van, tot) and here (formaat).
 */
public record Verzoek(String gemeente, String proces, String van, String tot, String formaat) {

  /** Whether the table is asked for as CSV; JSON otherwise. 400 for another format. */
  public boolean alsCsv() {
    if (formaat == null || formaat.isBlank()) {
      return false;
    }
    return switch (formaat.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> true;
      case "json" -> false;
      default -> throw ApiFout.ongeldigVeld("formaat", "Kies als formaat 'json' of 'csv'.");
    };
  }
}
