package nl.werkstroom.simulator.brp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The persons the BRP simulator knows from the start. Their BSNs come from the test set that RvIG
 * publishes for the GBA-V proefomgeving and that the Haal Centraal BRP API lists as test persons
 * (e.g. 999992077 "overleden", 999990408 "gezag minderjarige"); names, dates and addresses are made
 * up for Werkstroom's two demo municipalities, Leiden (0546) and Oegstgeest (0579). They are stored
 * as the API's {@code Persoon} JSON, without {@code leeftijd}, which the simulator computes at each
 * request as the real API does.
 */
final class BrpTestpersonen {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  /** Codes of the national table 'Gemeenten' for the birthplaces used below. */
  private static final Map<String, String> GEMEENTECODES = Map.of(
      "Leiden", "0546", "Oegstgeest", "0579", "Rotterdam", "0599", "Den Haag", "0518", "Utrecht", "0344",
      "Haarlem", "0392");

  private enum Gemeente {
    LEIDEN("0546", "Leiden"),
    OEGSTGEEST("0579", "Oegstgeest");

    final String code;
    final String naam;

    Gemeente(String code, String naam) {
      this.code = code;
      this.naam = naam;
    }
  }

  private record Testpersoon(String bsn, String geslacht, String voornamen, String voorvoegsel, String geslachtsnaam,
      LocalDate geboortedatum, String geboorteplaats, Gemeente gemeente, String straat, int huisnummer, String huisletter,
      String postcode, LocalDate inschrijving, LocalDate overlijdensdatum) {
  }

  private BrpTestpersonen() {
  }

  static List<ObjectNode> all() {
    List<Testpersoon> personen = List.of(
        new Testpersoon("999993653", "M", "Jan Pieter", "de", "Vries", LocalDate.of(1980, 1, 1), "Leiden",
            Gemeente.LEIDEN, "Breestraat", 117, null, "2311CS", LocalDate.of(2008, 4, 1), null),
        new Testpersoon("999990627", "V", "Fatima", null, "El Amrani", LocalDate.of(1992, 8, 23), "Rotterdam",
            Gemeente.LEIDEN, "Haarlemmerstraat", 42, "A", "2312DM", LocalDate.of(2016, 9, 1), null),
        new Testpersoon("999991723", "M", "Pieter Willem", "van der", "Berg", LocalDate.of(1967, 3, 14), "Oegstgeest",
            Gemeente.OEGSTGEEST, "Lange Voort", 8, null, "2341KA", LocalDate.of(1967, 3, 14), null),
        new Testpersoon("999995078", "V", "Anna Maria", null, "Jansen", LocalDate.of(1958, 11, 30), "Den Haag",
            Gemeente.OEGSTGEEST, "Wilhelminapark", 21, null, "2342AE", LocalDate.of(1990, 6, 15), null),
        new Testpersoon("999992958", "M", "Kees", null, "Bakker", LocalDate.of(2001, 5, 9), "Leiden",
            Gemeente.LEIDEN, "Rapenburg", 73, null, "2311GJ", LocalDate.of(2001, 5, 9), null),
        new Testpersoon("999992077", "V", "Hendrika Wilhelmina", "van", "Dijk", LocalDate.of(1935, 2, 17), "Leiden",
            Gemeente.LEIDEN, "Hooglandse Kerkgracht", 3, null, "2312HS", LocalDate.of(1960, 1, 1), LocalDate.of(2023, 3, 14)),
        new Testpersoon("999990408", "M", "Sem", "de", "Jong", LocalDate.of(2015, 6, 12), "Leiden",
            Gemeente.OEGSTGEEST, "Geversstraat", 15, "B", "2341GA", LocalDate.of(2015, 6, 12), null),
        new Testpersoon("999993847", "V", "Lotte", null, "Visser", LocalDate.of(1988, 12, 2), "Utrecht",
            Gemeente.LEIDEN, "Nieuwe Rijn", 28, null, "2312JH", LocalDate.of(2012, 2, 1), null),
        new Testpersoon("999993550", "M", "Daan", "ter", "Smit", LocalDate.of(1975, 7, 21), "Haarlem",
            Gemeente.OEGSTGEEST, "Rhijngeesterstraatweg", 54, null, "2341BV", LocalDate.of(2003, 10, 1), null));
    List<ObjectNode> result = new ArrayList<>();
    for (Testpersoon persoon : personen) {
      result.add(toJson(persoon));
    }
    return result;
  }

