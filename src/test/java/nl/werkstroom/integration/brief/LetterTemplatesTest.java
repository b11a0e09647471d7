package nl.werkstroom.integration.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkstroom.integration.mail.Mail;
import nl.werkstroom.integration.mail.MailTemplates;
import nl.werkstroom.integration.tekst.TemplateException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The subsidy letters that ship with Werkstroom, filled in as the process fills them in. */
class LetterTemplatesTest {

  /** The process variables the specification makes available to letters. */
  private static final Set<String> AVAILABLE = Set.of("aanvragerNaam", "zaakIdentificatie", "regelingNaam", "grondslag",
      "ontvangstdatum", "activiteit", "startdatumActiviteit", "einddatumActiviteit", "aangevraagdBedrag",
      "toegekendBedrag", "beslisdatum", "nieuweBeslisdatum", "redenVerdaging", "ontbrekendeGegevens",
      "aanvullenUiterlijk", "weigeringsreden", "beoordelingToelichting", "betalingTekst", "verantwoordingTekst",
      "deMinimisTekst", "vastgesteldBedrag", "vaststellingToelichting", "afrekeningTekst", "iban", "gemeente");
  private static final List<String> DECISIONS = List.of("subsidie-buiten-behandeling", "subsidie-weigering",
      "subsidie-verlening", "subsidie-vaststelling");

  private final LetterTemplates templates = new LetterTemplates();

