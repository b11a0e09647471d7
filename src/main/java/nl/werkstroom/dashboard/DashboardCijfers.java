package nl.werkstroom.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.werkstroom.dashboard.Antwoorden.DoorlooptijdRij;
import nl.werkstroom.dashboard.Antwoorden.IncidentRij;
import nl.werkstroom.dashboard.Antwoorden.OverzichtRij;
import nl.werkstroom.dashboard.Antwoorden.TaakGroepRij;
import nl.werkstroom.dashboard.Antwoorden.WachttijdRij;
import nl.werkstroom.dashboard.Antwoorden.WeekRij;
import nl.werkstroom.dashboard.DashboardProperties.Termijn;
import nl.werkstroom.dashboard.ProcesDefinities.Proces;
import nl.werkstroom.dashboard.RollupQueries.Onderdeel;
import nl.werkstroom.dashboard.RollupQueries.WeekTelling;
import nl.werkstroom.dashboard.RuntimeQueries.ActiviteitTaken;
import nl.werkstroom.dashboard.RuntimeQueries.GroepTaken;
import nl.werkstroom.dashboard.RuntimeQueries.Incidenten;
import nl.werkstroom.dashboard.RuntimeQueries.OpenWerk;
import nl.werkstroom.dashboard.RuntimeQueries.ProcesGemeente;
import nl.werkstroom.dashboard.rollup.IsoWeek;
import nl.werkstroom.dashboard.rollup.Meting;
import org.springframework.stereotype.Service;

/**
 * The figures of the dashboard's tables, for a checked {@link Filter}: combines the rollup (what
 * happened in the period) with the runtime counts (what is open now), names every id and adds the
 * links. Never loads an instance: every input is an aggregate.
 */
@Service
public class DashboardCijfers {

  static final String DOORLOOPTIJD = "doorlooptijd";
  static final String BESLISTERMIJN = "beslistermijn";
  private static final int MAXIMUM_MELDING = 200;

  private final RollupQueries rollup;
  private final RuntimeQueries runtime;
  private final ProcesDefinities processen;
  private final Namen namen;
  private final DashboardProperties properties;
  private final DashboardKlok klok;

  DashboardCijfers(RollupQueries rollup, RuntimeQueries runtime, ProcesDefinities processen, Namen namen,
      DashboardProperties properties, DashboardKlok klok) {
    this.rollup = rollup;
    this.runtime = runtime;
    this.processen = processen;
    this.namen = namen;
    this.properties = properties;
    this.klok = klok;
  }

  /** One row per deployed process and municipality of the filter. */
  public List<OverzichtRij> overzicht(Filter filter) {
    Map<List<String>, Long> gestart = totalen(rollup.gestart(filter));
    Map<List<String>, Long> afgerond = totalen(rollup.afgerond(filter));
    Map<ProcesGemeente, OpenWerk> openWerk = runtime.openWerk(Bereik.van(filter), klok.nu());
    Map<String, String> gemeenteNamen = namen.gemeenten(filter.gemeenten());
    List<OverzichtRij> rijen = new ArrayList<>();
    for (Proces proces : processen(filter)) {
      for (String gemeente : filter.gemeenten()) {
        List<String> sleutel = List.of(proces.sleutel(), gemeente);
        OpenWerk open = openWerk.getOrDefault(new ProcesGemeente(proces.sleutel(), gemeente), OpenWerk.GEEN);
        rijen.add(new OverzichtRij(proces.sleutel(), proces.naam(), gemeente, gemeenteNamen.get(gemeente),
            gestart.getOrDefault(sleutel, 0L), afgerond.getOrDefault(sleutel, 0L), open.lopend(),
            open.openTaken(), open.teLaat(), open.incidenten(), Links.cockpit(proces.laatsteId())));
      }
    }
    return rijen;
  }

  /** Every week of the period per process and municipality, zeros included. */
  public List<WeekRij> weken(Filter filter) {
    Map<List<Object>, Long> gestart = perWeek(rollup.gestart(filter));
    Map<List<Object>, Long> afgerond = perWeek(rollup.afgerond(filter));
    List<WeekRij> rijen = new ArrayList<>();
    List<Proces> gekozen = processen(filter);
    for (LocalDate week : filter.periode().weken()) {
      for (Proces proces : gekozen) {
        for (String gemeente : filter.gemeenten()) {
          List<Object> sleutel = List.of(proces.sleutel(), gemeente, week);
          rijen.add(new WeekRij(week, proces.sleutel(), gemeente, gestart.getOrDefault(sleutel, 0L),
              afgerond.getOrDefault(sleutel, 0L)));
        }
      }
    }
    return rijen;
  }

