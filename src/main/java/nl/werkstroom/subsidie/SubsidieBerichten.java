package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.util.List;

/** The bodies of the subsidy API ({@code /openapi/subsidie.yaml}): what clients send and get back. */
final class SubsidieBerichten {

  private SubsidieBerichten() {
  }

  /** A scheme open for requests. */
  record RegelingOverzicht(String gemeente, String code, String naam, String grondslag, String aanvraagperiodeVan,
      String aanvraagperiodeTot, BigDecimal maximumBedrag, String verdeling) {
  }

  /** The answer to a request: registered as a zaak (201), or received and still being registered (202). */
  record Ingediend(String zaakidentificatie, String processInstanceId, String status, String beslisdatum,
      String melding) {
  }

  /** Where a request stands. */
  record AanvraagStatus(String zaakidentificatie, String processInstanceId, String gemeente, String regeling,
      String status, List<String> fasen, List<String> wachtOp, String ontvangstdatum, String beslisdatum) {
  }

  /** What the applicant adds after a request to complete it (Awb 4:5). */
  record Aanvulling(String aanvulling) {
  }

  /** The applicant's account of the activity (Awb 4:44). */
  record Verantwoording(BigDecimal werkelijkeKosten, String toelichting, String documenten) {
  }

  /** The ranking of the requests of a scheme with ranking (Awb 4:26): all waiting requests, best first. */
  record RangschikkingVerzoek(String gemeente, List<String> volgorde) {
  }

  /** The ranking as decided: per request its place and whether it fits under the ceiling. */
  record RangschikkingUitkomst(String regeling, BigDecimal beschikbaarBudget, List<Rangschikking.Plaats> plaatsen) {
  }

  /** A message accepted for a case. */
  record Bevestiging(String zaakidentificatie, String melding) {
  }
}
