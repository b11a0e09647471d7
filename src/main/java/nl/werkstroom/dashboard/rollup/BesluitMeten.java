package nl.werkstroom.dashboard.rollup;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the time to decision when the zaak reaches the activity that marks "Besluit genomen":
 * from the instance's start, on time when decided on or before the legal decision date
 * ({@code beslisdatum}, with suspensions and postponement) where the process keeps one. The
 * rebuild from history does not recount decisions (see {@link HerbouwSql}): they are measured here.
 */
final class BesluitMeten implements ExecutionListener {

  /** The process variable with the legal decision date (a java.util.Date). */
  static final String BESLISDATUM = "beslisdatum";

  private static final Logger LOG = LoggerFactory.getLogger(BesluitMeten.class);

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    HistoricProcessInstanceEventEntity instance = Context.getCommandContext().getDbEntityManager()
        .selectById(HistoricProcessInstanceEventEntity.class, entity.getProcessInstanceId());
    if (instance == null || instance.getStartTime() == null) {
      LOG.warn("No start time in history for process instance {}; its decision is not counted on the dashboard",
          entity.getProcessInstanceId());
      return;
    }
    Date nu = ClockUtil.getCurrentTime();
    long duur = Math.max(0, nu.getTime() - instance.getStartTime().getTime());
    RollupHistoryEventHandler.batch().duur(new DuurSleutel(entity.getProcessDefinition().getKey(),
        RollupHistoryEventHandler.gemeente(entity.getTenantId()), Meting.BESLUIT, entity.getActivityId(),
        IsoWeek.maandag(nu), DuurKlasse.vanMillis(duur), opTijd(nu, execution.getVariable(BESLISDATUM))), duur);
  }

  /** On time when decided on or before the decision date's day in Europe/Amsterdam. */
  static int opTijd(Date besloten, Object beslisdatum) {
    if (!(beslisdatum instanceof Date uiterlijk)) {
      return OpTijd.ONBEKEND;
    }
    LocalDate dag = besloten.toInstant().atZone(IsoWeek.ZONE).toLocalDate();
    LocalDate laatsteDag = uiterlijk.toInstant().atZone(IsoWeek.ZONE).toLocalDate();
    return dag.isAfter(laatsteDag) ? OpTijd.TE_LAAT : OpTijd.OP_TIJD;
  }
}
