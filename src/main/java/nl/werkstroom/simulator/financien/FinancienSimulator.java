package nl.werkstroom.simulator.financien;

import nl.werkstroom.integration.financien.Iban;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.werkstroom.simulator.financien.Boekhouding.Crediteur;
import nl.werkstroom.simulator.financien.Boekhouding.Resultaat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The finance system as Werkstroom's contract describes it ({@code /openapi/financien.yaml}), under
 * {@code /simulator/financien/api/v1}: budgets per administratie, reservations that never exceed a
 * ceiling, commitments, payments, receivables. Bearer token authentication; errors as problem+json.
 */
@RestController
@ConditionalOnProperty("werkstroom.simulators.enabled")
@RequestMapping("/simulator/financien/api/v1/administraties/{administratie}")
class FinancienSimulator {

  static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  private static final Pattern BEDRAG = Pattern.compile("-?\\d{1,13}(\\.\\d+)?");
  private static final BigDecimal MAXIMUM = new BigDecimal("9999999999999.99");

  private final Boekhouding boekhouding;
  private final List<byte[]> tokens;

  FinancienSimulator(Boekhouding boekhouding, FinancienSimulatorProperties properties) {
    this.boekhouding = boekhouding;
    this.tokens = properties.tokens().stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
  }

  @GetMapping("/budgetten")
  List<Boekhouding.Budget> budgetten(@PathVariable String administratie,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    return boekhouding.budgetten(administratie);
  }

  @GetMapping("/budgetten/{budgetcode}")
  Boekhouding.Budget budget(@PathVariable String administratie, @PathVariable String budgetcode,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    return boekhouding.budget(administratie, budgetcode)
        .orElseThrow(() -> Probleem.nietGevonden("Budget " + budgetcode + " in administratie " + administratie));
  }

