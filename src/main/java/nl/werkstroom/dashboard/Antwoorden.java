package nl.werkstroom.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.werkstroom.dashboard.DashboardProperties.Soort;

/**
 * The JSON of the dashboard API ({@code /openapi/dashboard.yaml}). Rows always carry every field,
 * {@code null} where a figure is unknown, so the page and a spreadsheet see the same columns
 * whatever the data (the application omits nulls elsewhere).
 */
public final class Antwoorden {

  private Antwoorden() {
  }

  /** A table: its rows, with the period they cover (absent for figures of now). */
  @JsonInclude(Include.NON_NULL)
  public record Tabel<R>(Periode periode, List<R> rijen) {
  }

  public record Keuzes(List<GemeenteKeuze> gemeenten, List<ProcesKeuze> processen, Periode periode) {
  }

  public record GemeenteKeuze(String id, String naam) {
  }

  public record ProcesKeuze(String sleutel, String naam) {
  }

  @JsonInclude(Include.ALWAYS)
  public record OverzichtRij(String proces, String procesNaam, String gemeente, String gemeenteNaam, long gestart,
      long afgerond, long lopend, long openTaken, long teLaat, long incidenten, Links links) {
  }

  @JsonInclude(Include.ALWAYS)
  public record WeekRij(LocalDate week, String proces, String gemeente, long gestart, long afgerond) {
  }

  @JsonInclude(Include.ALWAYS)
  public record DoorlooptijdRij(String proces, String procesNaam, String gemeente, String meting, long aantal,
      BigDecimal mediaanDagen, BigDecimal p90Dagen, BigDecimal termijnDagen, Soort termijnSoort,
      String termijnOmschrijving, Long binnenTermijn, BigDecimal binnenTermijnPercentage) {
  }

  @JsonInclude(Include.ALWAYS)
  public record TaakGroepRij(String gemeente, String proces, String procesNaam, String groep, String groepNaam,
      long open, long teLaat, OffsetDateTime oudsteSinds, BigDecimal oudsteDagen, Links links) {
  }

  @JsonInclude(Include.ALWAYS)
  public record WachttijdRij(String gemeente, String proces, String procesNaam, String taak, String taakNaam,
      long open, BigDecimal oudsteOpenDagen, long afgehandeld, BigDecimal mediaanDagen, BigDecimal p90Dagen,
      BigDecimal opTijdPercentage, Links links) {
  }

  @JsonInclude(Include.ALWAYS)
  public record IncidentRij(String gemeente, String proces, String procesNaam, String activiteit,
      String activiteitNaam, String incidentType, String melding, long aantal, OffsetDateTime oudsteSinds,
      Links links) {
  }

  @JsonInclude(Include.ALWAYS)
  public record BudgetRij(String gemeente, String regeling, String regelingNaam, String budgetcode,
      BigDecimal plafond, BigDecimal gereserveerd, BigDecimal vastgelegd, BigDecimal betaald, BigDecimal beschikbaar,
      BigDecimal benutPercentage, String fout) {
  }
}
