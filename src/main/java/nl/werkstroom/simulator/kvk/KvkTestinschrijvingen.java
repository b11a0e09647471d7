package nl.werkstroom.simulator.kvk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The registrations the KVK simulator knows from the start, stored as the API's
 * {@code Basisprofiel} JSON without {@code links} (the simulator makes those from the request URL).
 *
 * <p>Three carry the KVK numbers and names of KVK's published test environment (api.kvk.nl/test):
 * 68750110 Test BV Donald (vestiging 000037178598, RSIN 857587973, Hizzaarderlaan 3 A Lollum, as KVK's
 * test API gives them), 69599084 Test EMZ Dagobert (vestiging 000038509504, Abebe Bikilalaan,
 * Amsterdam) and 69599068 Test Stichting Bolderbast (Oosterwal, Lochem); their other details
 * (house numbers, postcodes, RSIN of the stichting, SBI codes) are ours. The rest are fictitious registrations in Leiden
 * and Oegstgeest with numbers made up for this simulator: a stichting, a vereniging, a BV, an
 * eenmanszaak and a BV that ended (materieleRegistratie.datumEinde).
 */
final class KvkTestinschrijvingen {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private record Adres(String straat, int huisnummer, String toevoeging, String postcode, String plaats) {
  }

  private record Inschrijving(String kvkNummer, String naam, String statutaireNaam, String rsin, String rechtsvorm,
      String uitgebreideRechtsvorm, String registratiedatum, String datumEinde, String vestigingsnummer,
      Adres bezoekadres, int werkzamePersonen, String sbiCode, String sbiOmschrijving) {
  }

  private KvkTestinschrijvingen() {
  }

  static List<ObjectNode> all() {
    List<Inschrijving> inschrijvingen = List.of(
        new Inschrijving("68750110", "Test BV Donald", "Test BV Donald", "857587973", "Besloten Vennootschap",
            "Besloten Vennootschap met gewone structuur", "20170519", null, "000037178598",
            new Adres("Hizzaarderlaan", 3, "A", "8823SJ", "Lollum"), 1, "01241", "Teelt van appels en peren"),
        new Inschrijving("69599084", "Test EMZ Dagobert", null, null, "Eenmanszaak", "Eenmanszaak", "20170703", null,
            "000038509504", new Adres("Abebe Bikilalaan", 17, null, "1064AB", "Amsterdam"), 1, "6420",
            "Financiële holdings"),
        new Inschrijving("69599068", "Test Stichting Bolderbast", "Stichting Bolderbast", "855312774", "Stichting",
            "Stichting", "20150622", null, "000035355987", new Adres("Oosterwal", 5, null, "7241AR", "Lochem"), 4,
            "9499", "Overige levensbeschouwelijke en politieke organisaties"),
        new Inschrijving("80234567", "Stichting Buurtwerk Sleutelstad", "Stichting Buurtwerk Sleutelstad", "802345670",
            "Stichting", "Stichting", "20190301", null, "000045110231", new Adres("Haarlemmerweg", 12, null, "2334AB", "Leiden"),
            9, "88993", "Buurt- en clubhuizen"),
        new Inschrijving("81945623", "Tennisvereniging De Voort", "Tennisvereniging De Voort", "819456238", "Vereniging",
            "Vereniging met volledige rechtsbevoegdheid", "19850912", null, "000021874450",
            new Adres("Voorschoterweg", 30, null, "2341JM", "Oegstgeest"), 2, "93125", "Tennisbanen en tennisscholen"),
        new Inschrijving("82667310", "Rijnland Installatietechniek B.V.", "Rijnland Installatietechniek B.V.", "826673107",
            "Besloten Vennootschap", "Besloten Vennootschap met gewone structuur", "20110415", null, "000027604558",
            new Adres("Rooseveltstraat", 61, null, "2321BM", "Leiden"), 23, "4322", "Loodgieters- en fitterswerk; installatie van sanitair"),
        new Inschrijving("85531277", "Bakkerij Van der Plas", null, null, "Eenmanszaak", "Eenmanszaak", "20000103", null,
            "000019322873", new Adres("Lange Voort", 37, null, "2341KB", "Oegstgeest"), 6, "10711",
            "Brood- en banketbakkerijen (ambachtelijk)"),
        new Inschrijving("76543218", "Drukkerij Het Rapenburg B.V.", "Drukkerij Het Rapenburg B.V.", "765432183",
            "Besloten Vennootschap", "Besloten Vennootschap met gewone structuur", "19980401", "20221231", null, null, 0,
            "1812", "Drukkerijen (geen dagbladen)"));
    List<ObjectNode> result = new ArrayList<>();
    for (Inschrijving inschrijving : inschrijvingen) {
      result.add(toJson(inschrijving));
    }
    return result;
  }

