package nl.werkstroom.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.werkstroom.api.Aanroeper;
import nl.werkstroom.dashboard.Antwoorden.GemeenteKeuze;
import nl.werkstroom.dashboard.Antwoorden.Keuzes;
import nl.werkstroom.dashboard.Antwoorden.ProcesKeuze;
import nl.werkstroom.dashboard.Antwoorden.Tabel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' dashboard API ({@code /openapi/dashboard.yaml}): read-only tables of process
 * figures, as JSON for the page and as CSV for a spreadsheet. Every request is checked first
 * ({@link DashboardToegang}): role, municipalities, process, period.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final DashboardToegang toegang;
  private final DashboardCijfers cijfers;
  private final BudgetCijfers budgetten;
  private final ProcesDefinities processen;
  private final Namen namen;

  DashboardController(DashboardToegang toegang, DashboardCijfers cijfers, BudgetCijfers budgetten,
      ProcesDefinities processen, Namen namen) {
    this.toegang = toegang;
    this.cijfers = cijfers;
    this.budgetten = budgetten;
    this.processen = processen;
    this.namen = namen;
  }

  /** What a manager can choose: their municipalities, the deployed processes, and the default period. */
  @GetMapping("/keuzes")
  Keuzes keuzes() {
    Aanroeper lezer = toegang.lezer();
    var gemeenteNamen = namen.gemeenten(lezer.tenants());
    return new Keuzes(
        lezer.tenants().stream().map(id -> new GemeenteKeuze(id, gemeenteNamen.get(id))).toList(),
        processen.van(lezer.tenants()).stream().map(proces -> new ProcesKeuze(proces.sleutel(), proces.naam())).toList(),
        toegang.standaardPeriode());
  }

  @GetMapping("/overzicht")
  ResponseEntity<?> overzicht(@ModelAttribute Verzoek verzoek) {
    Filter filter = filter(verzoek);
    return antwoord(verzoek, "overzicht", filter, filter.periode(), cijfers.overzicht(filter), CsvTabellen.OVERZICHT);
  }

  @GetMapping("/weken")
  ResponseEntity<?> weken(@ModelAttribute Verzoek verzoek) {
    Filter filter = filter(verzoek);
    return antwoord(verzoek, "weken", filter, filter.periode(), cijfers.weken(filter), CsvTabellen.WEKEN);
  }

  @GetMapping("/doorlooptijden")
  ResponseEntity<?> doorlooptijden(@ModelAttribute Verzoek verzoek) {
    Filter filter = filter(verzoek);
    return antwoord(verzoek, "doorlooptijden", filter, filter.periode(), cijfers.doorlooptijden(filter),
        CsvTabellen.DOORLOOPTIJDEN);
  }

  @GetMapping("/taken")
  ResponseEntity<?> taken(@ModelAttribute Verzoek verzoek) {
    Filter filter = filter(verzoek);
    return antwoord(verzoek, "taken", filter, null, cijfers.taken(filter), CsvTabellen.TAKEN);
  }

  @GetMapping("/wachttijden")
  ResponseEntity<?> wachttijden(@ModelAttribute Verzoek verzoek) {
    Filter filter = filter(verzoek);
    return antwoord(verzoek, "wachttijden", filter, filter.periode(), cijfers.wachttijden(filter),
        CsvTabellen.WACHTTIJDEN);
  }

  @GetMapping("/incidenten")
  ResponseEntity<?> incidenten(@ModelAttribute Verzoek verzoek) {
    Filter filter = filter(verzoek);
    return antwoord(verzoek, "incidenten", filter, null, cijfers.incidenten(filter), CsvTabellen.INCIDENTEN);
  }

  @GetMapping("/budgetten")
  ResponseEntity<?> budgetten(@ModelAttribute Verzoek verzoek) {
    Filter filter = filter(verzoek);
    return antwoord(verzoek, "budgetten", filter, null, budgetten.budgetten(filter), CsvTabellen.BUDGETTEN);
  }

  private Filter filter(Verzoek verzoek) {
    Filter filter = toegang.filter(verzoek.gemeente(), verzoek.proces(), verzoek.van(), verzoek.tot());
    verzoek.alsCsv();
    return filter;
  }

  private static <R> ResponseEntity<?> antwoord(Verzoek verzoek, String tabel, Filter filter, Periode periode,
      List<R> rijen, CsvTabel<R> csv) {
    if (!verzoek.alsCsv()) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Tabel<>(periode, rijen));
    }
    String bestand = "werkstroom-" + tabel + "-" + filter.periode().van() + "-" + filter.periode().tot() + ".csv";
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bestand).build().toString())
        .body(csv.schrijf(rijen));
  }
}
