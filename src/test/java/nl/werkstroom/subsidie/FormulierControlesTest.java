package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkstroom.engine.OngeldigeInvoerException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks on the subsidy forms, as the person completing the task reads them. */
class FormulierControlesTest {

  @Nested
  class AanvraagBeoordelen {

    private final BeoordelingControleren listener = new BeoordelingControleren();

    @Test
    void grantStoresTheAmountInEurosAndClearsAnEarlierRefusalGround() {
      Procesdata data = beoordeling("verlenen", 1000L).met("weigeringsgrond", "BUDGET_ONTOEREIKEND");

      listener.notify(data.task());

      assertThat(data.get("toegekendBedrag")).isEqualTo(1000.0);
      assertThat(data.variabelen).containsEntry("weigeringsgrond", null);
    }

    @Test
    void grantAboveTheRequestedAmount() {
      assertThatThrownBy(() -> listener.notify(beoordeling("verlenen", 1500.01).task()))
          .isInstanceOf(OngeldigeInvoerException.class)
          .hasMessage("Toegekend bedrag: dit mag niet hoger zijn dan het aangevraagde bedrag van € 1.500,00.");
    }

    @Test
    void grantAboveTheSchemesMaximum() {
      Procesdata data = beoordeling("verlenen", 25000.5).met("aangevraagdBedrag", 30000.0);

      assertThatThrownBy(() -> listener.notify(data.task()))
          .hasMessage("Toegekend bedrag: dit mag niet hoger zijn dan het maximumbedrag van de regeling, € 25.000,00.");
    }

    @Test
    void grantOfNothing() {
      assertThatThrownBy(() -> listener.notify(beoordeling("verlenen", 0).task()))
          .hasMessageStartingWith("Toegekend bedrag: vul een bedrag groter dan € 0,00 in.");
    }

    @Test
    void grantInFractionsOfACent() {
      assertThatThrownBy(() -> listener.notify(beoordeling("verlenen", 100.005).task()))
          .hasMessage("Toegekend bedrag: gebruik ten hoogste twee cijfers achter de komma.");
    }

    @Test
    void grantWithoutAmount() {
      assertThatThrownBy(() -> listener.notify(beoordeling("verlenen", null).task()))
          .hasMessage("Toegekend bedrag: vul een bedrag in.");
    }

    @Test
    void grantOfExactlyTheRequestedAmountGivenAsText() {
      Procesdata data = beoordeling("verlenen", "1500,00");

      listener.notify(data.task());

      assertThat(data.get("toegekendBedrag")).isEqualTo(1500.0);
    }

    @Test
    void refusalNeedsAnExplanation() {
      assertThatThrownBy(() -> listener.notify(beoordeling("weigeren", null).met("beoordelingToelichting", "  ").task()))
          .isInstanceOf(OngeldigeInvoerException.class)
          .hasMessage("Toelichting: schrijf waarom u voorstelt de aanvraag te weigeren. Deze uitleg komt in de brief "
              + "aan de aanvrager.");
    }

    @Test
    void refusalIsOnTheMeritsAndGrantsNothing() {
      Procesdata data = beoordeling("weigeren", 800.0).met("beoordelingToelichting", "De activiteit is commercieel.");

      listener.notify(data.task());

      assertThat(data.get("weigeringsgrond")).isEqualTo("INHOUDELIJK");
      assertThat(data.get("toegekendBedrag")).isEqualTo(0.0);
    }

    @Test
    void aProposalMustBeChosen() {
      assertThatThrownBy(() -> listener.notify(beoordeling(null, 800.0).task()))
          .hasMessage("Voorstel: kies of u voorstelt de subsidie te verlenen of te weigeren.");
    }

    private Procesdata beoordeling(String voorstel, Object toegekend) {
      return new Procesdata().met("voorstel", voorstel).met("toegekendBedrag", toegekend)
          .met("aangevraagdBedrag", 1500.0).met("maximumBedrag", 25000.0);
    }
  }

  @Nested
  class VerantwoordingBeoordelen {

