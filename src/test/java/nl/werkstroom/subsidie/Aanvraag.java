package nl.werkstroom.subsidie;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subsidy request as the municipality's website sends it: the start variables of
 * {@code subsidieaanvraag}, by default a resident of Leiden asking € 10.000 under the test scheme
 * with an advance. Every request has an e-mail address of its own, so a test finds its own mail.
 */
final class Aanvraag {

  private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

  private final Map<String, Object> variabelen = new HashMap<>();

  private Aanvraag() {
    variabelen.put("gemeente", "leiden");
    variabelen.put("regeling", "test-standaard");
    variabelen.put("soortAanvrager", "persoon");
    variabelen.put("bsn", "999993653");
    variabelen.put("aanvragerNaam", "J.P. de Vries");
    variabelen.put("email", "aanvrager-" + VOLGNUMMER.incrementAndGet() + "@voorbeeld.nl");
    variabelen.put("telefoonnummer", "06-12345678");
    variabelen.put("activiteit", "Buurtvoetbaltoernooi voor jongeren");
    variabelen.put("startdatumActiviteit", "2026-04-01");
    variabelen.put("einddatumActiviteit", "2026-06-30");
    variabelen.put("aangevraagdBedrag", 10000.00);
    variabelen.put("begroting", 14000.00);
    variabelen.put("iban", "NL91ABNA0417164300");
    variabelen.put("rekeninghouder", "J.P. de Vries");
  }

  static Aanvraag vanEenInwoner() {
    return new Aanvraag();
  }

  /** An organisation from the KvK test set; an undertaking when {@code onderneming}. */
  static Aanvraag vanEenOrganisatie(String kvkNummer, String naam, boolean onderneming) {
    Aanvraag aanvraag = new Aanvraag();
    aanvraag.variabelen.remove("bsn");
    aanvraag.variabelen.put("soortAanvrager", "organisatie");
    aanvraag.variabelen.put("kvkNummer", kvkNummer);
    aanvraag.variabelen.put("onderneming", onderneming);
    aanvraag.variabelen.put("eerdereDeMinimisSteun", 0.0);
    aanvraag.variabelen.put("aanvragerNaam", naam);
    aanvraag.variabelen.put("rekeninghouder", naam);
    return aanvraag;
  }

  Aanvraag regeling(String regeling) {
    variabelen.put("regeling", regeling);
    return this;
  }

  Aanvraag bsn(String bsn) {
    variabelen.put("bsn", bsn);
    return this;
  }

  /** The amount asked; the budget is a third higher. */
  Aanvraag bedrag(double bedrag) {
    variabelen.put("aangevraagdBedrag", bedrag);
    variabelen.put("begroting", Math.round(bedrag * 1.4 * 100) / 100.0);
    return this;
  }

  Aanvraag eerdereDeMinimisSteun(double bedrag) {
    variabelen.put("eerdereDeMinimisSteun", bedrag);
    return this;
  }

  String email() {
    return (String) variabelen.get("email");
  }

  String naam() {
    return (String) variabelen.get("aanvragerNaam");
  }

  Map<String, Object> variabelen() {
    return new HashMap<>(variabelen);
  }
}
