package nl.werkstroom.integration.brp;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person as the BRP Personen API 2 returns it for {@code RaadpleegMetBurgerservicenummer}
 * (schema {@code Persoon}), limited to the groups Werkstroom asks for. Only the fields named in the
 * request's {@code fields} come back (plus the ones the API always adds, such as
 * {@code opschortingBijhouding} and {@code geheimhoudingPersoonsgegevens}); everything else is null.
 *
 * <p>Holds personal data: never log it, never put it in an exception message, and do not keep it
 * beyond the call that needs it.
 */
public record Persoon(
    String burgerservicenummer,
    Naam naam,
    Geboorte geboorte,
    Integer leeftijd,
    Waardetabel geslacht,
    Overlijden overlijden,
    Verblijfplaats verblijfplaats,
    Adressering adressering,
    Waardetabel gemeenteVanInschrijving,
    Boolean geheimhoudingPersoonsgegevens,
    OpschortingBijhouding opschortingBijhouding) {

  /** Reden opschorting bijhouding "O": the person has died (LO GBA table 'Reden opschorting'). */
  public static final String REDEN_OPSCHORTING_OVERLIJDEN = "O";

  /** Whether the BRP registers this person as deceased: an overlijden, or bijhouding suspended for that reason. */
  public boolean isOverleden() {
    boolean overlijdenGeregistreerd = overlijden != null && overlijden.datum() != null;
    boolean opgeschortDoorOverlijden = opschortingBijhouding != null && opschortingBijhouding.reden() != null
        && REDEN_OPSCHORTING_OVERLIJDEN.equals(opschortingBijhouding.reden().code());
    return overlijdenGeregistreerd || opgeschortDoorOverlijden;
  }

  /** The woonplaats of a Dutch address (verblijfplaats type Adres), if the BRP gave one. */
  public Optional<String> woonplaats() {
    return Optional.ofNullable(verblijfplaats)
        .map(Verblijfplaats::verblijfadres)
        .map(Verblijfadres::woonplaats);
  }

  public Optional<String> volledigeNaam() {
    return Optional.ofNullable(naam).map(Naam::volledigeNaam);
  }

  /** A value from a national table (landelijke tabel): code and description. */
  public record Waardetabel(String code, String omschrijving) {
  }

  /**
   * A date as the BRP gives it ({@code AbstractDatum}): {@code type} {@code Datum} with a full
   * {@code datum}, {@code JaarMaandDatum}, {@code JaarDatum} or {@code DatumOnbekend}, always with a
   * {@code langFormaat} ("1 januari 1980").
   */
  public record Datum(String type, LocalDate datum, Integer jaar, Integer maand, Boolean onbekend, String langFormaat) {
  }

  public record Naam(
      String voornamen,
      Waardetabel adellijkeTitelPredicaat,
      String voorvoegsel,
      String geslachtsnaam,
      String voorletters,
      String volledigeNaam,
      Waardetabel aanduidingNaamgebruik) {
  }

  public record Geboorte(Datum datum, Waardetabel plaats, Waardetabel land) {
  }

  public record Overlijden(Datum datum, Waardetabel plaats, Waardetabel land) {
  }

  /**
   * Where the person lives ({@code AbstractVerblijfplaats}): {@code type} is {@code Adres},
   * {@code Locatie}, {@code VerblijfplaatsBuitenland} or {@code VerblijfplaatsOnbekend}.
   */
  public record Verblijfplaats(
      String type,
      Verblijfadres verblijfadres,
      Waardetabel functieAdres,
      String adresseerbaarObjectIdentificatie,
      String nummeraanduidingIdentificatie,
      Datum datumVan) {
  }

  /** The address itself: Dutch (straat, huisnummer, postcode, woonplaats), abroad (regel1-3, land) or a locatiebeschrijving. */
  public record Verblijfadres(
      String officieleStraatnaam,
      String korteStraatnaam,
      Integer huisnummer,
      String huisletter,
      String huisnummertoevoeging,
      String postcode,
      String woonplaats,
      String regel1,
      String regel2,
      String regel3,
      Waardetabel land,
      String locatiebeschrijving) {
  }

  /** Ready-made lines for a letter to the person. */
  public record Adressering(
      String aanhef,
      Aanschrijfwijze aanschrijfwijze,
      String gebruikInLopendeTekst,
      String adresregel1,
      String adresregel2,
      String adresregel3,
      Waardetabel land) {
  }

  public record Aanschrijfwijze(String naam, String aanspreekvorm) {
  }

  /** The BRP stopped keeping the person's data up to date, e.g. reden "O" (overlijden) or "E" (emigratie). */
  public record OpschortingBijhouding(Waardetabel reden, Datum datum) {
  }
}
