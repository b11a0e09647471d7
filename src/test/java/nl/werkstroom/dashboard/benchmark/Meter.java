package nl.werkstroom.dashboard.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Asks one request of the running application again and again over HTTP (HTTP Basic, one connection
 * kept alive, one request at a time) and keeps the wall-clock time of each, from sending to the last
 * byte of the body. Unmeasured warm-up requests first (none when the first took over 5 s: then
 * three measurements are enough); measuring stops early when a row has taken
 * {@code werkstroom.benchmark.maxseconden} (60) so a slow request cannot hold the run for hours.
 */
final class Meter {

  private static final long TRAAG_NANOS = 5_000_000_000L;
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final long MAX_NANOS = Long.getLong("werkstroom.benchmark.maxseconden", 60) * 1_000_000_000L;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .version(HttpClient.Version.HTTP_1_1).build();
  private final String basis;
  private final int opwarmen;
  private final int herhalingen;
  private final PrintStream out;

  Meter(int port, int opwarmen, int herhalingen, PrintStream out) {
    this.basis = "http://localhost:" + port;
    this.opwarmen = opwarmen;
    this.herhalingen = herhalingen;
    this.out = out;
  }

  /** One row of the report: a request as a user asks it, its times in ms, and what it answered. */
  record Meting(String naam, String gebruiker, String pad, List<Double> millis, int status, int bytes) {

    double percentiel(int p) {
      List<Double> gesorteerd = new ArrayList<>(millis);
      Collections.sort(gesorteerd);
      int index = (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1;
      return gesorteerd.isEmpty() ? Double.NaN : gesorteerd.get(Math.max(0, index));
    }

    double maximum() {
      return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  /** The request itself, to send again: a GET, or a POST with a JSON body. */
  record Verzoek(String methode, String pad, String accept, String body) {

    static Verzoek get(String pad) {
      return new Verzoek("GET", pad, "application/json", null);
    }

    static Verzoek get(String pad, String accept) {
      return new Verzoek("GET", pad, accept, null);
    }

    static Verzoek post(String pad, String accept, String body) {
      return new Verzoek("POST", pad, accept, body);
    }
  }

  Meting meet(String naam, String gebruiker, Verzoek verzoek) throws Exception {
    long eersteStart = System.nanoTime();
    HttpResponse<byte[]> eerste;
    try {
      eerste = stuur(gebruiker, verzoek);
    } catch (java.net.http.HttpTimeoutException e) {
      out.printf("  %-52s %-8s no answer within %d s%n", naam, gebruiker, TIMEOUT.toSeconds());
      return new Meting(naam, gebruiker, verzoek.pad(), List.of(), 0, 0);
    }
    if (eerste.statusCode() != 200) {
      out.printf("  %-52s %-8s HTTP %d: %s%n", naam, gebruiker, eerste.statusCode(),
          kort(new String(eerste.body(), StandardCharsets.UTF_8)));
      return new Meting(naam, gebruiker, verzoek.pad(), List.of(), eerste.statusCode(), eerste.body().length);
    }
    long eersteNanos = System.nanoTime() - eersteStart;
    // A request that takes seconds is measured a few times without warm-up: its order of magnitude is
    // the finding, and repeating it a hundred times would hold the run for hours.
    boolean traag = eersteNanos > TRAAG_NANOS;
    for (int i = 1; i < opwarmen && !traag; i++) {
      stuur(gebruiker, verzoek);
    }
    List<Double> millis = new ArrayList<>(herhalingen);
    if (traag) {
      millis.add(eersteNanos / 1e6);
    }
    long begin = System.nanoTime();
    int status = 200;
    int bytes = eerste.body().length;
    int aantal = traag ? Math.min(herhalingen, 3) : herhalingen;
    for (int i = millis.size(); i < aantal && System.nanoTime() - begin < MAX_NANOS; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> antwoord = stuur(gebruiker, verzoek);
      millis.add((System.nanoTime() - start) / 1e6);
      if (antwoord.statusCode() != 200) {
        status = antwoord.statusCode();
      }
      bytes = antwoord.body().length;
    }
    Meting meting = new Meting(naam, gebruiker, verzoek.pad(), millis, status, bytes);
    out.printf("  %-52s %-8s n=%-4d p50 %7.1f ms  p95 %7.1f ms%n", naam, gebruiker, millis.size(),
        meting.percentiel(50), meting.percentiel(95));
    return meting;
  }

  /** Sends once and returns the body as text; for looking things up (a filter's id) before measuring. */
  String haal(String gebruiker, String pad) throws Exception {
    HttpResponse<byte[]> antwoord = stuur(gebruiker, Verzoek.get(pad));
    if (antwoord.statusCode() != 200) {
      throw new IllegalStateException("GET " + pad + " as " + gebruiker + ": HTTP " + antwoord.statusCode() + " "
          + kort(new String(antwoord.body(), StandardCharsets.UTF_8)));
    }
    return new String(antwoord.body(), StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> stuur(String gebruiker, Verzoek verzoek) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(basis + verzoek.pad()))
        .timeout(TIMEOUT)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", verzoek.accept());
    if (verzoek.body() == null) {
      builder.GET();
    } else {
      builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(verzoek.body()));
    }
    return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String kort(String tekst) {
    String regel = tekst.replaceAll("\\s+", " ");
    return regel.length() <= 160 ? regel : regel.substring(0, 159) + "…";
  }
}
