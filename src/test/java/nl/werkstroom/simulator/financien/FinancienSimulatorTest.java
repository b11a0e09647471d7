package nl.werkstroom.simulator.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkstroom.integration.financien.Betaling;
import nl.werkstroom.integration.financien.Budget;
import nl.werkstroom.integration.financien.BudgetOntoereikendException;
import nl.werkstroom.integration.financien.Crediteur;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.NieuweBetaling;
import nl.werkstroom.integration.financien.NieuweReservering;
import nl.werkstroom.integration.financien.NieuweVerplichting;
import nl.werkstroom.integration.financien.NieuweVordering;
import nl.werkstroom.integration.financien.Reservering;
import nl.werkstroom.integration.financien.Verplichting;
import nl.werkstroom.integration.financien.Vordering;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The finance simulator over HTTP, through Werkstroom's own client and with raw requests for the
 * errors. Each test works on a budget of its own in administratie TST01, so tests do not see each
 * other's money; the demo budgets are only read.
 */
@ApplicationTest
class FinancienSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADM = "TST01";
  private static final String BASE = "/simulator/financien/api/v1/administraties/";

  @Autowired
  FinancienClient financien;

  @Autowired
  Boekhouding boekhouding;

  @LocalServerPort
  int port;

  @Value("${werkstroom.integration.financien.token}")
  String token;

  private String budget(String plafond) {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    boekhouding.maakBudgetAlsOntbreekt(ADM, code, "Testbudget", new BigDecimal(plafond));
    return code;
  }

  private static NieuweReservering reservering(String bedrag) {
    return new NieuweReservering(new BigDecimal(bedrag), "ZAAK-TEST", "Test");
  }

  @Test
  void theDemoBudgetsAreThereWithTheirCeilings() {
    Budget sport = financien.budget("LEI01", "SUB-SPORT");
    Budget duurzaam = financien.budget("OEG01", "SUB-DUURZAAM");

    assertThat(sport.plafond()).isEqualByComparingTo("250000.00");
    assertThat(financien.budget("LEI01", "SUB-CULTUUR").plafond()).isEqualByComparingTo("150000.00");
    assertThat(duurzaam.plafond()).isEqualByComparingTo("100000.00");
    assertThat(sport.beschikbaar()).isEqualByComparingTo(
        sport.plafond().subtract(sport.gereserveerd()).subtract(sport.vastgelegd()).subtract(sport.betaald()));
  }

  @Test
  void aRetriedReservationReturnsTheFirstOneAndReservesOnce() {
    String code = budget("5000.00");

    Reservering eerste = financien.reserveer(ADM, code, reservering("1250.50"), "proces-1:Task_Reserveer");
    Reservering herhaling = financien.reserveer(ADM, code, reservering("1250.50"), "proces-1:Task_Reserveer");

    assertThat(herhaling.id()).isEqualTo(eerste.id());
    assertThat(eerste.status()).isEqualTo(Reservering.GERESERVEERD);
    assertThat(eerste.bedrag()).isEqualByComparingTo("1250.50");
    Budget budget = financien.budget(ADM, code);
    assertThat(budget.gereserveerd()).isEqualByComparingTo("1250.50");
    assertThat(budget.beschikbaar()).isEqualByComparingTo("3749.50");
    assertThat(financien.reservering(ADM, eerste.id()).referentie()).isEqualTo("ZAAK-TEST");
  }

  @Test
  void twentyConcurrentReservationsOnABudgetForTenGiveTenReservationsAndTenRefusals() throws Exception {
    String code = budget("1000.00");
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger gelukt = new AtomicInteger();
    AtomicInteger geweigerd = new AtomicInteger();
    List<Callable<Void>> pogingen = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String sleutel = "gelijktijdig-" + code + "-" + i;
      pogingen.add(() -> {
        start.await();
        try {
          financien.reserveer(ADM, code, reservering("100.00"), sleutel);
          gelukt.incrementAndGet();
        } catch (BudgetOntoereikendException e) {
          geweigerd.incrementAndGet();
        }
        return null;
      });
    }

    List<Future<Void>> klaar = inParallel(pogingen, start);
    for (Future<Void> f : klaar) {
      f.get(60, TimeUnit.SECONDS);
    }

    assertThat(gelukt).hasValue(10);
    assertThat(geweigerd).hasValue(10);
    Budget budget = financien.budget(ADM, code);
    assertThat(budget.gereserveerd()).isEqualByComparingTo("1000.00");
    assertThat(budget.beschikbaar()).isEqualByComparingTo("0.00");
  }

  @Test
  void theSameKeyAtTheSameTimeMakesOneReservation() throws Exception {
    String code = budget("1000.00");
    CountDownLatch start = new CountDownLatch(1);
    Set<String> ids = ConcurrentHashMap.newKeySet();
    List<Callable<Void>> pogingen = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pogingen.add(() -> {
        start.await();
        ids.add(financien.reserveer(ADM, code, reservering("300.00"), "dezelfde-sleutel-" + code).id());
        return null;
      });
    }

    for (Future<Void> f : inParallel(pogingen, start)) {
      f.get(60, TimeUnit.SECONDS);
    }

    assertThat(ids).hasSize(1);
    assertThat(financien.budget(ADM, code).gereserveerd()).isEqualByComparingTo("300.00");
  }

  @Test
  void aReservationBecomesACommitmentAndPaymentsNeverExceedIt() {
    String code = budget("10000.00");
    Reservering reservering = financien.reserveer(ADM, code, reservering("500.00"), "p2:reserveren");
    Crediteur crediteur = new Crediteur("Sportclub De Sleutels", "NL91ABNA0417164300");

    Verplichting verplichting = financien.legVast(ADM, new NieuweVerplichting(reservering.id(), new BigDecimal("400.00"),
        crediteur), "p2:vastleggen");
    Verplichting nogmaals = financien.legVast(ADM, new NieuweVerplichting(reservering.id(), new BigDecimal("400.00"),
        crediteur), "p2:vastleggen");
    NieuweBetaling betaling = new NieuweBetaling(verplichting.id(), new BigDecimal("250.00"), "NL91 ABNA 0417 1643 00",
        "Subsidie ZAAK-TEST", LocalDate.now().plusDays(3));
    Betaling betaald = financien.betaal(ADM, betaling, "p2:betalen");
    Betaling herhaald = financien.betaal(ADM, betaling, "p2:betalen");

    assertThat(nogmaals.id()).isEqualTo(verplichting.id());
    assertThat(herhaald.id()).isEqualTo(betaald.id());
    assertThat(betaald.status()).isEqualTo(Betaling.INGEPLAND);
    assertThat(betaald.iban()).isEqualTo("NL91ABNA0417164300");
    assertThat(financien.betaling(ADM, betaald.id()).bedrag()).isEqualByComparingTo("250.00");
    assertThat(financien.reservering(ADM, reservering.id()).status()).isEqualTo(Reservering.VASTGELEGD);
    assertThat(financien.verplichting(ADM, verplichting.id()).betaald()).isEqualByComparingTo("250.00");
    Budget budget = financien.budget(ADM, code);
    assertThat(budget.gereserveerd()).isEqualByComparingTo("0.00");
    assertThat(budget.vastgelegd()).isEqualByComparingTo("150.00");
    assertThat(budget.betaald()).isEqualByComparingTo("250.00");
    assertThat(budget.beschikbaar()).isEqualByComparingTo("9600.00");

    assertThatThrownBy(() -> financien.betaal(ADM, new NieuweBetaling(verplichting.id(), new BigDecimal("200.00"),
        "NL91ABNA0417164300", null, null), "p2:tweede-betaling"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.getMessage()).contains("nog 150.00 EUR open");
        });
    assertThatThrownBy(() -> financien.geefVrij(ADM, reservering.id()))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isConflict()).isTrue());
  }

  @Test
  void aReleasedReservationMakesItsAmountAvailableAgainOnce() {
    String code = budget("1000.00");
    Reservering reservering = financien.reserveer(ADM, code, reservering("600.00"), "p3:reserveren");
    assertThatThrownBy(() -> financien.reserveer(ADM, code, reservering("600.00"), "p3:tweede"))
        .isInstanceOf(BudgetOntoereikendException.class)
        .hasMessageContaining("plafond van budget " + code);

    Reservering vrijgegeven = financien.geefVrij(ADM, reservering.id());
    financien.geefVrij(ADM, reservering.id());

    assertThat(vrijgegeven.status()).isEqualTo(Reservering.VRIJGEGEVEN);
    assertThat(financien.budget(ADM, code).beschikbaar()).isEqualByComparingTo("1000.00");
    assertThat(financien.reserveer(ADM, code, reservering("600.00"), "p3:derde").status())
        .isEqualTo(Reservering.GERESERVEERD);
  }

  @Test
  void badInputIsRefusedWithProblemDetailsNamingEachField() {
    String code = budget("1000.00");
    Antwoord negatief = post(token, BASE + ADM + "/budgetten/" + code + "/reserveringen", "k1", """
        {"bedrag": "-5.00"}""");
    Antwoord teveelDecimalen = post(token, BASE + ADM + "/budgetten/" + code + "/reserveringen", "k2", """
        {"bedrag": 10.001}""");
    Antwoord verkeerdIban = post(token, BASE + ADM + "/verplichtingen", "k3", """
        {"reservering": "x", "bedrag": "10.00", "crediteur": {"naam": "Sportclub", "iban": "NL91ABNA0417164301"}}""");
    Antwoord zonderSleutel = post(token, BASE + ADM + "/budgetten/" + code + "/reserveringen", null, """
        {"bedrag": "10.00"}""");
    Antwoord geenJson = post(token, BASE + ADM + "/betalingen", "k4", "{niet: json");

    assertThat(negatief.status()).isEqualTo(400);
    assertThat(negatief.contentType()).startsWith("application/problem+json");
    assertThat(negatief.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("bedrag");
    assertThat(negatief.json().path("invalidParams").get(0).path("reason").asText()).contains("groter dan 0");
    assertThat(teveelDecimalen.json().path("invalidParams").get(0).path("code").asText()).isEqualTo("max_decimal_places");
    assertThat(verkeerdIban.status()).isEqualTo(400);
    assertThat(verkeerdIban.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("crediteur.iban");
    assertThat(zonderSleutel.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("Idempotency-Key");
    assertThat(geenJson.status()).isEqualTo(400);
    assertThat(geenJson.json().path("code").asText()).isEqualTo("onleesbaar-verzoek");
    assertThat(financien.budget(ADM, code).gereserveerd()).isEqualByComparingTo("0.00");
  }

  @Test
  void unknownThingsAreNotFoundAndAReusedKeyIsRefused() {
    String code = budget("1000.00");
    post(token, BASE + ADM + "/budgetten/" + code + "/reserveringen", "hergebruik-" + code, "{\"bedrag\": \"10.00\"}");

    Antwoord anderBedrag = post(token, BASE + ADM + "/budgetten/" + code + "/reserveringen", "hergebruik-" + code,
        "{\"bedrag\": \"20.00\"}");
    Antwoord onbekendBudget = post(token, BASE + ADM + "/budgetten/BESTAAT-NIET/reserveringen", "k5",
        "{\"bedrag\": \"10.00\"}");
    Antwoord onbekendeAdministratie = get(token, BASE + "XXX99/budgetten/" + code);

    assertThat(anderBedrag.status()).isEqualTo(422);
    assertThat(anderBedrag.json().path("code").asText()).isEqualTo("idempotency-key-hergebruikt");
    assertThat(onbekendBudget.status()).isEqualTo(404);
    assertThat(onbekendBudget.json().path("detail").asText()).contains("BESTAAT-NIET");
    assertThat(onbekendeAdministratie.status()).isEqualTo(404);
    assertThat(financien.budget(ADM, code).gereserveerd()).isEqualByComparingTo("10.00");
  }

  @Test
  void withoutAValidBearerTokenNothingIsShownOrReserved() {
    String code = budget("1000.00");

    Antwoord zonder = get(null, BASE + ADM + "/budgetten/" + code);
    Antwoord verkeerd = post("verkeerd-token", BASE + ADM + "/budgetten/" + code + "/reserveringen", "k6",
        "{\"bedrag\": \"10.00\"}");

    assertThat(zonder.status()).isEqualTo(401);
    assertThat(zonder.wwwAuthenticate()).startsWith("Bearer");
    assertThat(zonder.json().path("code").asText()).isEqualTo("niet-geauthenticeerd");
    assertThat(verkeerd.status()).isEqualTo(401);
    assertThat(financien.budget(ADM, code).gereserveerd()).isEqualByComparingTo("0.00");
  }

  @Test
  void aReceivableIsRaisedOnceFoundByIdAndListedByItsReference() {
    budget("1.00"); // makes administratie TST01 known
    String zaak = "ZAAK-" + UUID.randomUUID();
    NieuweVordering nieuw = new NieuweVordering("Sportclub De Sleutels", new BigDecimal("1000.00"),
        "Terugvordering subsidie", zaak, LocalDate.now().plusWeeks(6));

    Vordering eerste = financien.stelVorderingIn(ADM, nieuw, "p4:vordering:" + zaak);
    Vordering herhaling = financien.stelVorderingIn(ADM, nieuw, "p4:vordering:" + zaak);
    Vordering tweede = financien.stelVorderingIn(ADM, new NieuweVordering("Sportclub De Sleutels",
        new BigDecimal("50.5"), "Rente", zaak, LocalDate.now().plusWeeks(6)), "p4:rente:" + zaak);
    financien.stelVorderingIn(ADM, new NieuweVordering("Iemand anders", BigDecimal.TEN, "Andere zaak", "ZAAK-ANDERS-" + zaak,
        LocalDate.now().plusDays(1)), "p4:andere-zaak:" + zaak);

    assertThat(herhaling.id()).isEqualTo(eerste.id());
    assertThat(eerste.status()).isEqualTo(Vordering.OPEN);
    assertThat(financien.vordering(ADM, eerste.id()))
        .returns("Sportclub De Sleutels", Vordering::debiteurNaam)
        .returns(zaak, Vordering::referentie)
        .returns(LocalDate.now().plusWeeks(6), Vordering::vervaldatum)
        .satisfies(v -> assertThat(v.bedrag()).isEqualByComparingTo("1000.00"));
    assertThat(financien.vorderingen(ADM, zaak)).extracting(Vordering::id).containsExactly(eerste.id(), tweede.id());
    assertThat(financien.vordering(ADM, tweede.id()).bedrag()).isEqualByComparingTo("50.50");
  }

  @Test
  void aBadReceivableIsRefusedNamingEachFieldAndAReusedKeyOrUnknownIdToo() {
    budget("1.00");
    Antwoord leeg = post(token, BASE + ADM + "/vorderingen", "v1", "{}");
    Antwoord verkeerd = post(token, BASE + ADM + "/vorderingen", "v2", """
        {"debiteurNaam": "Sportclub", "bedrag": "0", "omschrijving": "Terugvordering", "referentie": "ZAAK-1",
         "vervaldatum": "2020-01-01"}""");
    String goed = """
        {"debiteurNaam": "Sportclub", "bedrag": "10.00", "omschrijving": "Terugvordering", "referentie": "ZAAK-V3",
         "vervaldatum": "%s"}""".formatted(LocalDate.now().plusDays(1));
    String hergebruik = "v3-" + UUID.randomUUID();
    Antwoord eerste = post(token, BASE + ADM + "/vorderingen", hergebruik, goed);
    Antwoord anderBedrag = post(token, BASE + ADM + "/vorderingen", hergebruik, goed.replace("10.00", "20.00"));
    Antwoord onbekend = get(token, BASE + ADM + "/vorderingen/bestaat-niet");
    Antwoord zonderReferentie = get(token, BASE + ADM + "/vorderingen");

    assertThat(leeg.status()).isEqualTo(400);
    assertThat(leeg.contentType()).startsWith("application/problem+json");
    assertThat(leeg.json().path("invalidParams").findValuesAsText("name"))
        .containsExactly("debiteurNaam", "bedrag", "omschrijving", "referentie", "vervaldatum");
    assertThat(verkeerd.status()).isEqualTo(400);
    assertThat(verkeerd.json().path("invalidParams").findValuesAsText("reason"))
        .containsExactly("Het bedrag moet groter dan 0 zijn.", "Een vervaldatum ligt niet in het verleden.");
    assertThat(eerste.status()).isEqualTo(201);
    assertThat(eerste.json().path("status").asText()).isEqualTo("open");
    assertThat(eerste.json().path("bedrag").asText()).isEqualTo("10.00");
    assertThat(anderBedrag.status()).isEqualTo(422);
    assertThat(anderBedrag.json().path("code").asText()).isEqualTo("idempotency-key-hergebruikt");
    assertThat(onbekend.status()).isEqualTo(404);
    assertThat(onbekend.json().path("detail").asText()).isEqualTo("Vordering bestaat-niet bestaat niet.");
    assertThat(zonderReferentie.status()).isEqualTo(400);
    assertThat(zonderReferentie.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("referentie");
  }

  @Test
  void theContractIsPublishedWithTheApplication() {
    Antwoord contract = get(null, "/openapi/financien.yaml");

    assertThat(contract.status()).isEqualTo(200);
    assertThat(contract.body()).startsWith("openapi: 3.0.3").contains("/administraties/{administratie}/betalingen:");
  }

  // ---- helpers

  private static List<Future<Void>> inParallel(List<Callable<Void>> pogingen, CountDownLatch start) {
    ExecutorService threads = Executors.newFixedThreadPool(pogingen.size());
    try {
      List<Future<Void>> futures = pogingen.stream().map(threads::submit).toList();
      start.countDown();
      return futures;
    } finally {
      threads.shutdown();
    }
  }

  private record Antwoord(int status, String contentType, String wwwAuthenticate, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }
  }

  private Antwoord post(String bearer, String path, String sleutel, String body) {
    return exchange(http(bearer).post().uri(path).contentType(MediaType.APPLICATION_JSON)
        .headers(h -> {
          if (sleutel != null) {
            h.set("Idempotency-Key", sleutel);
          }
        })
        .body(body));
  }

  private Antwoord get(String bearer, String path) {
    return exchange(http(bearer).get().uri(path));
  }

  private RestClient http(String bearer) {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
    if (bearer != null) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
    }
    return builder.build();
  }

  private static Antwoord exchange(RestClient.RequestHeadersSpec<?> request) {
    return request.exchange((req, response) -> new Antwoord(response.getStatusCode().value(),
        String.valueOf(response.getHeaders().getContentType()),
        response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE),
        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
