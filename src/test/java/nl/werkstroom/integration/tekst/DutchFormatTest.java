package nl.werkstroom.integration.tekst;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Values as a reader sees them in a mail or letter. */
class DutchFormatTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void everyKindOfDateBecomesALongDutchDate() {
    assertThat(DutchFormat.format(LocalDate.of(2027, 2, 3))).isEqualTo("3 februari 2027");
    assertThat(DutchFormat.format(LocalDateTime.of(2026, 12, 1, 14, 30))).isEqualTo("1 december 2026");
    Date endOfDay = Date.from(LocalDate.of(2027, 2, 3).atTime(23, 59, 59).atZone(AMSTERDAM).toInstant());
    assertThat(DutchFormat.format(endOfDay)).isEqualTo("3 februari 2027");
    assertThat(DutchFormat.format(java.sql.Date.valueOf("2026-03-01"))).isEqualTo("1 maart 2026");
    // 23:30 UTC on 30 June is already 1 July in Amsterdam.
    assertThat(DutchFormat.format(OffsetDateTime.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 juli 2026");
    assertThat(DutchFormat.format(Instant.parse("2026-06-30T08:05:00Z"))).isEqualTo("30 juni 2026");
  }

  @Test
  void anIsoDateTextBecomesALongDutchDateAndOtherTextStaysAsItIs() {
    assertThat(DutchFormat.format("2027-02-03")).isEqualTo("3 februari 2027");
    assertThat(DutchFormat.format("2026-06-30T23:30:00Z")).isEqualTo("1 juli 2026");
    assertThat(DutchFormat.format("2026-03-01T10:00")).isEqualTo("1 maart 2026");
    assertThat(DutchFormat.format("2026-13-45")).isEqualTo("2026-13-45");
    assertThat(DutchFormat.format("ZAAK-2026-0001")).isEqualTo("ZAAK-2026-0001");
    assertThat(DutchFormat.format("uiterlijk 2027-02-03")).isEqualTo("uiterlijk 2027-02-03");
  }

  @Test
  void amountsAreEurosWithDutchSeparatorsAndWholeNumbersArePlain() {
    assertThat(DutchFormat.format(1250.0)).isEqualTo("€ 1.250,00");
    assertThat(DutchFormat.format(new BigDecimal("1234567.891"))).isEqualTo("€ 1.234.567,89");
    assertThat(DutchFormat.format(0.1 + 0.2)).isEqualTo("€ 0,30");
    assertThat(DutchFormat.format(12.5f)).isEqualTo("€ 12,50");
    assertThat(DutchFormat.format(0.005)).isEqualTo("€ 0,01");
    assertThat(DutchFormat.format(new BigDecimal("1E+3"))).isEqualTo("€ 1.000,00");
    assertThat(DutchFormat.format(25000)).isEqualTo("25000");
    assertThat(DutchFormat.format(8L)).isEqualTo("8");
  }

  @Test
  void booleansAreJaOrNeeAndBlankIsNoValue() {
    assertThat(DutchFormat.format(true)).isEqualTo("ja");
    assertThat(DutchFormat.format(Boolean.FALSE)).isEqualTo("nee");
    assertThat(DutchFormat.format("")).isNull();
    assertThat(DutchFormat.format("  ")).isNull();
    assertThat(DutchFormat.format(null)).isNull();
    assertThat(DutchFormat.format(" tekst met spaties ")).isEqualTo(" tekst met spaties ");
  }
}
