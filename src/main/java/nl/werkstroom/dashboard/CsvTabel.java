package nl.werkstroom.dashboard;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.werkstroom.dashboard.DashboardProperties.Soort;

/**
 * A table as a CSV file that Dutch Excel opens as it is: UTF-8 with a byte order mark (else Excel
 * guesses Windows-1252 and breaks 'ë'), ';' between fields and a decimal comma (the Dutch list
 * and decimal separators), a Dutch header row. A text that a spreadsheet would run as a formula
 * gets a leading apostrophe.
 */
public record CsvTabel<R>(List<Kolom<R>> kolommen) {

  static final String BOM = "\uFEFF";
  private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A column: its Dutch header and how a row gives its value. */
  public record Kolom<R>(String kop, Function<R, Object> waarde) {
  }

  @SafeVarargs
  public static <R> CsvTabel<R> van(Kolom<R>... kolommen) {
    return new CsvTabel<>(List.of(kolommen));
  }

  public static <R> Kolom<R> kolom(String kop, Function<R, Object> waarde) {
    return new Kolom<>(kop, waarde);
  }

  public byte[] schrijf(List<R> rijen) {
    StringBuilder csv = new StringBuilder(BOM);
    regel(csv, kolommen.stream().map(kolom -> (Object) kolom.kop()).toList());
    for (R rij : rijen) {
      regel(csv, kolommen.stream().map(kolom -> kolom.waarde().apply(rij)).toList());
    }
    ByteArrayOutputStream uit = new ByteArrayOutputStream(csv.length() + 16);
    uit.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return uit.toByteArray();
  }

  private static void regel(StringBuilder csv, List<Object> waarden) {
    for (int i = 0; i < waarden.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(veld(waarden.get(i)));
    }
    csv.append("\r\n");
  }

  /** One field: numbers with a decimal comma, moments to the minute, text quoted when it must be. */
  static String veld(Object waarde) {
    if (waarde == null) {
      return "";
    }
    if (waarde instanceof BigDecimal getal) {
      return getal.toPlainString().replace('.', ',');
    }
    if (waarde instanceof Double || waarde instanceof Float) {
      return BigDecimal.valueOf(((Number) waarde).doubleValue()).toPlainString().replace('.', ',');
    }
    if (waarde instanceof Number) {
      return waarde.toString();
    }
    if (waarde instanceof OffsetDateTime tijdstip) {
      return tijdstip.format(TIJDSTIP);
    }
    if (waarde instanceof Soort soort) {
      return soort.naam();
    }
    return tekst(waarde.toString());
  }

  private static String tekst(String tekst) {
    String veilig = !tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
    if (veilig.indexOf(';') >= 0 || veilig.indexOf('"') >= 0 || veilig.indexOf('\n') >= 0
        || veilig.indexOf('\r') >= 0) {
      return '"' + veilig.replace("\"", "\"\"") + '"';
    }
    return veilig;
  }
}
