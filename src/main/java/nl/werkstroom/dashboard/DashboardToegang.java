package nl.werkstroom.dashboard;

import java.util.List;
import java.util.Set;
import nl.werkstroom.api.Aanroeper;
import nl.werkstroom.api.Aanroepers;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.organisation.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read the dashboard, and what: managers and functional administrators (and
 * {@code camunda-admin}), and only for the municipalities they work for. Every request goes through
 * here before a query runs; the {@link Filter} it returns is the only way to a query.
 */
@Component
public class DashboardToegang {

  /** Managers read the figures; functional administrators look after them ({@code camunda-admin} may anything). */
  public static final Set<String> ROLLEN = Set.of(Role.MANAGEMENT.groupId(), Role.BEHEERDER.groupId());
  static final String GEEN_ROL = "Het dashboard is er voor managers en functioneel beheerders. "
      + "Vraag de beheerder om de rol 'management' als u het nodig heeft.";

  private final Aanroepers aanroepers;
  private final ProcesDefinities processen;
  private final DashboardProperties properties;
  private final DashboardKlok klok;

  DashboardToegang(Aanroepers aanroepers, ProcesDefinities processen, DashboardProperties properties,
      DashboardKlok klok) {
    this.aanroepers = aanroepers;
    this.processen = processen;
    this.properties = properties;
    this.klok = klok;
  }

  /** The caller, when they may read the dashboard at all (else 403). */
  public Aanroeper lezer() {
    Aanroeper aanroeper = aanroepers.huidige();
    aanroeper.vereistEenVan(ROLLEN, GEEN_ROL);
    return aanroeper;
  }

  /** The checked filter of a request: 403 for a municipality not the caller's, 400 for an unknown process or a bad period. */
  public Filter filter(String gemeente, String proces, String van, String tot) {
    Aanroeper lezer = lezer();
    List<String> gemeenten = gemeenten(lezer, gemeente);
    String procesSleutel = proces(proces, gemeenten);
    Periode periode = Periode.uit(van, tot, klok.vandaag(), properties.standaardPeriodeWeken());
    return new Filter(gemeenten, procesSleutel, periode);
  }

  /** The default period, as the page shows it before a manager chooses. */
  public Periode standaardPeriode() {
    return Periode.standaard(klok.vandaag(), properties.standaardPeriodeWeken());
  }

  private static List<String> gemeenten(Aanroeper lezer, String gemeente) {
    if (gemeente == null || gemeente.isBlank()) {
      if (lezer.tenants().isEmpty()) {
        throw ApiFout.geenToegang("U hoort bij geen gemeente. Vraag de beheerder u aan een gemeente toe te voegen.");
      }
      return lezer.tenants();
    }
    return List.of(lezer.gemeente(gemeente.strip()));
  }

  private String proces(String proces, List<String> gemeenten) {
    if (proces == null || proces.isBlank()) {
      return null;
    }
    String sleutel = proces.strip();
    List<String> bekend = processen.sleutels(gemeenten);
    if (!bekend.contains(sleutel)) {
      throw ApiFout.ongeldigVeld("proces", "Er is geen proces met de sleutel '"
          + (sleutel.matches("[A-Za-z0-9_-]{1,64}") ? sleutel : "?") + "'. Kies uit: " + String.join(", ", bekend) + ".");
    }
    return sleutel;
  }
}
