package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.werkstroom.integration.tekst.DutchFormat;

/**
 * The paragraphs of the grant letter (sjabloon {@code subsidie-verlening}) that depend on the
 * grant: payment, accountability and the de-minimis notice. Plain Dutch (B1), with the article of
 * law.
 */
final class BeschikkingTeksten {

  static final String DE_MINIMISVERORDENING = "Verordening (EU) 2023/2831 van de Commissie van 13 december 2023 "
      + "betreffende de toepassing van de artikelen 107 en 108 van het Verdrag betreffende de werking van de "
      + "Europese Unie op de-minimissteun (Publicatieblad van de Europese Unie, L-serie, 2023/2831, 15 december 2023)";

  private BeschikkingTeksten() {
  }

  static String betaling(Verantwoordingsniveau niveau, BigDecimal toegekend, BigDecimal voorschot, int percentage) {
    if (niveau == Verantwoordingsniveau.DIRECT) {
      return "Wij betalen de subsidie van " + Bedrag.tekst(toegekend) + " in één keer uit. U krijgt het geld binnen "
          + "zes weken na de datum van deze brief (artikel 4:87 Awb).";
    }
    if (voorschot.signum() == 0) {
      return "U krijgt geen voorschot. Wij betalen de subsidie nadat wij de subsidie hebben vastgesteld. U krijgt "
          + "het geld binnen zes weken na dat besluit (artikel 4:87 Awb).";
    }
    String terugbetalen = " Na afloop stellen wij de subsidie vast. Is de vastgestelde subsidie lager dan het "
        + "voorschot? Dan betaalt u het verschil terug (artikel 4:57 Awb).";
    if (voorschot.compareTo(toegekend) >= 0) {
      return "U krijgt de hele subsidie van " + Bedrag.tekst(toegekend) + " als voorschot (artikel 4:95 Awb). Wij "
          + "betalen het voorschot binnen zes weken na de datum van deze brief." + terugbetalen;
    }
    return "U krijgt een voorschot van " + Bedrag.tekst(voorschot) + ". Dat is " + percentage + "% van de subsidie "
        + "(artikel 4:95 Awb). Wij betalen het voorschot binnen zes weken na de datum van deze brief. De rest, ten "
        + "hoogste " + Bedrag.tekst(toegekend.subtract(voorschot)) + ", betalen wij nadat wij de subsidie hebben "
        + "vastgesteld." + terugbetalen;
  }

  static String verantwoording(Verantwoordingsniveau niveau, LocalDate uiterlijk, LocalDate ambtshalveVanaf) {
    return switch (niveau) {
      case DIRECT -> "U hoeft na afloop geen verslag te sturen. Met dit besluit stellen wij de subsidie meteen vast "
          + "(artikel 4:47 Awb). Wel kunnen wij later controleren of u de activiteit heeft uitgevoerd en of u zich "
          + "aan de verplichtingen heeft gehouden. Bewaar daarom de bonnen, facturen en andere stukken. Heeft u zich "
          + "niet aan de verplichtingen gehouden? Dan kunnen wij de subsidie lager vaststellen en terugvorderen wat "
          + "u te veel heeft gekregen (artikel 4:49 en 4:57 Awb).";
      case ACTIVITEITENVERSLAG -> aanvraagTotVaststelling(uiterlijk, "een activiteitenverslag. Schrijf daarin welke "
          + "activiteiten u heeft uitgevoerd en wat die hebben opgeleverd.", ambtshalveVanaf);
      case FINANCIEEL_VERSLAG -> aanvraagTotVaststelling(uiterlijk, "een activiteitenverslag en een financieel "
          + "verslag. In het activiteitenverslag schrijft u welke activiteiten u heeft uitgevoerd en wat die hebben "
          + "opgeleverd. Het financieel verslag laat de werkelijke kosten en inkomsten van de activiteit zien. Bij "
          + "het financieel verslag hoort een controleverklaring van een accountant.", ambtshalveVanaf);
    };
  }

  private static String aanvraagTotVaststelling(LocalDate uiterlijk, String stukken, LocalDate ambtshalveVanaf) {
    return "Na afloop van de activiteit vraagt u ons de subsidie vast te stellen (artikel 4:44 Awb). Stuur ons "
        + "daarvoor uiterlijk " + DutchFormat.date(uiterlijk) + " " + stukken + " Stuurt u niets? Dan krijgt u van "
        + "ons een herinnering. Heeft u op " + DutchFormat.date(ambtshalveVanaf) + " nog steeds niets gestuurd? Dan "
        + "stellen wij de subsidie zelf vast (artikel 4:44, vierde lid, en artikel 4:47 Awb). De subsidie kan dan "
        + "lager uitvallen, of zelfs € 0,00 zijn (artikel 4:46 Awb).";
  }

  /** The written notice of EU 2023/2831 art. 6(1): amount, de-minimis character, the regulation by title. */
  static String deMinimis(BigDecimal toegekend) {
    return "Deze subsidie is de-minimissteun: een kleine vorm van staatssteun aan ondernemingen die de Europese Unie "
        + "toestaat. De steun valt onder de " + DE_MINIMISVERORDENING + ". Het bedrag van de steun (het bruto "
        + "subsidie-equivalent) is " + Bedrag.tekst(toegekend) + ". Een onderneming mag in drie jaar samen ten "
        + "hoogste € 300.000,00 aan de-minimissteun krijgen. Bewaar deze brief tien jaar. Vraagt u later opnieuw "
        + "de-minimissteun aan, dan moet u kunnen laten zien hoeveel steun u al heeft gekregen.";
  }
}