  /**
   * Lead time (instance start to end) for every process, and time to decision for processes that
   * record decisions or have a legal decision period, per municipality.
   */
  public List<DoorlooptijdRij> doorlooptijden(Filter filter) {
    Map<Onderdeel, Histogram> afgerond = rollup.histogrammen(filter, Meting.AFGEROND);
    Map<List<String>, Histogram> besluiten = new HashMap<>();
    rollup.histogrammen(filter, Meting.BESLUIT).forEach((onderdeel, histogram) -> besluiten
        .computeIfAbsent(List.of(onderdeel.proces(), onderdeel.gemeente()), s -> new Histogram())
        .voegToe(histogram));
    List<DoorlooptijdRij> rijen = new ArrayList<>();
    for (Proces proces : processen(filter)) {
      for (String gemeente : filter.gemeenten()) {
        Histogram doorlooptijd = afgerond.getOrDefault(new Onderdeel(proces.sleutel(), gemeente, ""), new Histogram());
        rijen.add(rij(proces, gemeente, DOORLOOPTIJD, doorlooptijd, properties.doorlooptijd(proces.sleutel())));
        Optional<Termijn> beslistermijn = properties.beslistermijn(proces.sleutel());
        Histogram besluit = besluiten.get(List.of(proces.sleutel(), gemeente));
        if (beslistermijn.isPresent() || besluit != null) {
          rijen.add(rij(proces, gemeente, BESLISTERMIJN, besluit == null ? new Histogram() : besluit, beslistermijn));
        }
      }
    }
    return rijen;
  }

  /** Open tasks now per candidate group, with how many are overdue and how long the oldest waits. */
  public List<TaakGroepRij> taken(Filter filter) {
    Instant nu = klok.nu();
    List<GroepTaken> groepen = runtime.takenPerGroep(Bereik.van(filter), nu);
    Map<String, String> groepNamen = namen.groepen(groepen.stream().map(GroepTaken::groep).toList());
    Map<String, String> procesNamen = procesNamen(filter);
    return groepen.stream()
        .sorted(Comparator.comparing(GroepTaken::gemeente).thenComparing(GroepTaken::proces)
            .thenComparing(GroepTaken::open, Comparator.reverseOrder()).thenComparing(GroepTaken::groep))
        .map(groep -> new TaakGroepRij(groep.gemeente(), groep.proces(), procesNamen.getOrDefault(groep.proces(),
            groep.proces()), groep.groep(), groepNamen.get(groep.groep()), groep.open(), groep.teLaat(),
            tijdstip(groep.oudste()), Getallen.dagenSinds(groep.oudste(), nu),
            Links.tasklist(groep.proces(), groep.gemeente(), groep.groep(), null)))
        .toList();
  }

  /** Per user task: open now, and completed in the period with how long they waited. */
  public List<WachttijdRij> wachttijden(Filter filter) {
    Instant nu = klok.nu();
    Map<Onderdeel, ActiviteitTaken> open = new HashMap<>();
    for (ActiviteitTaken taken : runtime.takenPerActiviteit(Bereik.van(filter))) {
      open.put(new Onderdeel(taken.proces(), taken.gemeente(), taken.activiteit()), taken);
    }
    Map<Onderdeel, Histogram> afgehandeld = rollup.histogrammen(filter, Meting.TAAK);
    TreeSet<Onderdeel> onderdelen = new TreeSet<>(Comparator.comparing(Onderdeel::gemeente)
        .thenComparing(Onderdeel::proces).thenComparing(Onderdeel::onderdeel));
    onderdelen.addAll(open.keySet());
    onderdelen.addAll(afgehandeld.keySet());
    Map<String, Proces> perSleutel = new LinkedHashMap<>();
    processen.van(filter.gemeenten()).forEach(proces -> perSleutel.put(proces.sleutel(), proces));
    List<WachttijdRij> rijen = new ArrayList<>();
    for (Onderdeel onderdeel : onderdelen) {
      ActiviteitTaken nuOpen = open.get(onderdeel);
      Histogram histogram = afgehandeld.getOrDefault(onderdeel, new Histogram());
      Proces proces = perSleutel.get(onderdeel.proces());
      String definitie = nuOpen != null ? nuOpen.definitieId() : proces == null ? null : proces.laatsteId();
      rijen.add(new WachttijdRij(onderdeel.gemeente(), onderdeel.proces(),
          proces == null ? onderdeel.proces() : proces.naam(), onderdeel.onderdeel(),
          namen.activiteit(definitie, onderdeel.onderdeel()), nuOpen == null ? 0 : nuOpen.open(),
          nuOpen == null ? null : Getallen.dagenSinds(nuOpen.oudste(), nu), histogram.aantal(),
          histogram.percentielDagen(0.5), histogram.percentielDagen(0.9), histogram.binnenPercentage(null),
          Links.tasklist(onderdeel.proces(), onderdeel.gemeente(), null, onderdeel.onderdeel())));
    }
    return rijen;
  }

