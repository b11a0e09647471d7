package nl.werkstroom.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermijnTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final Termijn termijn = termijn(AMSTERDAM);

  private static Termijn termijn(ZoneId zone) {
    DeadlineProperties properties = new DeadlineProperties(zone, List.of());
    return new Termijn(new DeadlineCalculator(new DutchHolidays(properties)), properties);
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void werkdagenCountsFromTheEngineClockAndEndsAtTheEndOfTheDayInAmsterdam() {
    clockAt("2025-03-05T09:00:00Z"); // Wednesday

    assertThat(termijn.werkdagen(2).toInstant()).isEqualTo(Instant.parse("2025-03-07T22:59:59Z")); // CET
  }

  @Test
  void endOfDayFollowsSummerTime() {
    clockAt("2025-04-17T09:00:00Z"); // Witte Donderdag

    // Good Friday, Easter weekend and Easter Monday: Tuesday 22 and Wednesday 23 April, CEST.
    assertThat(termijn.werkdagen(2).toInstant()).isEqualTo(Instant.parse("2025-04-23T21:59:59Z"));
  }

  @Test
  void todayIsTheDayInAmsterdamNotInUtc() {
    clockAt("2025-01-05T23:30:00Z"); // Sunday in UTC, already Monday 6 January 00:30 in Amsterdam

    assertThat(termijn.werkdagen(1).toInstant()).isEqualTo(Instant.parse("2025-01-07T22:59:59Z"));
    assertThat(termijn(ZoneId.of("UTC")).werkdagen(1).toInstant())
        .as("the same moment seen in UTC").isEqualTo(Instant.parse("2025-01-06T23:59:59Z"));
  }

  @Test
  void wekenIsAnAwbPeriodFromToday() {
    clockAt("2025-11-13T10:00:00Z"); // six weeks later is Eerste Kerstdag

    assertThat(termijn.weken(6).toInstant()).isEqualTo(Instant.parse("2025-12-29T22:59:59Z"));
  }

  @Test
  void werkdagenNaAcceptsAnIsoStringADateAndALocalDate() {
    Instant expected = Instant.parse("2025-12-29T22:59:59Z"); // one working day after Christmas Eve

    assertThat(termijn.werkdagenNa("2025-12-24", 1).toInstant()).isEqualTo(expected);
    assertThat(termijn.werkdagenNa(LocalDate.of(2025, 12, 24), 1).toInstant()).isEqualTo(expected);
    assertThat(termijn.werkdagenNa(Date.from(Instant.parse("2025-12-24T08:00:00Z")), 1).toInstant())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2025-11-13",
      " 2025-11-13 ",
      "2025-11-13T10:15",
      "2025-11-13T10:15:30",
      "2025-11-13T10:15:30+01:00",
      "2025-11-13T10:15:30.000+0100",
      "2025-11-12T23:30:00Z",
      "2025-11-13T22:59:59.999Z"
  })
  void wekenNaReadsIsoStringsAsDaysInAmsterdam(String sent) {
    assertThat(termijn.wekenNa(sent, 6).toInstant()).isEqualTo(Instant.parse("2025-12-29T22:59:59Z"));
  }

  @Test
  void wekenNaReadsADateAsTheDayInAmsterdam() {
    Date lateEveningUtc = Date.from(Instant.parse("2025-11-12T23:30:00Z")); // 13 November in Amsterdam

    assertThat(termijn.wekenNa(lateEveningUtc, 6).toInstant()).isEqualTo(Instant.parse("2025-12-29T22:59:59Z"));
    assertThat(termijn.wekenNa(java.sql.Date.valueOf("2025-11-13"), 6).toInstant())
        .isEqualTo(Instant.parse("2025-12-29T22:59:59Z"));
    assertThat(termijn.wekenNa(LocalDateTime.of(2025, 11, 13, 8, 0), 6).toInstant())
        .isEqualTo(Instant.parse("2025-12-29T22:59:59Z"));
  }

  @Test
  void opgeschortTakesTheEndOfADeadlineItComputedBefore() {
    clockAt("2025-03-03T08:00:00Z"); // request received Monday 3 March: eight weeks is Monday 28 April
    Date beslistermijn = termijn.weken(8);

    Date opgeschort = termijn.opgeschort(beslistermijn, "2025-04-02", LocalDate.of(2025, 4, 15));

    assertThat(beslistermijn.toInstant()).isEqualTo(Instant.parse("2025-04-28T21:59:59Z"));
    // thirteen days later is Sunday 11 May: Monday 12 May
    assertThat(opgeschort.toInstant()).isEqualTo(Instant.parse("2025-05-12T21:59:59Z"));
  }

  @Test
  void processOwnersExpressionsEvaluateWithJuel() {
    clockAt("2025-03-05T09:00:00Z");
    ExpressionFactoryImpl factory = new ExpressionFactoryImpl();
    SimpleContext context = new SimpleContext();
    context.setVariable("termijn", factory.createValueExpression(termijn, Termijn.class));
    context.setVariable("verzonden", factory.createValueExpression(LocalDate.of(2025, 11, 13), LocalDate.class));

    Object dueDate = factory.createValueExpression(context, "${termijn.werkdagen(2)}", Object.class).getValue(context);
    Object timer = factory.createValueExpression(context, "${termijn.wekenNa(verzonden, 6)}", Object.class)
        .getValue(context);

    assertThat(dueDate).isEqualTo(Date.from(Instant.parse("2025-03-07T22:59:59Z")));
    assertThat(timer).isEqualTo(Date.from(Instant.parse("2025-12-29T22:59:59Z")));
  }

  @Test
  void rejectsValuesThatAreNoDate() {
    assertThatIllegalArgumentException().isThrownBy(() -> termijn.werkdagenNa("13-11-2025", 2))
        .withMessage("The date 'datum' is not an ISO-8601 date such as 2025-04-18: '13-11-2025'");
    assertThatIllegalArgumentException().isThrownBy(() -> termijn.wekenNa(20251113, 6))
        .withMessage("The date 'datum' must be a date or an ISO-8601 string, not a java.lang.Integer");
    assertThatIllegalArgumentException().isThrownBy(() -> termijn.opgeschort("2025-04-28", null, "2025-04-15"))
        .withMessage("The date 'vanaf' is missing");
  }

  @Test
  void passesOnTheCalculatorsValidation() {
    clockAt("2025-03-05T09:00:00Z");

    assertThatIllegalArgumentException().isThrownBy(() -> termijn.werkdagen(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> termijn.weken(0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> termijn.opgeschort("2025-04-28", "2025-04-15", "2025-04-02"))
        .withMessageContaining("cannot end");
  }
}
