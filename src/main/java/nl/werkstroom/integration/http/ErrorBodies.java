package nl.werkstroom.integration.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what a backend said in its error body, whatever standard it follows: problem+json as the
 * ZGW and Haal Centraal APIs send it ({@code title}, {@code detail}, {@code invalidParams}), KvK's
 * {@code fout} list, SCIM's {@code detail}, the Algoritmeregister's FastAPI {@code detail} list, an
 * OAuth server's {@code error_description}, or plain text. Nine-digit numbers (a BSN, an RSIN), e-mail
 * addresses and IBANs are masked: a backend may echo them, and incident messages must not carry them.
 */
public final class ErrorBodies {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NINE_DIGITS = Pattern.compile("\\b\\d{9}\\b");
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@\"'<>]+@[^\\s@\"'<>]+\\.[A-Za-z]{2,}");
  private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}[A-Z0-9]{10,30}\\b");
  private static final int MAX_LENGTH = 500;

  private ErrorBodies() {
  }

  public static String describe(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String description;
    try {
      description = describe(JSON.readTree(text));
    } catch (Exception notJson) {
      description = text.strip();
    }
    return shorten(mask(description));
  }

  public static String mask(String text) {
    String masked = NINE_DIGITS.matcher(text).replaceAll("*********");
    masked = EMAIL_ADDRESS.matcher(masked).replaceAll("(e-mailadres)");
    return IBAN.matcher(masked).replaceAll("(IBAN)");
  }

  private static String describe(JsonNode error) {
    List<String> parts = new ArrayList<>();
    addText(parts, error.get("title"));
    addText(parts, error.get("detail"));
    for (JsonNode fastApi : iterable(error.get("detail"))) {
      parts.add(location(fastApi.path("loc")) + fastApi.path("msg").asText(""));
    }
    addText(parts, error.get("error_description"));
    for (JsonNode param : iterable(error.get("invalidParams"))) {
      parts.add(param.path("name").asText("?") + ": " + param.path("reason").asText(param.path("code").asText("")));
    }
    for (JsonNode fout : iterable(error.get("fout"))) {
      parts.add(fout.path("omschrijving").asText(fout.path("code").asText("")));
    }
    addText(parts, error.get("message"));
    // A body without a known field is not echoed: it may hold anything, personal data included.
    return String.join("; ", parts);
  }

  /** A FastAPI location such as ["body", "name"], as "name: ". */
  private static String location(JsonNode loc) {
    List<String> path = new ArrayList<>();
    for (JsonNode part : iterable(loc)) {
      if (!"body".equals(part.asText())) {
        path.add(part.asText());
      }
    }
    return path.isEmpty() ? "" : String.join(".", path) + ": ";
  }

  private static void addText(List<String> parts, JsonNode node) {
    if (node != null && node.isTextual() && !node.asText().isBlank() && !parts.contains(node.asText())) {
      parts.add(node.asText());
    }
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node != null && node.isArray() ? node : List.of();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
