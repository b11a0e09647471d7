package nl.werkstroom.dashboard.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.werkstroom.WerkstroomApplication;
import nl.werkstroom.dashboard.rollup.DashboardRollups;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the managers' dashboard at volume: Werkstroom on PostgreSQL with 1,000,000 completed
 * process instances in the history and 100,000 open tasks, measured over HTTP the way the page and
 * Tasklist ask.
 *
 * <p>Starts the application (profile {@code postgres}, demo organisation and simulators on, the job
 * executor off so nothing changes the data while it is measured) against the database
 * {@code werkstroom_benchmark} (option {@code werkstroom.benchmark.database}) on 127.0.0.1:5432 (user postgres; created when missing). The first run loads the
 * history and runtime rows set-based in SQL ({@link Lading}), rebuilds the dashboard's rollups from
 * that history and analyzes the tables; a later run finds the marker and measures at once. Then it
 * asks every dashboard endpoint and Tasklist's group query {@code herhalingen} times after a warm-up
 * and prints p50/p95/max per request ({@link Rapport}).
 *
 * <p>Run (not part of {@code mvn verify}):
 * <pre>
 * mvn -Pbenchmark -DskipModelerLint -DskipBrowserTests test-compile exec:java \
 *     -Dbenchmark.main=nl.werkstroom.dashboard.benchmark.DashboardBenchmark
 * </pre>
 * Options (system properties): {@code werkstroom.benchmark.voltooid} (completed instances,
 * 1,000,000), {@code werkstroom.benchmark.opentaken} (open tasks, 100,000),
 * {@code werkstroom.benchmark.herhalingen} (measured requests per row, 200),
 * {@code werkstroom.benchmark.opwarmen} (warm-up requests per row, 20),
 * {@code werkstroom.benchmark.maxseconden} (measuring time per row, 60),
 * {@code werkstroom.benchmark.alleen=dashboard|tasklist} (measure only those rows),
 * {@code werkstroom.benchmark.extra} (more application arguments, separated by '|'),
 * {@code werkstroom.benchmark.herladen=true} (empty the database and load again; needed too when a
 * migration that the database already ran has changed since).
 */
public final class DashboardBenchmark {

  static final String DATABASE = System.getProperty("werkstroom.benchmark.database", "werkstroom_benchmark");
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  private DashboardBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Instellingen instellingen = Instellingen.uitSystemProperties();
    maakDatabase(instellingen.herladen());
    SpringApplication application = new SpringApplication(WerkstroomApplication.class);
    application.setAdditionalProfiles("postgres");
    long start = System.nanoTime();
    try (ConfigurableApplicationContext context = application.run(argumenten().toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      System.out.printf("Werkstroom started on port %d against PostgreSQL database %s in %.1f s%n", port, DATABASE,
          (System.nanoTime() - start) / 1e9);
      DataSource dataSource = context.getBean(DataSource.class);
      Lading lading = new Lading(dataSource, instellingen, System.out);
      Lading.Uitslag uitslag = lading.zorgVoorGegevens(() -> context.getBean(DashboardRollups.class).herbouw());
      Meter meter = new Meter(port, instellingen.opwarmen(), instellingen.herhalingen(), System.out);
      List<Meter.Meting> metingen = new Verzoeken(meter).allemaal();
      new Rapport(System.out).druk(uitslag, metingen, lading.omgeving());
    }
  }

  /** The application's settings for this run: its own database, a random port, quiet logs, no jobs. */
  private static List<String> argumenten() {
    List<String> argumenten = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--spring.datasource.url=" + SERVER + DATABASE,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        // Nothing may change the loaded data while it is measured (no history cleanup, no timers).
        "--camunda.bpm.job-execution.enabled=false",
        "--werkstroom.simulators.mail.smtp-port=0",
        "--logging.level.root=warn",
        "--logging.level.nl.werkstroom=warn"));
    // More application settings to try, separated by '|': e.g.
    // -Dwerkstroom.benchmark.extra="--spring.datasource.hikari.connection-init-sql=SET plan_cache_mode = force_custom_plan"
    String extra = System.getProperty("werkstroom.benchmark.extra", "");
    for (String argument : extra.split("\\|")) {
      if (!argument.isBlank()) {
        argumenten.add(argument.strip());
      }
    }
    return argumenten;
  }

  /** Creates the database when missing; with {@code herladen}, empties it so the engine starts afresh. */
  private static void maakDatabase(boolean herladen) throws SQLException {
    if (!DATABASE.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("werkstroom.benchmark.database: lower-case letters, digits and _ only");
    }
    try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = server.createStatement();
        ResultSet bestaat = statement.executeQuery(
            "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
      if (!bestaat.next()) {
        statement.execute("CREATE DATABASE " + DATABASE);
        System.out.println("Created database " + DATABASE);
        return;
      }
    }
    if (herladen) {
      try (Connection database = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
          Statement statement = database.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
        statement.execute("CREATE SCHEMA public");
        System.out.println("Emptied database " + DATABASE + " (werkstroom.benchmark.herladen=true)");
      }
    }
  }
}
