package nl.werkstroom.simulator.brp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code fields} parameter of the BRP Personen API 2 for a {@code Persoon}: which paths exist,
 * which may not be asked for (they are delivered automatically), and the projection of a stored
 * person onto the requested paths. As in the API, asking for a group ({@code naam}) gives the whole
 * group, asking for a field of a date or table value ({@code geboorte.datum.datum},
 * {@code geslacht.code}) gives the whole date or table value, and a polymorphic group keeps its
 * {@code type}. Groups the simulator does not model in detail (partners, kinderen, ouders,
 * nationaliteiten ...) accept any path below them.
 */
final class BrpFields {

  /** How a node of the Persoon schema answers to a path. */
  private enum Kind {
    /** A group with known children. */
    GROUP,
    /** A plain value: no path below it. */
    VALUE,
    /** A date or table value: delivered whole, whatever sub-path is asked for. */
    WHOLE,
    /** A group the simulator does not model: any sub-path is accepted, the whole group delivered. */
    OPAQUE
  }

  private record Node(Kind kind, Map<String, Node> children) {
  }

  enum Check { VALID, UNKNOWN, NOT_ALLOWED }

  /** Delivered with every person that has them; asking for them is a 400 ("niet toegestane veldnaam"). */
  static final Set<String> AUTOMATIC = Set.of("inOnderzoek", "geheimhoudingPersoonsgegevens", "opschortingBijhouding",
      "rni", "verificatie");

  private static final Node VALUE = new Node(Kind.VALUE, Map.of());
  private static final Node WHOLE = new Node(Kind.WHOLE, Map.of());
  private static final Node OPAQUE = new Node(Kind.OPAQUE, Map.of());

  private static final Node PERSOON = group(
      "aNummer", VALUE,
      "burgerservicenummer", VALUE,
      "datumEersteInschrijvingGBA", WHOLE,
      "geslacht", WHOLE,
      "leeftijd", VALUE,
      "naam", group(
          "voornamen", VALUE,
          "adellijkeTitelPredicaat", WHOLE,
          "voorvoegsel", VALUE,
          "geslachtsnaam", VALUE,
          "voorletters", VALUE,
          "volledigeNaam", VALUE,
          "aanduidingNaamgebruik", WHOLE),
      "geboorte", group("datum", WHOLE, "land", WHOLE, "plaats", WHOLE),
      "overlijden", group("datum", WHOLE, "land", WHOLE, "plaats", WHOLE),
      "verblijfplaats", group(
          "type", VALUE,
          "verblijfadres", group(
              "officieleStraatnaam", VALUE,
              "korteStraatnaam", VALUE,
              "huisnummer", VALUE,
              "huisletter", VALUE,
              "huisnummertoevoeging", VALUE,
              "aanduidingBijHuisnummer", WHOLE,
              "postcode", VALUE,
              "woonplaats", VALUE,
              "regel1", VALUE,
              "regel2", VALUE,
              "regel3", VALUE,
              "land", WHOLE,
              "locatiebeschrijving", VALUE),
          "functieAdres", WHOLE,
          "adresseerbaarObjectIdentificatie", VALUE,
          "nummeraanduidingIdentificatie", VALUE,
          "datumVan", WHOLE,
          "datumIngangGeldigheid", WHOLE,
          "indicatieVastgesteldVerblijftNietOpAdres", VALUE),
      "gemeenteVanInschrijving", WHOLE,
      "datumInschrijvingInGemeente", WHOLE,
      "adressering", group(
          "aanhef", VALUE,
          "aanschrijfwijze", group("naam", VALUE, "aanspreekvorm", VALUE),
          "gebruikInLopendeTekst", VALUE,
          "adresregel1", VALUE,
          "adresregel2", VALUE,
          "adresregel3", VALUE,
          "land", WHOLE,
          "indicatieVastgesteldVerblijftNietOpAdres", VALUE),
      "indicatieCurateleRegister", VALUE,
      "indicatieGezagMinderjarige", WHOLE,
      "uitsluitingKiesrecht", OPAQUE,
      "europeesKiesrecht", OPAQUE,
      "nationaliteiten", OPAQUE,
      "immigratie", OPAQUE,
      "verblijfstitel", OPAQUE,
      "gezag", OPAQUE,
      "kinderen", OPAQUE,
      "ouders", OPAQUE,
      "partners", OPAQUE);

  private BrpFields() {
  }

  static Check check(String path) {
    Node node = PERSOON;
    for (String segment : path.split("\\.", -1)) {
      if (AUTOMATIC.contains(segment)) {
        return Check.NOT_ALLOWED;
      }
      switch (node.kind()) {
        case WHOLE, OPAQUE -> {
          return Check.VALID;
        }
        case VALUE -> {
          return Check.UNKNOWN;
        }
        case GROUP -> {
          node = node.children().get(segment);
          if (node == null) {
            return Check.UNKNOWN;
          }
        }
      }
    }
    return Check.VALID;
  }

  /**
   * The person with only the requested (valid) paths, plus the fields the API always delivers.
   */
  static ObjectNode project(ObjectNode persoon, List<String> paths) {
    Map<String, Object> selection = new LinkedHashMap<>();
    for (String path : paths) {
      select(selection, PERSOON, path.split("\\."), 0);
    }
    ObjectNode result = project(persoon, selection);
    for (String automatic : AUTOMATIC) {
      if (persoon.has(automatic)) {
        result.set(automatic, persoon.get(automatic).deepCopy());
      }
    }
    return result;
  }

  private static final Object ALL = new Object();

  @SuppressWarnings("unchecked")
  private static void select(Map<String, Object> selection, Node node, String[] segments, int index) {
    String segment = segments[index];
    Node child = node.children().get(segment);
    boolean whole = index == segments.length - 1 || child.kind() != Kind.GROUP;
    if (whole) {
      selection.put(segment, ALL);
      return;
    }
    Object existing = selection.get(segment);
    if (existing == ALL) {
      return;
    }
    Map<String, Object> sub = existing == null ? new LinkedHashMap<>() : (Map<String, Object>) existing;
    selection.put(segment, sub);
    select(sub, child, segments, index + 1);
  }

  @SuppressWarnings("unchecked")
  private static ObjectNode project(JsonNode source, Map<String, Object> selection) {
    ObjectNode target = JsonNodeFactory.instance.objectNode();
    selection.forEach((name, selected) -> {
      JsonNode value = source.get(name);
      if (value == null || value.isNull()) {
        return;
      }
      if (selected == ALL || !value.isObject()) {
        target.set(name, value.deepCopy());
        return;
      }
      ObjectNode part = project(value, (Map<String, Object>) selected);
      if (!part.isEmpty()) {
        if (value.has("type") && !part.has("type")) {
          part.set("type", value.get("type").deepCopy());
        }
        target.set(name, part);
      }
    });
    return target;
  }

  private static Node group(Object... namesAndNodes) {
    Map<String, Node> children = new LinkedHashMap<>();
    for (int i = 0; i < namesAndNodes.length; i += 2) {
      children.put((String) namesAndNodes[i], (Node) namesAndNodes[i + 1]);
    }
    return new Node(Kind.GROUP, Map.copyOf(children));
  }
}
