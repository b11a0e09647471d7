package nl.werkstroom.subsidie;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.deadline.DeadlineCalculator;
import nl.werkstroom.deadline.DeadlineProperties;
import nl.werkstroom.deadline.DutchHolidays;
import nl.werkstroom.subsidie.SubsidieProperties.Gemeente;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import nl.werkstroom.subsidie.SubsidieProperties.Verantwoording;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The variables of one process instance, with a Mockito execution or task over them: the beans under
 * test read and write variables and nothing else of the engine. Also the configuration and calendar
 * the beans are built with, and the clock.
 */
final class Procesdata {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  final Map<String, Object> variabelen = new HashMap<>();

  Procesdata met(String naam, Object waarde) {
    variabelen.put(naam, waarde);
    return this;
  }

  Object get(String naam) {
    return variabelen.get(naam);
  }

  DelegateExecution execution() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> variabelen.get(call.<String>getArgument(0)));
    doAnswer(call -> variabelen.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    when(execution.getTenantId()).thenReturn("leiden");
    when(execution.getProcessInstanceId()).thenReturn("proces-1");
    when(execution.getProcessBusinessKey()).thenReturn("ZAAK-2026-0042");
    when(execution.getCurrentActivityId()).thenReturn("Task_Test");
    when(execution.getCurrentActivityName()).thenReturn("Testtaak");
    return execution;
  }

  DelegateTask task() {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable(anyString())).thenAnswer(call -> variabelen.get(call.<String>getArgument(0)));
    doAnswer(call -> variabelen.put(call.getArgument(0), call.getArgument(1)))
        .when(task).setVariable(anyString(), any());
    when(task.getName()).thenReturn("Testtaak");
    return task;
  }

  static SubsidieKalender kalender() {
    DeadlineProperties properties = new DeadlineProperties(AMSTERDAM, List.of());
    return new SubsidieKalender(new DeadlineCalculator(new DutchHolidays(properties)), properties);
  }

  /** Leiden's sport scheme of the demo configuration, and Leiden's tiers. */
  static Regelingen regelingen() {
    Regeling sport = new Regeling("sport-en-bewegen", "Subsidieregeling sport en bewegen",
        "Algemene Subsidieverordening Leiden 2024, artikel 3", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
        "SUB-SPORT", new BigDecimal("250000.00"), new BigDecimal("25000.00"), Verdeling.VOLGORDE_VAN_BINNENKOMST,
        8, 2, 80, 13, 8);
    Gemeente leiden = new Gemeente(new Verantwoording(new BigDecimal("5000.00"), new BigDecimal("50000.00")),
        List.of(sport));
    return new Regelingen(new SubsidieProperties(Map.of("leiden", leiden), 14));
  }

  static Beslistermijn beslistermijn() {
    return new Beslistermijn(kalender(), regelingen());
  }

  static void klokOp(String isoDateTime) {
    ClockUtil.setCurrentTime(moment(isoDateTime));
  }

  static Date moment(String isoDateTime) {
    return Date.from(LocalDateTime.parse(isoDateTime).atZone(AMSTERDAM).toInstant());
  }

  /** The end of a legal day, as the beans store a deadline. */
  static Date eindeVan(String isoDate) {
    return moment(isoDate + "T23:59:59");
  }
}
