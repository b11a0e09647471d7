package nl.werkstroom.simulator.algoritmeregister;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkstroom.simulator.algoritmeregister.Registratie.Versie;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Algoritmeregister aanlever-API 1.0 ({@code /aanleverapi/v1_0}) under
 * {@code /simulator/algoritmeregister}: an organisation's algorithm descriptions in versions, with
 * the flow "de organisatie publiceert in twee stappen" (concept → vrijgegeven → gepubliceerd;
 * retract takes the published version back to vrijgegeven). Bearer token from the simulated
 * Keycloak; errors as FastAPI gives them: {@code {"detail": "..."}} or a 422 validation list.
 */
@RestController
@ConditionalOnProperty("werkstroom.simulators.enabled")
@RequestMapping("/simulator/algoritmeregister/aanleverapi/v1_0/organizations/{organisatie}")
class AlgoritmeregisterSimulator {

  static final String SYSTEM = "algoritmeregister";
  static final String COLLECTION = "algoritmes";

  private final SimulatorStore store;
  private final Toegangsbewijzen toegang;
  private final SecureRandom random = new SecureRandom();

  AlgoritmeregisterSimulator(SimulatorStore store, Toegangsbewijzen toegang) {
    this.store = store;
    this.toegang = toegang;
  }

  /** A refusal with FastAPI's {@code {"detail": ...}} body. */
  static final class Fout extends RuntimeException {

    private final int status;
    private final transient Object detail;

    Fout(int status, Object detail) {
      super(String.valueOf(status), null, false, false);
      this.status = status;
      this.detail = detail;
    }
  }

  @GetMapping("/algorithms")
  List<Map<String, Object>> algoritmes(@PathVariable String organisatie,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    toegang(authorization, organisatie);
    return store.findByLookupKey(SYSTEM, COLLECTION, organisatie, Registratie.class).stream()
        .map(AlgoritmeregisterSimulator::samenvatting)
        .toList();
  }