  private static ObjectNode toJson(Testpersoon p) {
    ObjectNode persoon = JSON.objectNode();
    persoon.put("burgerservicenummer", p.bsn());
    persoon.set("geslacht", waarde(p.geslacht(), "M".equals(p.geslacht()) ? "man" : "vrouw"));

    String voorletters = voorletters(p.voornamen());
    String achternaam = p.voorvoegsel() == null ? p.geslachtsnaam() : p.voorvoegsel() + " " + p.geslachtsnaam();
    ObjectNode naam = persoon.putObject("naam");
    naam.put("voornamen", p.voornamen());
    if (p.voorvoegsel() != null) {
      naam.put("voorvoegsel", p.voorvoegsel());
    }
    naam.put("geslachtsnaam", p.geslachtsnaam());
    naam.put("voorletters", voorletters);
    naam.put("volledigeNaam", p.voornamen() + " " + achternaam);
    naam.set("aanduidingNaamgebruik", waarde("E", "eigen geslachtsnaam"));

    ObjectNode geboorte = persoon.putObject("geboorte");
    geboorte.set("datum", datum(p.geboortedatum()));
    geboorte.set("plaats", waarde(GEMEENTECODES.get(p.geboorteplaats()), p.geboorteplaats()));
    geboorte.set("land", waarde("6030", "Nederland"));

    if (p.overlijdensdatum() != null) {
      ObjectNode overlijden = persoon.putObject("overlijden");
      overlijden.set("datum", datum(p.overlijdensdatum()));
      overlijden.set("plaats", waarde(p.gemeente().code, p.gemeente().naam));
      overlijden.set("land", waarde("6030", "Nederland"));
      ObjectNode opschorting = persoon.putObject("opschortingBijhouding");
      opschorting.set("reden", waarde("O", "overlijden"));
      opschorting.set("datum", datum(p.overlijdensdatum()));
    }

    persoon.set("gemeenteVanInschrijving", waarde(p.gemeente().code, p.gemeente().naam));
    persoon.set("datumInschrijvingInGemeente", datum(p.inschrijving()));

    String huisnummer = p.huisnummer() + (p.huisletter() == null ? "" : p.huisletter());
    ObjectNode verblijfplaats = persoon.putObject("verblijfplaats");
    verblijfplaats.put("type", "Adres");
    ObjectNode verblijfadres = verblijfplaats.putObject("verblijfadres");
    verblijfadres.put("officieleStraatnaam", p.straat());
    verblijfadres.put("korteStraatnaam", p.straat());
    verblijfadres.put("huisnummer", p.huisnummer());
    if (p.huisletter() != null) {
      verblijfadres.put("huisletter", p.huisletter());
    }
    verblijfadres.put("postcode", p.postcode());
    verblijfadres.put("woonplaats", p.gemeente().naam);
    verblijfplaats.set("functieAdres", waarde("W", "woonadres"));
    verblijfplaats.set("datumVan", datum(p.inschrijving()));

    boolean man = "M".equals(p.geslacht());
    String achternaamMetHoofdletter = Character.toUpperCase(achternaam.charAt(0)) + achternaam.substring(1);
    ObjectNode adressering = persoon.putObject("adressering");
    adressering.put("aanhef", (man ? "Geachte heer " : "Geachte mevrouw ") + achternaamMetHoofdletter);
    adressering.putObject("aanschrijfwijze").put("naam", voorletters + " " + achternaam);
    adressering.put("gebruikInLopendeTekst", (man ? "de heer " : "mevrouw ") + achternaamMetHoofdletter);
    adressering.put("adresregel1", p.straat() + " " + huisnummer);
    adressering.put("adresregel2", p.postcode().substring(0, 4) + " " + p.postcode().substring(4) + "  "
        + p.gemeente().naam.toUpperCase(Locale.ROOT));
    adressering.set("land", waarde("6030", "Nederland"));
    return persoon;
  }

  private static ObjectNode datum(LocalDate date) {
    ObjectNode datum = JSON.objectNode();
    datum.put("type", "Datum");
    datum.put("datum", date.toString());
    datum.put("langFormaat", date.format(LANG));
    return datum;
  }

  private static ObjectNode waarde(String code, String omschrijving) {
    ObjectNode waarde = JSON.objectNode();
    if (code != null) {
      waarde.put("code", code);
    }
    waarde.put("omschrijving", omschrijving);
    return waarde;
  }

  private static String voorletters(String voornamen) {
    StringBuilder letters = new StringBuilder();
    for (String voornaam : voornamen.split(" ")) {
      letters.append(voornaam.charAt(0)).append('.');
    }
    return letters.toString();
  }
}
