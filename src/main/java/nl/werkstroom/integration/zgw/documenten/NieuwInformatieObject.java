package nl.werkstroom.integration.zgw.documenten;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * A document to store ({@code POST /enkelvoudiginformatieobjecten}, Documenten API 1.4). Required by
 * the standard: {@code bronorganisatie} (RSIN), {@code creatiedatum}, {@code titel}, {@code auteur},
 * {@code taal} (ISO 639-2/B, {@code dut}) and {@code informatieobjecttype} (URL in the Catalogi API).
 * {@code inhoud} is the file, base64-encoded. When {@code identificatie} is empty the API generates
 * one; when {@code vertrouwelijkheidaanduiding} is empty the API takes the informatieobjecttype's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuwInformatieObject(
    String bronorganisatie,
    LocalDate creatiedatum,
    String titel,
    String auteur,
    String taal,
    String formaat,
    String bestandsnaam,
    String inhoud,
    String vertrouwelijkheidaanduiding,
    String informatieobjecttype,
    String identificatie,
    String status) {

  /** Dutch ({@code taal}). */
  public static final String NEDERLANDS = "dut";
  /** A document that is done ({@code status}): established by whoever may do so. */
  public static final String DEFINITIEF = "definitief";

  /** The content of a file as {@code inhoud} carries it: base64. */
  public static String base64(byte[] content) {
    return Base64.getEncoder().encodeToString(content);
  }

  /** Text as a UTF-8 file, base64-encoded. */
  public static String base64(String text) {
    return base64(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    // The content may hold personal data: never in a log line or an exception message.
    return "NieuwInformatieObject[identificatie=" + identificatie + ", informatieobjecttype=" + informatieobjecttype + "]";
  }
}
