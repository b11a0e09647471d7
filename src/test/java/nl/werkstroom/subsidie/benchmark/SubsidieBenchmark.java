package nl.werkstroom.subsidie.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.werkstroom.WerkstroomApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * End-to-end benchmark of the subsidy process {@code subsidieaanvraag}: starts Werkstroom with its
 * simulators (profile {@code test}, its own process engine {@value #ENGINE}, the job executor on),
 * posts 1,000 requests over HTTP, works their user tasks over the task REST API, lets the objection
 * periods pass, and prints throughput and, per automatic step, p50/p95 and the engine's share of the
 * time (the rest is waiting for the simulators over HTTP and SMTP).
 *
 * <p>Run (not part of {@code mvn verify}):
 * <pre>
 * mvn -Pbenchmark -DskipModelerLint test-compile exec:java
 * mvn -Pbenchmark -DskipModelerLint test-compile exec:java -Dwerkstroom.benchmark.database=postgres
 * mvn -Pbenchmark -DskipModelerLint test-compile exec:java -Dwerkstroom.benchmark.aanvragen=200
 * </pre>
 * H2 in memory by default; with {@code postgres}, the database {@value #POSTGRES_DATABASE} on
 * 127.0.0.1:5432 (user postgres) is created when missing and emptied first.
 */
public final class SubsidieBenchmark {

  static final String ENGINE = "benchmark";
  static final String REGELING = "benchmark-sport";
  static final String POSTGRES_DATABASE = "werkstroom_benchmark";
  private static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  private SubsidieBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int aantal = Integer.getInteger("werkstroom.benchmark.aanvragen", 1000);
    boolean postgres = "postgres".equals(System.getProperty("werkstroom.benchmark.database"));
    if (postgres) {
      leegPostgres();
    }
    Metingen metingen = new Metingen();
    SpringApplication application = new SpringApplication(WerkstroomApplication.class);
    application.setAdditionalProfiles("test");
    application.addInitializers(context -> {
      context.getBeanFactory().addBeanPostProcessor(new BackendTimer(metingen));
      ((GenericApplicationContext) context).registerBean("benchmarkJobTimer", ProcessEnginePlugin.class,
          () -> new JobTimer(metingen));
    });
    try (ConfigurableApplicationContext context = application.run(instellingen(postgres).toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      HistoryService history = context.getBean(HistoryService.class);
      Werklast werklast = new Werklast(port, ENGINE, context.getBean(RuntimeService.class), history,
          context.getBean(ManagementService.class));
      System.out.printf("Werkstroom started on port %d (%s); posting %d requests%n", port,
          postgres ? "PostgreSQL" : "H2 in memory", aantal);
      Werklast.Uitslag uitslag = werklast.voerUit(aantal);
      new Rapport(history, metingen, System.out).druk(uitslag, (postgres ? "PostgreSQL" : "H2 in memory")
          + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    }
  }

  /** Command-line properties: they replace the test profile's scheme and budget lists with one big enough. */
  private static List<String> instellingen(boolean postgres) {
    List<String> instellingen = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--camunda.bpm.process-engine-name=" + ENGINE,
        "--camunda.bpm.job-execution.enabled=true",
        "--logging.level.root=warn",
        "--logging.level.nl.werkstroom=warn",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].code=" + REGELING,
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].naam=Benchmarkregeling sport",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].grondslag=Benchmark",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].aanvraagperiode-van=2026-01-01",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].aanvraagperiode-tot=2030-12-31",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].budgetcode=SUB-BENCHMARK",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].plafond=100000000.00",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].maximum-bedrag=25000.00",
        "--werkstroom.subsidie.gemeenten.leiden.regelingen[0].voorschot-percentage=80",
        "--werkstroom.simulators.financien.budgets[0].administratie=LEI01",
        "--werkstroom.simulators.financien.budgets[0].budgetcode=SUB-BENCHMARK",
        "--werkstroom.simulators.financien.budgets[0].omschrijving=Benchmarkbudget",
        "--werkstroom.simulators.financien.budgets[0].plafond=100000000.00"));
    if (postgres) {
      instellingen.add("--spring.datasource.url=" + POSTGRES_SERVER + POSTGRES_DATABASE);
      instellingen.add("--spring.datasource.username=postgres");
      instellingen.add("--spring.datasource.password=");
    } else {
      instellingen.add("--spring.datasource.url=jdbc:h2:mem:werkstroom-benchmark;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    }
    return instellingen;
  }

  private static void leegPostgres() throws SQLException {
    try (Connection server = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
        Statement statement = server.createStatement();
        ResultSet bestaat = statement.executeQuery(
            "SELECT 1 FROM pg_database WHERE datname = '" + POSTGRES_DATABASE + "'")) {
      if (!bestaat.next()) {
        statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
      }
    }
    try (Connection database = DriverManager.getConnection(POSTGRES_SERVER + POSTGRES_DATABASE, "postgres", "");
        Statement statement = database.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
  }
}