  private static Map<String, Object> zaak() {
    Map<String, Object> values = new HashMap<>();
    values.put("aanvragerNaam", "Sportclub De Sleutels");
    values.put("zaakIdentificatie", "ZAAK-2026-0042");
    values.put("regelingNaam", "Sport en bewegen");
    values.put("grondslag", "de Subsidieregeling sport en bewegen Leiden 2026");
    values.put("ontvangstdatum", "2026-03-02");
    values.put("activiteit", "Zomerkamp voor jongeren");
    values.put("startdatumActiviteit", "2026-07-06");
    values.put("einddatumActiviteit", "2026-07-17");
    values.put("aangevraagdBedrag", 12500.0);
    values.put("toegekendBedrag", 10000.0);
    values.put("beslisdatum", Date.from(LocalDate.of(2026, 4, 27).atTime(23, 59, 59)
        .atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
    values.put("nieuweBeslisdatum", "2026-05-25");
    values.put("redenVerdaging", "Wij wachten op advies van de sportraad.");
    values.put("ontbrekendeGegevens", "De begroting van het zomerkamp.");
    values.put("aanvullenUiterlijk", LocalDate.of(2026, 3, 30));
    values.put("weigeringsreden", "Het subsidieplafond is bereikt (artikel 4:25 Awb).");
    values.put("betalingTekst", "Wij betalen een voorschot van € 8.000,00 binnen zes weken.");
    values.put("verantwoordingTekst", "Stuur uiterlijk 28 augustus 2026 een activiteitenverslag.");
    values.put("deMinimisTekst", "");
    values.put("vastgesteldBedrag", 9000.0);
    values.put("afrekeningTekst", "Wij vorderen € 1.000,00 terug (artikel 4:57 Awb).");
    values.put("iban", "NL91ABNA0417164300");
    values.put("gemeente", "Gemeente Leiden");
    return values;
  }

  @Test
  void everyLetterUsesOnlyAvailableVariablesAndIsAddressedSignedAndNumbered() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:brieven/*.txt");
    assertThat(files).extracting(Resource::getFilename).containsExactlyInAnyOrder(
        "subsidie-verzoek-om-aanvulling.txt", "subsidie-buiten-behandeling.txt", "subsidie-weigering.txt",
        "subsidie-verlening.txt", "subsidie-verdaging.txt", "subsidie-vaststelling.txt");

    for (Resource file : files) {
      String name = file.getFilename().replace(".txt", "");
      LetterTemplate template = templates.template(name);
      assertThat(AVAILABLE).as(name).containsAll(template.placeholders());

      Letter letter = template.render(zaak());

      assertThat(letter.titel()).as(name).contains("ZAAK-2026-0042").doesNotContain("{{");
      assertThat(letter.tekst()).as(name)
          .startsWith("Aan: Sportclub De Sleutels\nZaaknummer: ZAAK-2026-0042")
          .contains("Beste Sportclub De Sleutels,")
          .endsWith("Namens het college van burgemeester en wethouders,\nGemeente Leiden")
          .doesNotContain("{{").doesNotContain("\n\n\n");
      if (DECISIONS.contains(name)) {
        assertThat(letter.tekst()).as(name)
            .contains("binnen zes weken", "artikel 6:7 en 6:8 Awb", "schorst de werking van dit besluit niet (artikel 6:16 Awb)");
      } else {
        assertThat(letter.tekst()).as(name).contains("Tegen deze brief kunt u geen bezwaar maken.");
      }
    }
  }

  @Test
  void theGrantStatesAmountActivityPeriodPaymentAndAccountability() {
    Letter letter = templates.template("subsidie-verlening").render(zaak());

    assertThat(letter.titel()).isEqualTo("Besluit op uw subsidieaanvraag: verlening (ZAAK-2026-0042)");
    assertThat(letter.tekst())
        .contains("Op 2 maart 2026 hebben wij uw aanvraag om subsidie ontvangen. U vraagt € 12.500,00 subsidie")
        .contains("Wij verlenen u een subsidie van ten hoogste € 10.000,00.")
        .contains("De activiteit vindt plaats van 6 juli 2026 tot en met 17 juli 2026.")
        .contains("artikel 4:30 Awb")
        .contains("Wij betalen een voorschot van € 8.000,00 binnen zes weken.")
        .contains("Wij betalen op rekeningnummer NL91ABNA0417164300.")
        .contains("Stuur uiterlijk 28 augustus 2026 een activiteitenverslag.")
        .contains("(artikel 4:46 Awb)", "(artikel 4:57 Awb)");
  }

  @Test
  void theDeMinimisNoticeAppearsOnlyForAnUndertaking() {
    Map<String, Object> onderneming = zaak();
    onderneming.put("deMinimisTekst", "De-minimissteun: € 10.000,00 (Verordening (EU) 2023/2831).");

    String zonder = templates.template("subsidie-verlening").render(zaak()).tekst();
    String met = templates.template("subsidie-verlening").render(onderneming).tekst();

    assertThat(zonder).doesNotContain("De-minimis");
    assertThat(met).contains("Stuur uiterlijk 28 augustus 2026 een activiteitenverslag.\n\n"
        + "De-minimissteun: € 10.000,00 (Verordening (EU) 2023/2831).\n\nBent u het niet eens met dit besluit?");
  }

  @Test
  void theRequestToCompleteAndThePostponementGiveTheirDatesAndArticles() {
    String aanvulling = templates.template("subsidie-verzoek-om-aanvulling").render(zaak()).tekst();
    String verdaging = templates.template("subsidie-verdaging").render(zaak()).tekst();

    assertThat(aanvulling).contains("De begroting van het zomerkamp.", "Stuur de informatie uiterlijk 30 maart 2026",
        "artikel 4:5", "artikel 4:15 Awb");
    assertThat(verdaging).contains("Wij zouden uiterlijk 27 april 2026 over uw aanvraag beslissen.",
        "Wij wachten op advies van de sportraad.", "Wij beslissen uiterlijk 25 mei 2026", "artikel 4:14");
  }

  @Test
  void aMissingValueNamesThePlaceholder() {
    Map<String, Object> values = zaak();
    values.remove("weigeringsreden");

    assertThatThrownBy(() -> templates.template("subsidie-weigering").render(values))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Het briefsjabloon 'subsidie-weigering' heeft een waarde nodig voor {{weigeringsreden}}.");
    assertThatThrownBy(() -> templates.template("subsidie-bestaat-niet"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Er is geen briefsjabloon 'subsidie-bestaat-niet' (bestand brieven/subsidie-bestaat-niet.txt).");
  }

  @Test
  void aLetterGoesOutInTheSubsidieBriefMail() {
    Letter letter = templates.template("subsidie-weigering").render(zaak());

    Mail mail = new MailTemplates().render("subsidie-brief", "info@desleutels.example", Map.of(
        "onderwerp", "Besluit op uw subsidieaanvraag", "naam", "Sportclub De Sleutels", "zaaknummer", "ZAAK-2026-0042",
        "brief", letter.tekst(), "gemeente", "Gemeente Leiden"));

    assertThat(mail.subject()).isEqualTo("Besluit op uw subsidieaanvraag (ZAAK-2026-0042)");
    assertThat(mail.body()).startsWith("Beste Sportclub De Sleutels,").contains(letter.tekst());
    assertThat(mail.html()).contains("<p>Ons besluit<br>\nWij weigeren de subsidie. U krijgt dus geen subsidie voor deze activiteit.</p>");
  }
}
