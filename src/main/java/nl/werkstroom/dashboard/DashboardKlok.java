package nl.werkstroom.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import nl.werkstroom.dashboard.rollup.IsoWeek;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for the dashboard: the engine's clock, so that overdue and age are measured on the same
 * clock that set the due dates and creation times (tests move it with ClockUtil), and "today" on
 * the municipalities' calendar.
 */
@Component
public class DashboardKlok {

  public Instant nu() {
    return ClockUtil.now().toInstant();
  }

  public LocalDate vandaag() {
    return nu().atZone(IsoWeek.ZONE).toLocalDate();
  }
}
