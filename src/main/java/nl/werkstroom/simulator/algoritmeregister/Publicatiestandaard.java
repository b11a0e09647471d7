package nl.werkstroom.simulator.algoritmeregister;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of publicatiestandaard 1.0 as the aanlever-API validates them ({@code AlgorithmIn}):
 * required fields, lengths, the permitted values of status, publication_category, category, lang
 * and standard_version, and the titled links of the *_grouping lists. Errors in FastAPI's shape:
 * {@code {"detail": [{"type", "loc": ["body", field], "msg"}]}} with HTTP 422.
 */
final class Publicatiestandaard {

  static final List<String> STATUS = List.of("In ontwikkeling", "In gebruik", "Buiten gebruik");
  static final List<String> PUBLICATIECATEGORIE = List.of("Hoog-risico AI-systeem", "Impactvolle algoritmes",
      "Overige algoritmes");
  static final List<String> THEMA = List.of("Organisatie en bedrijfsvoering", "Cultuur en recreatie", "Economie",
      "Overheidsfinanciën", "Wonen", "Internationaal", "Migratie en integratie", "Natuur en milieu",
      "Onderwijs en wetenschap", "Openbare orde en veiligheid", "Recht", "Ruimte en infrastructuur",
      "Sociale zekerheid", "Verkeer", "Werk", "Zorg en gezondheid");
  static final List<String> TAAL = List.of("nld");
  static final List<String> VERSIE = List.of("1.0");
  private static final Pattern MAAND = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  /** Text fields with their maximum length; true when required. */
  private static final Map<String, Integer> TEKST = new LinkedHashMap<>();
  private static final List<String> VERPLICHT = List.of("name", "description_short", "organization", "status",
      "contact_email", "publication_category", "lang");
  private static final List<String> GROEPERINGEN = List.of("lawful_basis_grouping", "impacttoetsen_grouping",
      "source_data_grouping");

  static {
    TEKST.put("name", 100);
    TEKST.put("description_short", 400);
    TEKST.put("organization", 100);
    TEKST.put("begin_date", 7);
    TEKST.put("end_date", 7);
    TEKST.put("contact_email", 500);
    TEKST.put("website", 500);
    TEKST.put("url", 500);
    TEKST.put("goal", 2500);
    TEKST.put("proportionality", 2500);
    TEKST.put("human_intervention", 2500);
    TEKST.put("risks", 2500);
    TEKST.put("lawful_basis", 2500);
    TEKST.put("process_index_url", 500);
    TEKST.put("impacttoetsen", 2500);
    TEKST.put("source_data", 2500);
    TEKST.put("methods_and_models", 5000);
    TEKST.put("provider", 200);
    TEKST.put("publiccode", 500);
    TEKST.put("source_id", 100);
    TEKST.put("tags", 2500);
  }

  private Publicatiestandaard() {
  }

  /** One validation error in FastAPI's shape. */
  record Fout(String type, List<Object> loc, String msg) {
  }

  /** The validation errors of a request body; empty when it is a valid description. */
  static List<Fout> controleer(JsonNode body) {
    List<Fout> fouten = new ArrayList<>();
    if (body == null || !body.isObject()) {
      fouten.add(new Fout("model_attributes_type", List.of("body"), "Input should be a valid dictionary or object"));
      return fouten;
    }
    for (String veld : VERPLICHT) {
      if (leeg(body.get(veld))) {
        fouten.add(new Fout("missing", List.of("body", veld), "Field required"));
      }
    }
    TEKST.forEach((veld, maximum) -> {
      JsonNode node = body.get(veld);
      if (leeg(node)) {
        return;
      }
      if (!node.isTextual()) {
        fouten.add(new Fout("string_type", List.of("body", veld), "Input should be a valid string"));
      } else if (node.asText().length() > maximum) {
        fouten.add(new Fout("string_too_long", List.of("body", veld),
            "String should have at most " + maximum + " characters"));
      }
    });
    keuze(body, "status", STATUS, fouten);
    keuze(body, "publication_category", PUBLICATIECATEGORIE, fouten);
    keuze(body, "lang", TAAL, fouten);
    keuze(body, "standard_version", VERSIE, fouten);
    for (String veld : List.of("begin_date", "end_date")) {
      JsonNode node = body.get(veld);
      if (!leeg(node) && node.isTextual() && !MAAND.matcher(node.asText()).matches()) {
        fouten.add(new Fout("string_pattern_mismatch", List.of("body", veld),
            "String should match pattern '^\\d{4}-(0[1-9]|1[0-2])$'"));
      }
    }
    JsonNode thema = body.get("category");
    if (!leeg(thema)) {
      if (!thema.isArray()) {
        fouten.add(new Fout("list_type", List.of("body", "category"), "Input should be a valid list"));
      } else {
        for (int i = 0; i < thema.size(); i++) {
          if (!THEMA.contains(thema.get(i).asText())) {
            fouten.add(new Fout("enum", List.of("body", "category", i), "Input should be " + opsomming(THEMA)));
          }
        }
      }
    }
    for (String veld : GROEPERINGEN) {
      JsonNode lijst = body.get(veld);
      if (leeg(lijst)) {
        continue;
      }
      if (!lijst.isArray()) {
        fouten.add(new Fout("list_type", List.of("body", veld), "Input should be a valid list"));
        continue;
      }
      for (int i = 0; i < lijst.size(); i++) {
        for (String deel : List.of("title", "link")) {
          if (leeg(lijst.get(i).get(deel))) {
            fouten.add(new Fout("missing", List.of("body", veld, i, deel), "Field required"));
          }
        }
      }
    }
    return fouten;
  }

  /** The description as the register keeps it: the standard's fields only, without empty ones. */
  static ObjectNode inhoud(JsonNode body) {
    ObjectNode inhoud = JsonNodeFactory.instance.objectNode();
    List<String> velden = new ArrayList<>(TEKST.keySet());
    velden.addAll(List.of("category", "status", "publication_category", "lang", "standard_version"));
    velden.addAll(GROEPERINGEN);
    for (String veld : velden) {
      JsonNode node = body.get(veld);
      if (!leeg(node)) {
        inhoud.set(veld, node);
      }
    }
    if (!inhoud.has("standard_version")) {
      inhoud.put("standard_version", "1.0");
    }
    return inhoud;
  }

  private static void keuze(JsonNode body, String veld, List<String> toegestaan, List<Fout> fouten) {
    JsonNode node = body.get(veld);
    if (!leeg(node) && !toegestaan.contains(node.asText())) {
      fouten.add(new Fout("enum", List.of("body", veld), "Input should be " + opsomming(toegestaan)));
    }
  }

  private static String opsomming(List<String> waarden) {
    List<String> quoted = waarden.stream().map(w -> "'" + w + "'").toList();
    return quoted.size() == 1 ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
  }

  private static boolean leeg(JsonNode node) {
    return node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())
        || (node.isArray() && node.isEmpty());
  }
}
