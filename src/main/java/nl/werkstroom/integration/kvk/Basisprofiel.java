package nl.werkstroom.integration.kvk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A registration in the Handelsregister as {@code GET /v1/basisprofielen/{kvkNummer}} returns it
 * (KVK API Basisprofiel 1.4, schema {@code Basisprofiel}). Dates are strings {@code yyyyMMdd}, as KVK
 * sends them; indications are "Ja"/"Nee".
 */
public record Basisprofiel(
    String kvkNummer,
    String indNonMailing,
    String naam,
    String formeleRegistratiedatum,
    MaterieleRegistratie materieleRegistratie,
    Integer totaalWerkzamePersonen,
    String statutaireNaam,
    List<Handelsnaam> handelsnamen,
    List<SbiActiviteit> sbiActiviteiten,
    List<Link> links,
    @JsonProperty("_embedded") Embedded embedded) {

  /** Active: the registration has no end date (materieleRegistratie.datumEinde). */
  public boolean isActief() {
    return materieleRegistratie == null || materieleRegistratie.datumEinde() == null
        || materieleRegistratie.datumEinde().isBlank();
  }

  public Optional<Eigenaar> eigenaar() {
    return Optional.ofNullable(embedded).map(Embedded::eigenaar);
  }

  public Optional<Vestiging> hoofdvestiging() {
    return Optional.ofNullable(embedded).map(Embedded::hoofdvestiging);
  }

  /** Start and (for a registration that ended) end of the enterprise, {@code yyyyMMdd}. */
  public record MaterieleRegistratie(String datumAanvang, String datumEinde) {
  }

  public record Handelsnaam(String naam, Integer volgorde) {
  }

  /** An activity by SBI 2008 code; {@code indHoofdactiviteit} "Ja" for the main one. */
  public record SbiActiviteit(String sbiCode, String sbiOmschrijving, String indHoofdactiviteit) {
  }

  public record Link(String rel, String href) {
  }

  public record Embedded(Vestiging hoofdvestiging, Eigenaar eigenaar) {
  }

  /** Who owns the enterprise: its RSIN (rechtspersonen only) and rechtsvorm. */
  public record Eigenaar(
      String rsin,
      String rechtsvorm,
      String uitgebreideRechtsvorm,
      List<Adres> adressen,
      List<String> websites,
      List<Link> links) {
  }

  public record Vestiging(
      String vestigingsnummer,
      String kvkNummer,
      String rsin,
      String indNonMailing,
      String formeleRegistratiedatum,
      MaterieleRegistratie materieleRegistratie,
      String eersteHandelsnaam,
      String indHoofdvestiging,
      String indCommercieleVestiging,
      Integer voltijdWerkzamePersonen,
      Integer totaalWerkzamePersonen,
      Integer deeltijdWerkzamePersonen,
      List<Handelsnaam> handelsnamen,
      List<Adres> adressen,
      List<String> websites,
      List<SbiActiviteit> sbiActiviteiten,
      List<Link> links) {
  }

  /** A bezoekadres or correspondentieadres. */
  public record Adres(
      String type,
      String indAfgeschermd,
      String volledigAdres,
      String straatnaam,
      Integer huisnummer,
      String huisnummerToevoeging,
      String huisletter,
      String toevoegingAdres,
      String postcode,
      Integer postbusnummer,
      String plaats,
      String straatHuisnummer,
      String postcodeWoonplaats,
      String regio,
      String land) {
  }
}