  /** Open incidents per process, activity and type, most frequent first. */
  public List<IncidentRij> incidenten(Filter filter) {
    Map<String, String> procesNamen = procesNamen(filter);
    return runtime.incidenten(Bereik.van(filter)).stream()
        .sorted(Comparator.comparing(Incidenten::aantal, Comparator.reverseOrder())
            .thenComparing(Incidenten::gemeente).thenComparing(Incidenten::proces))
        .map(groep -> new IncidentRij(groep.gemeente(), groep.proces(),
            procesNamen.getOrDefault(groep.proces(), groep.proces()), groep.activiteit(),
            namen.activiteit(groep.definitieId(), groep.activiteit()), groep.soort(), kort(groep.melding()),
            groep.aantal(), tijdstip(groep.oudste()), Links.cockpitIncidenten(groep.definitieId())))
        .toList();
  }

  private DoorlooptijdRij rij(Proces proces, String gemeente, String meting, Histogram histogram,
      Optional<Termijn> termijn) {
    Duration duur = termijn.map(Termijn::duur).orElse(null);
    return new DoorlooptijdRij(proces.sleutel(), proces.naam(), gemeente, meting, histogram.aantal(),
        histogram.percentielDagen(0.5), histogram.percentielDagen(0.9),
        duur == null ? null : Getallen.dagen(duur), termijn.map(Termijn::soort).orElse(null),
        termijn.map(Termijn::omschrijving).orElse(null), histogram.binnen(duur), histogram.binnenPercentage(duur));
  }

  private List<Proces> processen(Filter filter) {
    return processen.van(filter.gemeenten()).stream().filter(proces -> filter.omvat(proces.sleutel())).toList();
  }

  private Map<String, String> procesNamen(Filter filter) {
    Map<String, String> namen = new HashMap<>();
    processen.van(filter.gemeenten()).forEach(proces -> namen.put(proces.sleutel(), proces.naam()));
    return namen;
  }

  private static Map<List<String>, Long> totalen(List<WeekTelling> tellingen) {
    Map<List<String>, Long> totalen = new HashMap<>();
    tellingen.forEach(telling -> totalen.merge(List.of(telling.proces(), telling.gemeente()), telling.aantal(),
        Long::sum));
    return totalen;
  }

  private static Map<List<Object>, Long> perWeek(List<WeekTelling> tellingen) {
    Map<List<Object>, Long> perWeek = new HashMap<>();
    tellingen.forEach(telling -> perWeek.merge(List.of(telling.proces(), telling.gemeente(), telling.week()),
        telling.aantal(), Long::sum));
    return perWeek;
  }

  private static OffsetDateTime tijdstip(Instant moment) {
    return moment == null ? null : moment.atZone(IsoWeek.ZONE).toOffsetDateTime();
  }

  /** The first line of an engine message, shortened: enough to recognise it, Cockpit shows the rest. */
  private static String kort(String melding) {
    if (melding == null) {
      return null;
    }
    String regel = melding.strip().lines().findFirst().orElse("");
    return regel.length() <= MAXIMUM_MELDING ? regel : regel.substring(0, MAXIMUM_MELDING - 1) + "…";
  }
}