  @PostMapping("/budgetten/{budgetcode}/reserveringen")
  ResponseEntity<Boekhouding.Reservering> reserveer(@PathVariable String administratie, @PathVariable String budgetcode,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = "Idempotency-Key", required = false) String sleutel,
      @RequestBody(required = false) JsonNode body) {
    administratie(authorization, administratie);
    Invoer invoer = new Invoer(body, sleutel);
    BigDecimal bedrag = invoer.bedrag("bedrag");
    String referentie = invoer.tekst("referentie", 100, false);
    String omschrijving = invoer.tekst("omschrijving", 200, false);
    invoer.controleer();
    return aangemaakt(boekhouding.reserveer(administratie, budgetcode, bedrag, referentie, omschrijving, sleutel),
        administratie, "reserveringen", Boekhouding.Reservering::id);
  }

  @GetMapping("/reserveringen/{id}")
  Boekhouding.Reservering reservering(@PathVariable String administratie, @PathVariable String id,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    return boekhouding.reservering(administratie, id).orElseThrow(() -> Probleem.nietGevonden("Reservering " + id));
  }

  @PostMapping("/reserveringen/{id}/vrijgeven")
  Boekhouding.Reservering geefVrij(@PathVariable String administratie, @PathVariable String id,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    return boekhouding.geefVrij(administratie, id);
  }

  @PostMapping("/verplichtingen")
  ResponseEntity<Boekhouding.Verplichting> legVast(@PathVariable String administratie,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = "Idempotency-Key", required = false) String sleutel,
      @RequestBody(required = false) JsonNode body) {
    administratie(authorization, administratie);
    Invoer invoer = new Invoer(body, sleutel);
    String reservering = invoer.tekst("reservering", 40, true);
    BigDecimal bedrag = invoer.bedrag("bedrag");
    String naam = invoer.tekst("crediteur.naam", 200, true);
    String iban = invoer.iban("crediteur.iban");
    invoer.controleer();
    return aangemaakt(boekhouding.legVast(administratie, reservering, bedrag, new Crediteur(naam, iban), sleutel),
        administratie, "verplichtingen", Boekhouding.Verplichting::id);
  }

  @GetMapping("/verplichtingen/{id}")
  Boekhouding.Verplichting verplichting(@PathVariable String administratie, @PathVariable String id,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    return boekhouding.verplichting(administratie, id).orElseThrow(() -> Probleem.nietGevonden("Verplichting " + id));
  }

  @PostMapping("/betalingen")
  ResponseEntity<Boekhouding.Betaling> betaal(@PathVariable String administratie,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = "Idempotency-Key", required = false) String sleutel,
      @RequestBody(required = false) JsonNode body) {
    administratie(authorization, administratie);
    Invoer invoer = new Invoer(body, sleutel);
    String verplichting = invoer.tekst("verplichting", 40, true);
    BigDecimal bedrag = invoer.bedrag("bedrag");
    String iban = invoer.iban("iban");
    String omschrijving = invoer.tekst("omschrijving", 140, false);
    LocalDate betaaldatum = invoer.datum("betaaldatum", boekhouding.vandaag(), boekhouding.vandaag());
    invoer.controleer();
    return aangemaakt(boekhouding.betaal(administratie, verplichting, bedrag, iban, omschrijving, betaaldatum, sleutel),
        administratie, "betalingen", Boekhouding.Betaling::id);
  }

  @GetMapping("/betalingen/{id}")
  Boekhouding.Betaling betaling(@PathVariable String administratie, @PathVariable String id,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    return boekhouding.betaling(administratie, id).orElseThrow(() -> Probleem.nietGevonden("Betaling " + id));
  }

  @PostMapping("/vorderingen")
  ResponseEntity<Boekhouding.Vordering> stelVorderingIn(@PathVariable String administratie,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = "Idempotency-Key", required = false) String sleutel,
      @RequestBody(required = false) JsonNode body) {
    administratie(authorization, administratie);
    Invoer invoer = new Invoer(body, sleutel);
    String debiteurNaam = invoer.tekst("debiteurNaam", 200, true);
    BigDecimal bedrag = invoer.bedrag("bedrag");
    String omschrijving = invoer.tekst("omschrijving", 200, true);
    String referentie = invoer.tekst("referentie", 100, true);
    LocalDate vervaldatum = invoer.datum("vervaldatum", boekhouding.vandaag(), null);
    invoer.controleer();
    return aangemaakt(boekhouding.stelVorderingIn(administratie, debiteurNaam, bedrag, omschrijving, referentie,
        vervaldatum, sleutel), administratie, "vorderingen", Boekhouding.Vordering::id);
  }

  @GetMapping("/vorderingen/{id}")
  Boekhouding.Vordering vordering(@PathVariable String administratie, @PathVariable String id,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    return boekhouding.vordering(administratie, id).orElseThrow(() -> Probleem.nietGevonden("Vordering " + id));
  }

  @GetMapping("/vorderingen")
  List<Boekhouding.Vordering> vorderingen(@PathVariable String administratie,
      @RequestParam(required = false) String referentie,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    administratie(authorization, administratie);
    if (referentie == null || referentie.isBlank()) {
      throw Probleem.ongeldig(List.of(new Probleem.InvalidParam("referentie", "required",
          "Geef de referentie op waarvan u de vorderingen wilt zien, zoals ?referentie=ZAAK-2026-0001.")));
    }
    return boekhouding.vorderingen(administratie, referentie);
  }

  // ---- errors

  @ExceptionHandler(Probleem.Fout.class)
  ResponseEntity<Probleem> probleem(Probleem.Fout fout) {
    Probleem probleem = fout.probleem();
    ResponseEntity.BodyBuilder response = ResponseEntity.status(probleem.status()).contentType(PROBLEM_JSON);
    if (probleem.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"financien\"");
    }
    return response.body(probleem);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
  ResponseEntity<Probleem> onleesbaar(Exception e) {
    return probleem(new Probleem.Fout(400, "onleesbaar-verzoek", "Het verzoek is geen geldige JSON.", null));
  }

  // ---- helpers

  private <T> ResponseEntity<T> aangemaakt(Resultaat<T> resultaat, String administratie, String collectie,
      Function<T, String> id) {
    if (!resultaat.nieuw()) {
      return ResponseEntity.ok(resultaat.resource());
    }
    URI location = URI.create("/simulator/financien/api/v1/administraties/" + administratie + "/" + collectie + "/"
        + id.apply(resultaat.resource()));
    return ResponseEntity.status(HttpStatus.CREATED).location(location).body(resultaat.resource());
  }

  /** Checks the bearer token, then that the administratie exists. */
  private void administratie(String authorization, String administratie) {
    if (!isGeldigToken(authorization)) {
      throw new Probleem.Fout(401, "niet-geauthenticeerd", "Niet geauthenticeerd.",
          "Stuur een geldig bearer token mee in de Authorization-header.");
    }
    if (!boekhouding.kentAdministratie(administratie)) {
      throw Probleem.nietGevonden("Administratie " + administratie);
    }
  }

  private boolean isGeldigToken(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
    return tokens.stream().anyMatch(token -> MessageDigest.isEqual(token, given));
  }

  /** Reads and checks the fields of a request body, collecting every problem before answering. */
  private static final class Invoer {

    private final JsonNode body;
    private final List<Probleem.InvalidParam> problemen = new ArrayList<>();

    Invoer(JsonNode body, String sleutel) {
      if (body == null || !body.isObject()) {
        throw new Probleem.Fout(400, "onleesbaar-verzoek", "Het verzoek heeft geen JSON-object als inhoud.", null);
      }
      this.body = body;
      if (sleutel == null || sleutel.isBlank() || sleutel.length() > 255) {
        problemen.add(new Probleem.InvalidParam("Idempotency-Key", "required",
            "De header Idempotency-Key is verplicht (1 tot 255 tekens)."));
      }
    }

    private JsonNode veld(String pad) {
      JsonNode node = body;
      for (String deel : pad.split("\\.")) {
        node = node == null ? null : node.get(deel);
      }
      return node == null || node.isNull() ? null : node;
    }

    String tekst(String naam, int maximum, boolean verplicht) {
      JsonNode node = veld(naam);
      if (node == null || (node.isTextual() && node.asText().isBlank())) {
        if (verplicht) {
          problemen.add(new Probleem.InvalidParam(naam, "required", "Dit veld is verplicht."));
        }
        return null;
      }
      if (!node.isTextual()) {
        problemen.add(new Probleem.InvalidParam(naam, "invalid", "Dit veld moet tekst zijn."));
        return null;
      }
      if (node.asText().length() > maximum) {
        problemen.add(new Probleem.InvalidParam(naam, "max_length", "Maximaal " + maximum + " tekens."));
      }
      return node.asText();
    }

    BigDecimal bedrag(String naam) {
      JsonNode node = veld(naam);
      if (node == null) {
        problemen.add(new Probleem.InvalidParam(naam, "required", "Dit veld is verplicht."));
        return null;
      }
      BigDecimal bedrag;
      if (node.isTextual() && BEDRAG.matcher(node.asText()).matches()) {
        bedrag = new BigDecimal(node.asText());
      } else if (node.isNumber() && Double.isFinite(node.asDouble())) {
        bedrag = node.decimalValue();
      } else {
        problemen.add(new Probleem.InvalidParam(naam, "invalid",
            "Een bedrag in euro's met ten hoogste twee decimalen, zoals \"1250.00\"."));
        return null;
      }
      if (bedrag.signum() <= 0) {
        problemen.add(new Probleem.InvalidParam(naam, "min_value", "Het bedrag moet groter dan 0 zijn."));
      } else if (bedrag.stripTrailingZeros().scale() > 2) {
        problemen.add(new Probleem.InvalidParam(naam, "max_decimal_places", "Ten hoogste twee decimalen."));
      } else if (bedrag.compareTo(MAXIMUM) > 0) {
        problemen.add(new Probleem.InvalidParam(naam, "max_value", "Het bedrag is te groot."));
      }
      return bedrag.setScale(2, java.math.RoundingMode.DOWN);
    }

    String iban(String naam) {
      String iban = tekst(naam, 34, true);
      if (iban != null) {
        iban = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!Iban.isGeldig(iban)) {
          problemen.add(new Probleem.InvalidParam(naam, "invalid-iban", "Geen geldig IBAN (controlegetal klopt niet)."));
        }
      }
      return iban;
    }

    /** A date, today or later; {@code standaard} when absent, or required when that is null. */
    LocalDate datum(String naam, LocalDate vandaag, LocalDate standaard) {
      String tekst = tekst(naam, 10, standaard == null);
      if (tekst == null) {
        return standaard;
      }
      try {
        LocalDate datum = LocalDate.parse(tekst);
        if (datum.isBefore(vandaag)) {
          problemen.add(new Probleem.InvalidParam(naam, "in-verleden", "Een " + naam + " ligt niet in het verleden."));
        }
        return datum;
      } catch (DateTimeParseException e) {
        problemen.add(new Probleem.InvalidParam(naam, "invalid", "Een datum als JJJJ-MM-DD."));
        return null;
      }
    }

    void controleer() {
      if (!problemen.isEmpty()) {
        throw Probleem.ongeldig(problemen);
      }
    }
  }
}
