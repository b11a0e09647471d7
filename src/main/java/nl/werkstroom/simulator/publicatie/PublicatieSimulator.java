package nl.werkstroom.simulator.publicatie;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Official publication as Werkstroom's submission contract describes it ({@code /openapi/publicatie.yaml}),
 * under {@code /simulator/publicatie/api/v1}. A submission is accepted at once (202) and appears
 * after the configured delay with a number and URL in the style of officielebekendmakingen.nl. The
 * status is computed when read, from the submission time, so no background work is needed and a
 * restart loses nothing.
 */
@RestController
@ConditionalOnProperty("werkstroom.simulators.enabled")
@RequestMapping("/simulator/publicatie/api/v1/publicaties")
class PublicatieSimulator {

  static final String SYSTEM = "publicatie";
  static final String COLLECTION = "publicaties";
  static final String TELLERS = "tellers";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Set<String> BLADEN = Set.of("staatscourant", "gemeenteblad");
  private static final Set<String> SOORTEN = Set.of("verkeersbesluit", "regeling", "bekendmaking");
  private static final Pattern ORGANISATIE = Pattern.compile("gm\\d{4}|\\d{20}");

  private final SimulatorStore store;
  private final List<byte[]> tokens;
  private final Duration vertraging;
  private final Clock clock;

  PublicatieSimulator(SimulatorStore store, PublicatieSimulatorProperties properties) {
    this.store = store;
    this.tokens = properties.tokens().stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    this.vertraging = properties.publicationDelay();
    this.clock = Clock.system(ZONE);
  }

  /** A publication as the API shows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Publicatie(String id, String publicatieblad, String soort, String organisatie, String titel, String status,
      OffsetDateTime ingediend, LocalDate publicatiedatum, String identificatie, String url, String reden) {
  }

  record InvalidParam(String name, String code, String reason) {
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Probleem(String type, String code, String title, int status, String detail, List<InvalidParam> invalidParams) {
  }

  static final class Fout extends RuntimeException {

    private final transient Probleem probleem;

    Fout(int status, String code, String title, String detail, List<InvalidParam> params) {
      super(title, null, false, false);
      this.probleem = new Probleem("https://werkstroom.nl/problemen/publicatie/" + code, code, title, status, detail,
          params);
    }
  }

  @PostMapping
  synchronized ResponseEntity<Publicatie> dienIn(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = "Idempotency-Key", required = false) String sleutel,
      @RequestBody(required = false) JsonNode body) {
    authenticeer(authorization);
    List<InvalidParam> problemen = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new Fout(400, "onleesbaar-verzoek", "Het verzoek heeft geen JSON-object als inhoud.", null, List.of());
    }
    if (sleutel == null || sleutel.isBlank() || sleutel.length() > 255) {
      problemen.add(new InvalidParam("Idempotency-Key", "required", "De header Idempotency-Key is verplicht (1 tot 255 tekens)."));
    }
    String blad = keuze(body, "publicatieblad", BLADEN, problemen);
    String soort = keuze(body, "soort", SOORTEN, problemen);
    String organisatie = tekst(body, "organisatie", 20, true, problemen);
    if (organisatie != null && !ORGANISATIE.matcher(organisatie).matches()) {
      problemen.add(new InvalidParam("organisatie", "invalid", "Een gemeentecode (gm0546) of een OIN van 20 cijfers."));
    }
    String titel = tekst(body, "titel", 500, true, problemen);
    String tekst = tekst(body, "tekst", 1_000_000, true, problemen);
    String documentUrl = tekst(body, "documentUrl", 1000, false, problemen);
    if (documentUrl != null && !documentUrl.startsWith("https://")) {
      problemen.add(new InvalidParam("documentUrl", "invalid", "Een URL die begint met https://."));
    }
    LocalDate gewensteDatum = datum(body, "gewensteDatum", problemen);
    if (!problemen.isEmpty()) {
      throw new Fout(400, "ongeldige-invoer", "Het verzoek bevat ongeldige gegevens.", null, problemen);
    }

    List<IngediendePublicatie> eerder = store.findByLookupKey(SYSTEM, COLLECTION, sleutel, IngediendePublicatie.class);
    if (!eerder.isEmpty()) {
      return ResponseEntity.ok(toon(eerder.get(0)));
    }
    Instant nu = clock.instant();
    IngediendePublicatie nieuw = new IngediendePublicatie(UUID.randomUUID().toString(), sleutel, blad, soort,
        organisatie, titel, tekst, documentUrl, gewensteDatum, nu, volgendNummer(blad, nu));
    store.put(SYSTEM, COLLECTION, nieuw.id(), sleutel, nieuw);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/simulator/publicatie/api/v1/publicaties/" + nieuw.id()))
        .body(toon(nieuw));
  }

  @GetMapping("/{id}")
  Publicatie publicatie(@PathVariable String id,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    authenticeer(authorization);
    return store.get(SYSTEM, COLLECTION, id, IngediendePublicatie.class)
        .map(this::toon)
        .orElseThrow(() -> new Fout(404, "niet-gevonden", "Niet gevonden.", "Publicatie " + id + " bestaat niet.",
            List.of()));
  }

  @ExceptionHandler(Fout.class)
  ResponseEntity<Probleem> probleem(Fout fout) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(fout.probleem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (fout.probleem.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"publicatie\"");
    }
    return response.body(fout.probleem);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
  ResponseEntity<Probleem> onleesbaar(Exception e) {
    return probleem(new Fout(400, "onleesbaar-verzoek", "Het verzoek is geen geldige JSON.", null, List.of()));
  }

  /** The publication as it stands now: published once its moment has come. */
  private Publicatie toon(IngediendePublicatie p) {
    Instant moment = p.ingediend().plus(vertraging);
    if (p.gewensteDatum() != null) {
      Instant gewenst = p.gewensteDatum().atStartOfDay(ZONE).toInstant();
      moment = gewenst.isAfter(moment) ? gewenst : moment;
    }
    OffsetDateTime ingediend = p.ingediend().atZone(ZONE).toOffsetDateTime();
    if (clock.instant().isBefore(moment)) {
      return new Publicatie(p.id(), p.publicatieblad(), p.soort(), p.organisatie(), p.titel(), "ingediend", ingediend,
          null, null, null, null);
    }
    LocalDate datum = LocalDate.ofInstant(moment, ZONE);
    String identificatie = ("staatscourant".equals(p.publicatieblad()) ? "stcrt-" : "gmb-") + datum.getYear() + "-"
        + p.nummer();
    return new Publicatie(p.id(), p.publicatieblad(), p.soort(), p.organisatie(), p.titel(), "gepubliceerd", ingediend,
        datum, identificatie, "https://zoek.officielebekendmakingen.nl/" + identificatie, null);
  }

