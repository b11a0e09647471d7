package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four decision tables of the subsidy process, evaluated on the files in {@code processes/subsidie}
 * with a plain DMN engine (no process engine): every rule, the boundaries the law and the tenants'
 * tiers draw, and the inputs that are absent for one kind of applicant. After all tests every rule of
 * every table must have matched at least once.
 */
class SubsidieBeslisregelsTest {

  private static final Path MODELS = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("processes/subsidie");
  private static final List<String> DECISIONS = List.of(
      "subsidieSubsidiabiliteit", "subsidieDeMinimis", "subsidieVerantwoordingsniveau", "subsidieWeigeringsgronden");
  private static final Set<String> MATCHED_RULES = ConcurrentHashMap.newKeySet();
  private static final DmnEngine DMN = engine();
  private static final Map<String, DmnDecision> PARSED = new ConcurrentHashMap<>();

  // ---- Subsidiabiliteit --------------------------------------------------------------------------

  @Test
  void aRequestWithinThePeriodOfALivingApplicantIsEligible() {
    DmnDecisionRuleResult result = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", true, "persoonOverleden", false, "bedrijfActief", true);

    assertThat(result.<Boolean>getEntry("subsidiabel")).isTrue();
    assertThat(result.<String>getEntry("weigeringsgrond")).isNull();
  }

  @Test
  void aRequestOutsideThePeriodIsRefusedFirstOfAll() {
    DmnDecisionRuleResult result = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", false, "persoonOverleden", true, "bedrijfActief", false);

    assertThat(result.<Boolean>getEntry("subsidiabel")).isFalse();
    assertThat(result.<String>getEntry("weigeringsgrond")).isEqualTo("BUITEN_AANVRAAGPERIODE");
  }

  @Test
  void aDeceasedApplicantIsNotEligible() {
    DmnDecisionRuleResult result = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", true, "persoonOverleden", true, "bedrijfActief", true);

    assertThat(result.<Boolean>getEntry("subsidiabel")).isFalse();
    assertThat(result.<String>getEntry("weigeringsgrond")).isEqualTo("AANVRAGER_OVERLEDEN");
  }

  @Test
  void anOrganisationWhoseRegistrationEndedIsNotEligible() {
    DmnDecisionRuleResult result = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", true, "persoonOverleden", false, "bedrijfActief", false);

    assertThat(result.<Boolean>getEntry("subsidiabel")).isFalse();
    assertThat(result.<String>getEntry("weigeringsgrond")).isEqualTo("BEDRIJF_NIET_ACTIEF");
  }

  @Test
  void anInputThatIsAbsentForTheKindOfApplicantIsNoGroundForRefusal() {
    DmnDecisionRuleResult organisatie = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", true, "bedrijfActief", true);
    DmnDecisionRuleResult persoon = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", true, "persoonOverleden", false);
    DmnDecisionRuleResult beideAfwezig = evaluate("subsidieSubsidiabiliteit", "binnenAanvraagperiode", true);

    assertThat(organisatie.<Boolean>getEntry("subsidiabel")).isTrue();
    assertThat(persoon.<Boolean>getEntry("subsidiabel")).isTrue();
    assertThat(beideAfwezig.<Boolean>getEntry("subsidiabel")).isTrue();
    assertThat(beideAfwezig.<String>getEntry("weigeringsgrond")).isNull();
  }

  @Test
  void anAbsentInputDoesNotHideAGroundFoundInTheOther() {
    DmnDecisionRuleResult beeindigd = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", true, "bedrijfActief", false);
    DmnDecisionRuleResult overleden = evaluate("subsidieSubsidiabiliteit",
        "binnenAanvraagperiode", true, "persoonOverleden", true);

    assertThat(beeindigd.<String>getEntry("weigeringsgrond")).isEqualTo("BEDRIJF_NIET_ACTIEF");
    assertThat(overleden.<String>getEntry("weigeringsgrond")).isEqualTo("AANVRAGER_OVERLEDEN");
  }

  // ---- DeMinimis ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "eerder {0} + aangevraagd {1}: binnen de grens")
  @CsvSource({"0.0, 25000.0", "275000.0, 25000.0", "299999.99, 0.01"})
  void upToThreeHundredThousandEurosOverThreeYearsIsAllowed(double eerder, double aangevraagd) {
    DmnDecisionRuleResult result = evaluate("subsidieDeMinimis",
        "eerdereDeMinimisSteun", eerder, "aangevraagdBedrag", aangevraagd);

    assertThat(result.<Boolean>getEntry("binnenDeMinimisgrens")).isTrue();
    assertThat(result.<String>getEntry("weigeringsgrond")).isNull();
  }

  @ParameterizedTest(name = "eerder {0} + aangevraagd {1}: boven de grens")
  @CsvSource({"275000.01, 25000.0", "300000.0, 0.01", "250000.0, 60000.0"})
  void aboveThreeHundredThousandEurosTheAidIsRefused(double eerder, double aangevraagd) {
    DmnDecisionRuleResult result = evaluate("subsidieDeMinimis",
        "eerdereDeMinimisSteun", eerder, "aangevraagdBedrag", aangevraagd);

    assertThat(result.<Boolean>getEntry("binnenDeMinimisgrens")).isFalse();
    assertThat(result.<String>getEntry("weigeringsgrond")).isEqualTo("DE_MINIMIS_OVERSCHREDEN");
  }

