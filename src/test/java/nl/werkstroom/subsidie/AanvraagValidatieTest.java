package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.api.Veldfout;
import nl.werkstroom.organisation.TenantProperties;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import org.junit.jupiter.api.Test;

class AanvraagValidatieTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

  private final AanvraagValidatie validatie = new AanvraagValidatie(new Regelingen(properties()),
      new TenantProperties(List.of(new TenantProperties.Tenant("leiden", "Gemeente Leiden"))));

  @Test
  void aCompleteRequestOfAPersonBecomesTypedVariables() {
    AanvraagValidatie.Uitkomst uitkomst = validatie.valideer("leiden", persoon(), VANDAAG);

    assertThat(uitkomst.fouten()).isEmpty();
    assertThat(uitkomst.variabelen())
        .containsEntry("aangevraagdBedrag", 1250.5)
        .containsEntry("begroting", 4000.0)
        .containsEntry("onderneming", false)
        .containsEntry("eerdereDeMinimisSteun", 0.0)
        .containsEntry("iban", "NL91ABNA0417164300")
        .containsEntry("startdatumActiviteit", "2026-04-01")
        .containsEntry("ontvangstdatum", "2026-03-02")
        .doesNotContainKey("onbekendVeld");
    assertThat(uitkomst.overbodig()).containsExactly("kvkNummer");
  }

  @Test
  void anOrganisationDeclaresWhetherItIsAnUndertakingAndItsEarlierAid() {
    Map<String, Object> aanvraag = persoon();
    aanvraag.remove("bsn");
    aanvraag.put("soortAanvrager", "organisatie");
    aanvraag.put("kvkNummer", "69599084");
    aanvraag.put("onderneming", true);
    aanvraag.put("eerdereDeMinimisSteun", 12000);

    AanvraagValidatie.Uitkomst uitkomst = validatie.valideer("leiden", aanvraag, VANDAAG);

    assertThat(uitkomst.fouten()).isEmpty();
    assertThat(uitkomst.variabelen()).containsEntry("onderneming", true).containsEntry("eerdereDeMinimisSteun", 12000.0)
        .containsEntry("kvkNummer", "69599084").doesNotContainKey("bsn");
    assertThat(uitkomst.overbodig()).containsExactly("bsn");
  }

  @Test
  void everyMissingFieldIsNamed() {
    AanvraagValidatie.Uitkomst uitkomst = validatie.valideer("leiden", Map.of(), VANDAAG);

    assertThat(velden(uitkomst)).containsExactlyInAnyOrder("regeling", "soortAanvrager", "aanvragerNaam", "email",
        "activiteit", "startdatumActiviteit", "einddatumActiviteit", "aangevraagdBedrag", "begroting", "iban",
        "rekeninghouder");
    assertThat(uitkomst.samenvatting()).startsWith("De aanvraag is niet in orde. ").contains("De regeling ontbreekt.");
  }

  @Test
  void aBsnMustPassTheElfproefAndIsNeverRepeated() {
    Map<String, Object> aanvraag = persoon();
    aanvraag.put("bsn", "123456789");

    AanvraagValidatie.Uitkomst uitkomst = validatie.valideer("leiden", aanvraag, VANDAAG);

    assertThat(uitkomst.fouten()).containsExactly(
        new Veldfout("bsn", "Het burgerservicenummer is ongeldig: het voldoet niet aan de elfproef."));
    assertThat(uitkomst.samenvatting()).doesNotContain("123456789");
    aanvraag.put("bsn", "12345");
    assertThat(validatie.valideer("leiden", aanvraag, VANDAAG).fouten()).extracting(Veldfout::melding)
        .containsExactly("Het burgerservicenummer moet uit precies 9 cijfers bestaan.");
  }

  @Test
  void amountsArePositiveInCentsAndNotAbsurd() {
    assertThat(fout("aangevraagdBedrag", -5)).isEqualTo("Het aangevraagde bedrag moet groter zijn dan 0.");
    assertThat(fout("aangevraagdBedrag", 0)).isEqualTo("Het aangevraagde bedrag moet groter zijn dan 0.");
    assertThat(fout("aangevraagdBedrag", new BigDecimal("10.005"))).contains("ten hoogste twee decimalen");
    assertThat(fout("begroting", 1e12)).contains("onwaarschijnlijk hoog");
    assertThat(fout("aangevraagdBedrag", "1250")).contains("moet een bedrag in euro's zijn");
    assertThat(fout("begroting", 1000)).contains("lager dan het aangevraagde bedrag");
  }

  @Test
  void formatsOfContactDatesAndAccountAreChecked() {
    assertThat(fout("email", "geen-adres")).contains("e-mailadres is ongeldig");
    assertThat(fout("telefoonnummer", "12")).contains("geen Nederlands nummer");
    assertThat(fout("iban", "NL91ABNA0417164301")).contains("IBAN is ongeldig");
    assertThat(fout("startdatumActiviteit", "01-04-2026")).contains("JJJJ-MM-DD");
    assertThat(fout("einddatumActiviteit", "2026-03-31")).contains("ligt voor de startdatum");
    assertThat(fout("ontvangstdatum", "2026-03-03")).contains("in de toekomst");
    assertThat(fout("activiteit", "x".repeat(1001))).contains("ten hoogste 1000 tekens");
    assertThat(fout("aanvragerNaam", 42)).isEqualTo("De naam van de aanvrager moet tekst zijn.");
    assertThat(fout("soortAanvrager", "bedrijf")).contains("'persoon' of 'organisatie'");
  }

  @Test
  void anUnknownSchemeListsTheSchemesOfTheMunicipality() {
    assertThat(fout("regeling", "kunst")).isEqualTo("Gemeente Leiden kent geen regeling 'kunst'. Kies uit: sport-en-bewegen.");
  }

  @Test
  void aSchemeWhosePeriodHasClosedIsNoInputErrorButTheProcessRefusesIt() {
    Map<String, Object> aanvraag = persoon();
    aanvraag.put("ontvangstdatum", "2025-12-31");

    assertThat(validatie.valideer("leiden", aanvraag, VANDAAG).fouten()).isEmpty();
  }

  private String fout(String veld, Object waarde) {
    Map<String, Object> aanvraag = persoon();
    aanvraag.put(veld, waarde);
    List<Veldfout> fouten = validatie.valideer("leiden", aanvraag, VANDAAG).fouten();
    assertThat(fouten).as(veld).hasSize(1);
    return fouten.get(0).melding();
  }

  private static List<String> velden(AanvraagValidatie.Uitkomst uitkomst) {
    return uitkomst.fouten().stream().map(Veldfout::veld).toList();
  }

  static Map<String, Object> persoon() {
    Map<String, Object> aanvraag = new HashMap<>();
    aanvraag.put("regeling", "sport-en-bewegen");
    aanvraag.put("soortAanvrager", "persoon");
    aanvraag.put("bsn", "999990408");
    aanvraag.put("aanvragerNaam", "J. de Vries");
    aanvraag.put("email", "j.devries@voorbeeld.nl");
    aanvraag.put("telefoonnummer", "06-12345678");
    aanvraag.put("activiteit", "Buurtvoetbaltoernooi voor jongeren");
    aanvraag.put("startdatumActiviteit", "2026-04-01");
    aanvraag.put("einddatumActiviteit", "2026-06-30");
    aanvraag.put("aangevraagdBedrag", 1250.50);
    aanvraag.put("begroting", 4000);
    aanvraag.put("iban", "NL91 ABNA 0417 1643 00");
    aanvraag.put("rekeninghouder", "J. de Vries");
    aanvraag.put("onbekendVeld", "wordt genegeerd");
    return aanvraag;
  }

  private static SubsidieProperties properties() {
    Regeling sport = new Regeling("sport-en-bewegen", "Subsidieregeling sport en bewegen", "ASV Leiden",
        LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), "SUB-SPORT", new BigDecimal("250000.00"),
        new BigDecimal("25000.00"), Verdeling.VOLGORDE_VAN_BINNENKOMST, 8, 2, 80, 13, 8);
    return new SubsidieProperties(Map.of("leiden",
        new SubsidieProperties.Gemeente(
        new SubsidieProperties.Verantwoording(new BigDecimal("5000.00"), new BigDecimal("50000.00")), List.of(sport))), 14);
  }
}
