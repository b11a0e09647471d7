package nl.werkstroom.noodknop;

/** The bodies of the noodknop API ({@code /openapi/noodknop.yaml}). */
final class NoodknopBerichten {

  private NoodknopBerichten() {
  }

  /** Who wants to be called, about what, and when it suits them best. */
  record Contactverzoek(String onderwerp, String telefoonnummer, String voorkeurMoment) {
  }

  /** The request has been passed on to the case. */
  record Doorgegeven(String zaakidentificatie, String melding) {
  }
}