  @Test
  void earlierAidThatWasNotDeclaredCannotBeChecked() {
    DmnDecisionRuleResult leeg = evaluate("subsidieDeMinimis", "eerdereDeMinimisSteun", null, "aangevraagdBedrag", 25000.0);
    DmnDecisionRuleResult afwezig = evaluate("subsidieDeMinimis", "aangevraagdBedrag", 25000.0);

    assertThat(leeg.<Boolean>getEntry("binnenDeMinimisgrens")).isFalse();
    assertThat(leeg.<String>getEntry("weigeringsgrond")).isEqualTo("DE_MINIMIS_ONBEKEND");
    assertThat(afwezig.<String>getEntry("weigeringsgrond")).isEqualTo("DE_MINIMIS_ONBEKEND");
  }

  // ---- Verantwoordingsniveau ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0} euro bij grenzen {1}/{2}: {3}")
  @CsvSource({
      "0.01, 5000.0, 50000.0, direct",
      "5000.0, 5000.0, 50000.0, direct",
      "5000.01, 5000.0, 50000.0, activiteitenverslag",
      "50000.0, 5000.0, 50000.0, activiteitenverslag",
      "50000.01, 5000.0, 50000.0, financieel-verslag",
      "60000.0, 5000.0, 125000.0, activiteitenverslag",
      "125000.01, 5000.0, 125000.0, financieel-verslag"})
  void theGrantedAmountAgainstTheTiersOfTheMunicipality(double toegekend, double ondergrens, double bovengrens,
      String niveau) {
    DmnDecisionRuleResult result = evaluate("subsidieVerantwoordingsniveau", "toegekendBedrag", toegekend,
        "verantwoordingOndergrens", ondergrens, "verantwoordingBovengrens", bovengrens);

    assertThat(result.<String>getEntry("verantwoordingsniveau")).isEqualTo(niveau);
  }

  // ---- Weigeringsgronden -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "BUITEN_AANVRAAGPERIODE  | buiten de aanvraagperiode   | artikel 4:27",
      "AANVRAGER_OVERLEDEN     | overleden                   | artikel 4:35, eerste lid, onder a",
      "BEDRIJF_NIET_ACTIEF     | inschrijving                | artikel 4:35, eerste lid, onder a",
      "PERSOON_ONBEKEND        | Basisregistratie Personen   | artikel 4:35, tweede lid, onder a",
      "BSN_ONGELDIG            | geen geldig burgerservicenummer | artikel 4:35, tweede lid, onder a",
      "BEDRIJF_ONBEKEND        | Handelsregister             | artikel 4:35, tweede lid, onder a",
      "KVK_NUMMER_ONGELDIG     | geen geldig KVK-nummer      | artikel 4:35, tweede lid, onder a",
      "DE_MINIMIS_OVERSCHREDEN | € 300.000                   | Verordening (EU) 2023/2831",
      "DE_MINIMIS_ONBEKEND     | niet opgegeven              | Verordening (EU) 2023/2831",
      "BUDGET_ONTOEREIKEND     | subsidieplafond             | artikel 4:25, tweede lid"})
  void everyGroundBecomesALetterTextThatNamesTheArticle(String grond, String waarom, String artikel) {
    DmnDecisionRuleResult result = evaluate("subsidieWeigeringsgronden", "weigeringsgrond", grond);

    assertThat(result.<String>getEntry("weigeringsreden")).contains(waarom).contains(artikel);
  }

  @Test
  void aRefusalOnTheMeritsQuotesTheOfficersMotivation() {
    DmnDecisionRuleResult result = evaluate("subsidieWeigeringsgronden", "weigeringsgrond", "INHOUDELIJK",
        "beoordelingToelichting", "De activiteit valt buiten het doel van de regeling: zij is niet op sport gericht.");

    assertThat(result.<String>getEntry("weigeringsreden"))
        .contains("artikel 4:35")
        .endsWith("De activiteit valt buiten het doel van de regeling: zij is niet op sport gericht.");
  }

  @Test
  void anUnknownGroundGivesNoText() {
    DmnDecisionTableResult result = DMN.evaluateDecisionTable(decision("subsidieWeigeringsgronden"),
        variables("weigeringsgrond", "ONBEKENDE_GROND"));

    assertThat(result).isEmpty();
  }

  @AfterAll
  static void everyRuleOfEveryTableHasMatched() {
    Set<String> unmatched = new TreeSet<>();
    for (String key : DECISIONS) {
      DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision(key).getDecisionLogic();
      for (DmnDecisionTableRuleImpl rule : table.getRules()) {
        if (!MATCHED_RULES.contains(rule.getId())) {
          unmatched.add(key + "/" + rule.getId());
        }
      }
    }
    assertThat(unmatched).as("rules no test reaches").isEmpty();
  }

  private static DmnDecisionRuleResult evaluate(String key, Object... namesAndValues) {
    DmnDecisionTableResult result = DMN.evaluateDecisionTable(decision(key), variables(namesAndValues));
    assertThat(result).as("exactly one rule of %s matches", key).hasSize(1);
    return result.getSingleResult();
  }

  private static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }

  private static DmnDecision decision(String key) {
    return PARSED.computeIfAbsent(key, name -> {
      try (InputStream in = Files.newInputStream(MODELS.resolve(name + ".dmn"))) {
        return DMN.parseDecision(name, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static DmnEngine engine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationEvent event) ->
        event.getMatchingRules().forEach(rule -> MATCHED_RULES.add(rule.getId()))));
    return configuration.buildEngine();
  }
}
