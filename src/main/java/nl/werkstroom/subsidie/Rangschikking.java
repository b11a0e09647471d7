package nl.werkstroom.subsidie;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.api.Veldfout;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.integration.http.BackendException;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import org.springframework.stereotype.Component;

/**
 * The ceiling divided by ranking (Awb 4:26): the mandate holder ranks every request of the scheme
 * that waits for it; from the top down a request fits under the ceiling while the amounts to be
 * reserved so far (each request's amount up to the scheme's maximum) fit in what the budget still
 * has available in the finance system. From the first
 * request that does not fit, none does: the ranking, not the size of a request, decides.
 */
@Component
public class Rangschikking {

  static final String BUDGET_ONTOEREIKEND = "BUDGET_ONTOEREIKEND";

  private final FinancienClient financien;
  private final FinancienProperties financienProperties;

  public Rangschikking(FinancienClient financien, FinancienProperties financienProperties) {
    this.financien = financien;
    this.financienProperties = financienProperties;
  }

  /**
   * @param volgorde the zaakidentificaties, best first: every waiting request exactly once
   * @param wachtend the requests of this scheme that wait for the ranking
   */
  public Uitkomst bepaal(String gemeente, Regeling regeling, List<String> volgorde, List<Kandidaat> wachtend) {
    Map<String, Kandidaat> opZaak = wachtend.stream()
        .collect(Collectors.toMap(Kandidaat::zaakidentificatie, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    controleerVolledig(volgorde, opZaak);
    BigDecimal beschikbaar = beschikbaar(gemeente, regeling);

    List<Plaats> plaatsen = new ArrayList<>();
    BigDecimal totaal = BigDecimal.ZERO;
    boolean past = true;
    for (String zaak : volgorde) {
      Kandidaat kandidaat = opZaak.get(zaak);
      totaal = totaal.add(kandidaat.teReserverenBedrag());
      past = past && totaal.compareTo(beschikbaar) <= 0;
      plaatsen.add(new Plaats(plaatsen.size() + 1, zaak, kandidaat.processInstanceId(),
          kandidaat.teReserverenBedrag(), past));
    }
    return new Uitkomst(beschikbaar, plaatsen);
  }

  private static void controleerVolledig(List<String> volgorde, Map<String, Kandidaat> wachtend) {
    List<Veldfout> fouten = new ArrayList<>();
    Set<String> gezien = new HashSet<>();
    for (int i = 0; i < volgorde.size(); i++) {
      String zaak = volgorde.get(i);
      if (zaak == null || !wachtend.containsKey(zaak)) {
        fouten.add(new Veldfout("volgorde[" + i + "]", "Deze zaak wacht niet op de rangschikking van deze regeling."));
      } else if (!gezien.add(zaak)) {
        fouten.add(new Veldfout("volgorde[" + i + "]", "Zaak " + zaak + " staat al eerder in de volgorde."));
      }
    }
    List<String> ontbrekend = wachtend.keySet().stream().filter(zaak -> !volgorde.contains(zaak)).toList();
    if (!ontbrekend.isEmpty()) {
      fouten.add(new Veldfout("volgorde", "Elke wachtende aanvraag krijgt een plaats; deze ontbreken: "
          + String.join(", ", ontbrekend) + "."));
    }
    if (!fouten.isEmpty()) {
      throw ApiFout.ongeldig("De rangschikking is niet volledig of bevat zaken die er niet in horen.", fouten);
    }
  }

  private BigDecimal beschikbaar(String gemeente, Regeling regeling) {
    FinancienProperties.Tenant tenant = financienProperties.tenants().get(gemeente);
    if (tenant == null) {
      throw ApiFout.nietBeschikbaar("Voor deze gemeente is geen financiële administratie ingesteld; "
          + "vraag de beheerder werkstroom.integration.financien.tenants." + gemeente + ".administratie in te stellen.");
    }
    try {
      return financien.budget(tenant.administratie(), regeling.budgetcode()).beschikbaar();
    } catch (BackendException e) {
      throw ApiFout.nietBeschikbaar("Het financiële systeem kon het beschikbare budget nu niet geven; "
          + "probeer het later opnieuw. Er is niets vastgesteld.");
    }
  }

  /** A request that waits for the ranking, with the amount its reservation will claim. */
  public record Kandidaat(String zaakidentificatie, String processInstanceId, BigDecimal teReserverenBedrag) {
  }

  /** The place of one request, and whether it fits under the ceiling. */
  public record Plaats(int rangnummer, String zaakidentificatie,
      @JsonIgnore String processInstanceId,
      BigDecimal teReserverenBedrag, boolean binnenPlafond) {
  }

  /** The ranking with the budget it was measured against. */
  public record Uitkomst(BigDecimal beschikbaar, List<Plaats> plaatsen) {
  }
}
