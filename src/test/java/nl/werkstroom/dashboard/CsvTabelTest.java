package nl.werkstroom.dashboard;

import static nl.werkstroom.dashboard.CsvTabel.kolom;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTabelTest {

  record Rij(String naam, long aantal, BigDecimal dagen, LocalDate week, OffsetDateTime sinds) {
  }

  private static final CsvTabel<Rij> TABEL = CsvTabel.van(
      kolom("Naam", Rij::naam),
      kolom("Aantal", Rij::aantal),
      kolom("Mediaan (dagen)", Rij::dagen),
      kolom("Week", Rij::week),
      kolom("Oudste sinds", Rij::sinds));

  @Test
  void dutchExcelReadsItAsItIs() {
    byte[] bestand = TABEL.schrijf(List.of(
        new Rij("Gemeente Leiden", 12, new BigDecimal("1.5"), LocalDate.of(2026, 11, 23),
            OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(1))),
        new Rij("Financiën", 0, null, null, null)));

    assertThat(bestand).startsWith(0xEF, 0xBB, 0xBF);
    String tekst = new String(bestand, StandardCharsets.UTF_8);
    assertThat(tekst.lines().toList()).containsExactly(
        "\uFEFFNaam;Aantal;Mediaan (dagen);Week;Oudste sinds",
        "Gemeente Leiden;12;1,5;2026-11-23;2026-11-20 09:30",
        "Financiën;0;;;");
  }

  @Test
  void separatorsQuotesAndLineBreaksInTextAreQuoted() {
    assertThat(CsvTabel.veld("a;b")).isEqualTo("\"a;b\"");
    assertThat(CsvTabel.veld("zei \"nee\"")).isEqualTo("\"zei \"\"nee\"\"\"");
    assertThat(CsvTabel.veld("regel 1\nregel 2")).isEqualTo("\"regel 1\nregel 2\"");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertThat(CsvTabel.veld("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvTabel.veld("-1 dag")).isEqualTo("'-1 dag");
    assertThat(CsvTabel.veld(new BigDecimal("-2.50"))).as("numbers are numbers").isEqualTo("-2,50");
  }

  @Test
  void wholeNumbersHaveNoDecimals() {
    assertThat(CsvTabel.veld(1234567L)).isEqualTo("1234567");
    assertThat(CsvTabel.veld(new BigDecimal("250000.00"))).isEqualTo("250000,00");
  }
}