    private final VaststellingControleren listener = new VaststellingControleren();

    @Test
    void settlingAtTheGrantedAmountNeedsNoExplanation() {
      Procesdata data = vaststelling(12000L, null);

      listener.notify(data.task());

      assertThat(data.get("vastgesteldBedrag")).isEqualTo(12000.0);
    }

    @Test
    void settlingLowerNeedsAnExplanation() {
      assertThatThrownBy(() -> listener.notify(vaststelling(9000.0, "").task()))
          .isInstanceOf(OngeldigeInvoerException.class)
          .hasMessage("Toelichting: schrijf waarom u de subsidie lager vaststelt dan het toegekende bedrag van "
              + "€ 12.000,00. Deze uitleg komt in de brief aan de subsidieontvanger.");
    }

    @Test
    void settlingLowerWithExplanation() {
      Procesdata data = vaststelling("9000,50", "De helft van de lessen ging niet door.");

      listener.notify(data.task());

      assertThat(data.get("vastgesteldBedrag")).isEqualTo(9000.5);
    }

    @Test
    void settlingAtZeroExOfficio() {
      Procesdata data = vaststelling(0, "Er kwam geen verantwoording.");

      listener.notify(data.task());

      assertThat(data.get("vastgesteldBedrag")).isEqualTo(0.0);
    }

    @Test
    void settlingAboveTheGrant() {
      assertThatThrownBy(() -> listener.notify(vaststelling(12000.01, null).task()))
          .hasMessage("Vastgesteld bedrag: dit mag niet hoger zijn dan het toegekende bedrag van € 12.000,00.");
    }

    @Test
    void settlingBelowZero() {
      assertThatThrownBy(() -> listener.notify(vaststelling(-1.0, "terug").task()))
          .hasMessage("Vastgesteld bedrag: vul € 0,00 of meer in.");
    }

    @Test
    void settlingAtSomethingThatIsNoAmount() {
      assertThatThrownBy(() -> listener.notify(vaststelling("twaalfduizend", null).task()))
          .hasMessage("Vastgesteld bedrag: vul een bedrag in euro's in, bijvoorbeeld 1250,00.");
    }

    private Procesdata vaststelling(Object vastgesteld, String toelichting) {
      return new Procesdata().met("toegekendBedrag", 12000.0).met("vastgesteldBedrag", vastgesteld)
          .met("vaststellingToelichting", toelichting);
    }
  }

  @Nested
  class BesluitNemen {

    private final BesluitControleren listener = new BesluitControleren();

    @Test
    void sendingBackNeedsAReason() {
      assertThatThrownBy(() -> listener.notify(besluit(false, null).task()))
          .isInstanceOf(OngeldigeInvoerException.class)
          .hasMessage("Reden van terugsturen: schrijf wat de behandelaar moet aanpassen.");
    }

    @Test
    void sendingBackWithAReasonGivenAsText() {
      Procesdata data = besluit("false", "Het bedrag is te hoog voor deze activiteit.");

      listener.notify(data.task());

      assertThat(data.get("besluitAkkoord")).isEqualTo(false);
      assertThat(data.get("terugsturenReden")).isEqualTo("Het bedrag is te hoog voor deze activiteit.");
    }

    @Test
    void agreeingClearsAnEarlierReason() {
      Procesdata data = besluit(true, "Het bedrag is te hoog voor deze activiteit.");

      listener.notify(data.task());

      assertThat(data.get("besluitAkkoord")).isEqualTo(true);
      assertThat(data.variabelen).containsEntry("terugsturenReden", null);
    }

    @Test
    void aChoiceMustBeMade() {
      assertThatThrownBy(() -> listener.notify(besluit(null, null).task()))
          .hasMessage("Besluit: kies of u akkoord gaat of de aanvraag terugstuurt naar de behandelaar.");
    }

    private Procesdata besluit(Object akkoord, String reden) {
      return new Procesdata().met("besluitAkkoord", akkoord).met("terugsturenReden", reden);
    }
  }
}
