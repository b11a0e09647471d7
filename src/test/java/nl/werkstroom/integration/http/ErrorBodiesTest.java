package nl.werkstroom.integration.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a backend said reaches the incident message, without the personal data it may echo. */
class ErrorBodiesTest {

  @Test
  void problemJsonBecomesTitleDetailAndFields() {
    String body = """
        {"title":"Invalid input.","invalidParams":[{"name":"zaaktype","code":"bad-url","reason":"Ongeldige URL."}]}""";

    assertThat(describe(body)).isEqualTo("Invalid input.; zaaktype: Ongeldige URL.");
  }

  @Test
  void bsnEmailAddressAndIbanAreMasked() {
    String body = """
        {"detail":"Persoon 999993653 (j.jansen@example.org) met rekening NL91ABNA0417164300 onbekend"}""";

    assertThat(describe(body))
        .doesNotContain("999993653", "j.jansen@example.org", "NL91ABNA0417164300")
        .contains("*********", "(e-mailadres)", "(IBAN)");
  }

  @Test
  void aBodyWithoutKnownFieldsIsNotEchoed() {
    assertThat(describe("{\"crediteur\":{\"naam\":\"J. Jansen\"}}")).isEmpty();
  }

  private static String describe(String body) {
    return ErrorBodies.describe(body.getBytes(StandardCharsets.UTF_8));
  }
}