  /**
   * Numbers run per blad and year, as the real ones do; the demo starts at 10001. A counter per blad
   * and year keeps numbering cheap; it is set up from the publications of a data set that predates it.
   */
  private int volgendNummer(String blad, Instant nu) {
    int jaar = LocalDate.ofInstant(nu, ZONE).getYear();
    String teller = blad + "-" + jaar;
    int laatste = store.get(SYSTEM, TELLERS, teller, Teller.class).map(Teller::laatste)
        .orElseGet(() -> 10_000 + (int) store.list(SYSTEM, COLLECTION, IngediendePublicatie.class).stream()
            .filter(p -> p.publicatieblad().equals(blad) && LocalDate.ofInstant(p.ingediend(), ZONE).getYear() == jaar)
            .count());
    store.put(SYSTEM, TELLERS, teller, null, new Teller(laatste + 1));
    return laatste + 1;
  }

  /** The last number given out for one blad and year. */
  record Teller(int laatste) {
  }

  private void authenticeer(String authorization) {
    boolean geldig = authorization != null && authorization.startsWith("Bearer ") && tokens.stream().anyMatch(
        token -> MessageDigest.isEqual(token,
            authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8)));
    if (!geldig) {
      throw new Fout(401, "niet-geauthenticeerd", "Niet geauthenticeerd.",
          "Stuur een geldig bearer token mee in de Authorization-header.", List.of());
    }
  }

  private static String keuze(JsonNode body, String naam, Set<String> toegestaan, List<InvalidParam> problemen) {
    String waarde = tekst(body, naam, 40, true, problemen);
    if (waarde != null && !toegestaan.contains(waarde)) {
      problemen.add(new InvalidParam(naam, "invalid_choice", "Een van: " + String.join(", ", toegestaan.stream().sorted().toList()) + "."));
    }
    return waarde;
  }

  private static String tekst(JsonNode body, String naam, int maximum, boolean verplicht, List<InvalidParam> problemen) {
    JsonNode node = body.get(naam);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (verplicht) {
        problemen.add(new InvalidParam(naam, "required", "Dit veld is verplicht."));
      }
      return null;
    }
    if (!node.isTextual()) {
      problemen.add(new InvalidParam(naam, "invalid", "Dit veld moet tekst zijn."));
      return null;
    }
    if (node.asText().length() > maximum) {
      problemen.add(new InvalidParam(naam, "max_length", "Maximaal " + maximum + " tekens."));
    }
    return node.asText();
  }

  private LocalDate datum(JsonNode body, String naam, List<InvalidParam> problemen) {
    String tekst = tekst(body, naam, 10, false, problemen);
    if (tekst == null) {
      return null;
    }
    try {
      LocalDate datum = LocalDate.parse(tekst);
      if (datum.isBefore(LocalDate.now(clock))) {
        problemen.add(new InvalidParam(naam, "in-verleden", "Een gewenste datum ligt niet in het verleden."));
      }
      return datum;
    } catch (DateTimeParseException e) {
      problemen.add(new InvalidParam(naam, "invalid", "Een datum als JJJJ-MM-DD."));
      return null;
    }
  }
}