  @PostMapping("/algorithms")
  synchronized Map<String, String> maakAan(@PathVariable String organisatie,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) JsonNode body) {
    toegang(authorization, organisatie);
    valideer(body);
    String lars = nieuweLars();
    Registratie registratie = new Registratie(lars, organisatie,
        List.of(new Versie(Publicatiestandaard.inhoud(body), Registratie.CONCEPT, Instant.now(), null)));
    store.put(SYSTEM, COLLECTION, lars, organisatie, registratie);
    return Map.of("lars_code", lars);
  }

  @GetMapping("/algorithms/{lars}")
  ObjectNode laatste(@PathVariable String organisatie, @PathVariable String lars,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    toegang(authorization, organisatie);
    return toon(registratie(organisatie, lars), registratie(organisatie, lars).laatste());
  }

  @PutMapping("/algorithms/{lars}")
  synchronized Map<String, String> werkBij(@PathVariable String organisatie, @PathVariable String lars,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) JsonNode body) {
    toegang(authorization, organisatie);
    valideer(body);
    Registratie registratie = registratie(organisatie, lars);
    ObjectNode inhoud = Publicatiestandaard.inhoud(body);
    if (inhoud.equals(registratie.laatste().inhoud())) {
      return Map.of("message", "Version has no changes.");
    }
    List<Versie> versies = new ArrayList<>(registratie.versies());
    if (!Registratie.GEPUBLICEERD.equals(registratie.laatste().state())) {
      versies.remove(versies.size() - 1);
      versies.add(registratie.laatste().metState(Registratie.VERLOPEN, null));
    }
    versies.add(new Versie(inhoud, Registratie.CONCEPT, Instant.now(), null));
    bewaar(new Registratie(lars, organisatie, versies));
    return null;
  }

  @PutMapping("/algorithms/{lars}/release")
  synchronized Map<String, String> geefVrij(@PathVariable String organisatie, @PathVariable String lars,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    toegang(authorization, organisatie);
    Registratie registratie = registratie(organisatie, lars);
    String state = registratie.laatste().state();
    if (Registratie.VRIJGEGEVEN.equals(state)) {
      return Map.of("message", "De laatste versie is al vrijgegeven.");
    }
    if (Registratie.GEPUBLICEERD.equals(state)) {
      throw new Fout(409, "De laatste versie is al gepubliceerd. Deze kan niet worden vrijgegeven.");
    }
    bewaar(metLaatste(registratie, registratie.laatste().metState(Registratie.VRIJGEGEVEN, null)));
    return null;
  }

  @PutMapping("/algorithms/{lars}/publish")
  synchronized Map<String, String> publiceer(@PathVariable String organisatie, @PathVariable String lars,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    toegang(authorization, organisatie);
    Registratie registratie = registratie(organisatie, lars);
    String state = registratie.laatste().state();
    if (Registratie.GEPUBLICEERD.equals(state)) {
      return Map.of("message", "The latest version is already published.");
    }
    if (!Registratie.VRIJGEGEVEN.equals(state)) {
      throw new Fout(409, "De laatste versie is niet vrijgegeven. Geef deze eerst vrij.");
    }
    List<Versie> versies = new ArrayList<>();
    for (Versie versie : registratie.versies()) {
      versies.add(Registratie.GEPUBLICEERD.equals(versie.state()) ? versie.metState(Registratie.VERLOPEN,
          versie.gepubliceerd()) : versie);
    }
    versies.set(versies.size() - 1, registratie.laatste().metState(Registratie.GEPUBLICEERD, Instant.now()));
    bewaar(new Registratie(lars, organisatie, versies));
    return null;
  }

  @GetMapping("/published-algorithms/{lars}")
  ObjectNode gepubliceerd(@PathVariable String organisatie, @PathVariable String lars,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    toegang(authorization, organisatie);
    Registratie registratie = registratie(organisatie, lars);
    return gepubliceerdeVersie(registratie)
        .map(versie -> toon(registratie, versie))
        .orElseThrow(() -> new Fout(404, "Er is geen gepubliceerd algoritme met LARS-code: " + lars + "."));
  }

  @DeleteMapping("/published-algorithms/{lars}/retract")
  synchronized Map<String, String> trekIn(@PathVariable String organisatie, @PathVariable String lars,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    toegang(authorization, organisatie);
    Registratie registratie = registratie(organisatie, lars);
    if (gepubliceerdeVersie(registratie).isEmpty()) {
      throw new Fout(404, "Er is geen gepubliceerd algoritme gevonden met LARS-code: (" + lars + ")");
    }
    List<Versie> versies = new ArrayList<>();
    for (Versie versie : registratie.versies()) {
      versies.add(Registratie.GEPUBLICEERD.equals(versie.state()) ? versie.metState(Registratie.VRIJGEGEVEN, null)
          : versie);
    }
    bewaar(new Registratie(lars, organisatie, versies));
    return null;
  }

  @ExceptionHandler(Fout.class)
  ResponseEntity<Map<String, Object>> fout(Fout fout) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(fout.status);
    if (fout.status == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return response.body(Map.of("detail", fout.detail));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> onleesbaar(HttpMessageNotReadableException e) {
    return fout(new Fout(422, List.of(new Publicatiestandaard.Fout("json_invalid", List.of("body"), "JSON decode error"))));
  }

  // ---- helpers

  private void toegang(String authorization, String organisatie) {
    if (authorization == null) {
      throw new Fout(401, "TOKEN_NOT_FOUND");
    }
    List<String> organisaties = toegang.organisaties(authorization)
        .orElseThrow(() -> new Fout(401, "Inloggegevens konden niet succesvol worden gevalideerd."));
    if (!organisaties.contains(organisatie)) {
      throw new Fout(403, "U heeft geen rechten voor organisatie " + organisatie + ".");
    }
  }

  private static void valideer(JsonNode body) {
    List<Publicatiestandaard.Fout> fouten = Publicatiestandaard.controleer(body);
    if (!fouten.isEmpty()) {
      throw new Fout(422, fouten);
    }
  }

  private Registratie registratie(String organisatie, String lars) {
    return store.get(SYSTEM, COLLECTION, lars, Registratie.class)
        .filter(r -> r.organisatie().equals(organisatie))
        .orElseThrow(() -> new Fout(404, "Er is geen algoritme met LARS-code: " + lars + "."));
  }

  private void bewaar(Registratie registratie) {
    store.put(SYSTEM, COLLECTION, registratie.lars(), registratie.organisatie(), registratie);
  }

  private static Registratie metLaatste(Registratie registratie, Versie laatste) {
    List<Versie> versies = new ArrayList<>(registratie.versies());
    versies.set(versies.size() - 1, laatste);
    return new Registratie(registratie.lars(), registratie.organisatie(), versies);
  }

  private static Optional<Versie> gepubliceerdeVersie(Registratie registratie) {
    return registratie.versies().stream().filter(v -> Registratie.GEPUBLICEERD.equals(v.state())).findFirst();
  }

  private static ObjectNode toon(Registratie registratie, Versie versie) {
    ObjectNode algoritme = versie.inhoud().deepCopy();
    algoritme.put("lars", registratie.lars());
    if (versie.gepubliceerd() != null) {
      algoritme.put("publication_dt", versie.gepubliceerd().toString());
    }
    return algoritme;
  }

  private static Map<String, Object> samenvatting(Registratie registratie) {
    Versie laatste = registratie.laatste();
    Map<String, Object> samenvatting = new LinkedHashMap<>();
    samenvatting.put("name", laatste.inhoud().path("name").asText(null));
    samenvatting.put("schema_version", laatste.inhoud().path("standard_version").asText(null));
    samenvatting.put("last_update_dt", laatste.aangemaakt().toString());
    samenvatting.put("lars", registratie.lars());
    samenvatting.put("source_id", laatste.inhoud().path("source_id").asText(null));
    samenvatting.put("published", gepubliceerdeVersie(registratie).isPresent());
    samenvatting.put("current_version_released", Registratie.VRIJGEGEVEN.equals(laatste.state()));
    samenvatting.put("current_version_published", Registratie.GEPUBLICEERD.equals(laatste.state()));
    samenvatting.put("last_update_by", "Werkstroom");
    return samenvatting;
  }

  /** A new LARS code: eight digits, unused. */
  private String nieuweLars() {
    while (true) {
      String lars = String.format("%08d", random.nextInt(100_000_000));
      if (store.get(SYSTEM, COLLECTION, lars, Registratie.class).isEmpty()) {
        return lars;
      }
    }
  }
}
