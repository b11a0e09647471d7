package nl.werkstroom.integration.tekst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The renderer that mail and letter templates share. */
class TextTemplateTest {

  private static final TemplateKind KIND = new TemplateKind("testsjabloon", "Kop:", "kop", "test", "voorbeeld");

  private static final TextTemplate TEMPLATE = TextTemplate.parse(KIND, "besluit", """
      Kop: Besluit {{zaak}}

      U krijgt {{bedrag}}, te betalen vóór {{datum}}.

      {{extra?}}

      Groet""");

  @Test
  void fillsInWithDutchValuesAndAnEmptyOptionalParagraphLeavesNoGap() {
    Map<String, Object> values = Map.of("zaak", "ZAAK-1", "bedrag", 1250.5, "datum", LocalDate.of(2027, 2, 3));

    TEMPLATE.requireValues(values);

    assertThat(TEMPLATE.placeholders()).containsExactly("zaak", "bedrag", "datum", "extra");
    assertThat(TEMPLATE.renderHeader(values)).isEqualTo("Besluit ZAAK-1");
    assertThat(TEMPLATE.renderBody(values, UnaryOperator.identity()))
        .isEqualTo("U krijgt € 1.250,50, te betalen vóór 3 februari 2027.\n\nGroet");
  }

  @Test
  void anOptionalParagraphWithAValueIsKept() {
    Map<String, Object> values = Map.of("zaak", "Z", "bedrag", 1.0, "datum", "2027-02-03", "extra", "Let op.\nTweede regel.");

    assertThat(TEMPLATE.renderBody(values, UnaryOperator.identity()))
        .isEqualTo("U krijgt € 1,00, te betalen vóór 3 februari 2027.\n\nLet op.\nTweede regel.\n\nGroet");
  }

  @Test
  void aMissingRequiredValueIsNamedAndAMissingOptionalOneIsNot() {
    Map<String, Object> values = new HashMap<>();
    values.put("zaak", "Z");
    values.put("bedrag", " ");

    assertThatThrownBy(() -> TEMPLATE.requireValues(values))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Het testsjabloon 'besluit' heeft een waarde nodig voor {{bedrag}}, {{datum}}.");
  }

  @Test
  void aLineBreakInAValueStaysOutOfTheHeader() {
    assertThat(TEMPLATE.renderHeader(Map.of("zaak", "Z-1\r\nBcc: x@example.nl"))).isEqualTo("Besluit Z-1 Bcc: x@example.nl");
  }

  @Test
  void theKindNamesItsHeaderInErrors() {
    assertThatThrownBy(() -> TextTemplate.parse(KIND, "zonder", "Onderwerp: iets\n\nTekst"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Het testsjabloon 'zonder' begint niet met een regel 'Kop: ...'.");
    assertThatThrownBy(() -> TextTemplate.parse(KIND, "leeg", "Kop: \n\nTekst"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Het testsjabloon 'leeg' heeft geen kop of geen tekst.");
    assertThatThrownBy(() -> TextTemplate.parse(KIND, "kapot", "Kop: x\n\n{{naam?x}}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("onvolledig of ongeldig veld");
  }
}