  private static ObjectNode toJson(Inschrijving i) {
    ObjectNode profiel = JSON.objectNode();
    profiel.put("kvkNummer", i.kvkNummer());
    profiel.put("indNonMailing", "Nee");
    profiel.put("naam", i.naam());
    profiel.put("formeleRegistratiedatum", i.registratiedatum());
    profiel.set("materieleRegistratie", materieleRegistratie(i));
    profiel.put("totaalWerkzamePersonen", i.werkzamePersonen());
    if (i.statutaireNaam() != null) {
      profiel.put("statutaireNaam", i.statutaireNaam());
    }
    profiel.set("handelsnamen", handelsnamen(i));
    profiel.set("sbiActiviteiten", sbiActiviteiten(i));

    ObjectNode embedded = profiel.putObject("_embedded");
    if (i.vestigingsnummer() != null) {
      ObjectNode vestiging = embedded.putObject("hoofdvestiging");
      vestiging.put("vestigingsnummer", i.vestigingsnummer());
      vestiging.put("kvkNummer", i.kvkNummer());
      if (i.rsin() != null) {
        vestiging.put("rsin", i.rsin());
      }
      vestiging.put("indNonMailing", "Nee");
      vestiging.put("formeleRegistratiedatum", i.registratiedatum());
      vestiging.set("materieleRegistratie", materieleRegistratie(i));
      vestiging.put("eersteHandelsnaam", i.naam());
      vestiging.put("indHoofdvestiging", "Ja");
      vestiging.put("indCommercieleVestiging", "Stichting".equals(i.rechtsvorm()) || "Vereniging".equals(i.rechtsvorm()) ? "Nee" : "Ja");
      vestiging.put("totaalWerkzamePersonen", i.werkzamePersonen());
      vestiging.set("handelsnamen", handelsnamen(i));
      ArrayNode adressen = vestiging.putArray("adressen");
      Adres a = i.bezoekadres();
      ObjectNode adres = adressen.addObject();
      String huisnummer = a.huisnummer() + (a.toevoeging() == null ? "" : " " + a.toevoeging());
      adres.put("type", "bezoekadres");
      adres.put("indAfgeschermd", "Nee");
      adres.put("volledigAdres", a.straat() + " " + huisnummer + " " + a.postcode() + " " + a.plaats());
      adres.put("straatnaam", a.straat());
      adres.put("huisnummer", a.huisnummer());
      if (a.toevoeging() != null) {
        adres.put("huisnummerToevoeging", a.toevoeging());
      }
      adres.put("postcode", a.postcode());
      adres.put("plaats", a.plaats());
      adres.put("land", "Nederland");
      vestiging.set("sbiActiviteiten", sbiActiviteiten(i));
    }
    ObjectNode eigenaar = embedded.putObject("eigenaar");
    if (i.rsin() != null) {
      eigenaar.put("rsin", i.rsin());
    }
    eigenaar.put("rechtsvorm", i.rechtsvorm());
    eigenaar.put("uitgebreideRechtsvorm", i.uitgebreideRechtsvorm());
    return profiel;
  }

  private static ObjectNode materieleRegistratie(Inschrijving i) {
    ObjectNode registratie = JSON.objectNode();
    registratie.put("datumAanvang", i.registratiedatum());
    if (i.datumEinde() != null) {
      registratie.put("datumEinde", i.datumEinde());
    }
    return registratie;
  }

  private static ArrayNode handelsnamen(Inschrijving i) {
    ArrayNode handelsnamen = JSON.arrayNode();
    handelsnamen.addObject().put("naam", i.naam()).put("volgorde", 0);
    return handelsnamen;
  }

  private static ArrayNode sbiActiviteiten(Inschrijving i) {
    ArrayNode activiteiten = JSON.arrayNode();
    activiteiten.addObject()
        .put("sbiCode", i.sbiCode())
        .put("sbiOmschrijving", i.sbiOmschrijving())
        .put("indHoofdactiviteit", "Ja");
    return activiteiten;
  }
}
