package nl.werkstroom.dashboard.rollup;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Counts, beside the engine's own history, what the dashboard shows: an instance started, an
 * instance ended (its lead time), a user task completed (how long the work waited). The same events
 * fill ACT_HI_PROCINST and ACT_HI_TASKINST, so {@link DashboardRollups#herbouw()} arrives at the same
 * figures from there. Ends are measured at commit, once the engine's history handler has completed
 * the event with the start time.
 */
final class RollupHistoryEventHandler implements HistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance && instance.getProcessDefinitionKey() != null) {
      if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        batch().gestart(new GestartSleutel(instance.getProcessDefinitionKey(), gemeente(instance.getTenantId()),
            IsoWeek.maandag(instance.getStartTime())));
      } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        batch().bijCommit(batch -> afgerond(batch, instance));
      }
    } else if (event instanceof HistoricTaskInstanceEventEntity task
        && event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
        && TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())
        && task.getProcessDefinitionKey() != null && task.getTaskDefinitionKey() != null) {
      batch().bijCommit(batch -> taak(batch, task));
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static void afgerond(RollupBatch batch, HistoricProcessInstanceEventEntity instance) {
    long duur = duur(instance.getDurationInMillis());
    batch.duur(new DuurSleutel(instance.getProcessDefinitionKey(), gemeente(instance.getTenantId()), Meting.AFGEROND,
        "", IsoWeek.maandag(instance.getEndTime()), DuurKlasse.vanMillis(duur), OpTijd.ONBEKEND), duur);
  }

  private static void taak(RollupBatch batch, HistoricTaskInstanceEventEntity task) {
    long duur = duur(task.getDurationInMillis());
    batch.duur(new DuurSleutel(task.getProcessDefinitionKey(), gemeente(task.getTenantId()), Meting.TAAK,
        task.getTaskDefinitionKey(), IsoWeek.maandag(task.getEndTime()), DuurKlasse.vanMillis(duur),
        OpTijd.tegen(task.getEndTime(), task.getDueDate())), duur);
  }

  /** A duration the engine could not complete (no start time in its history) counts as 0, as in the rebuild. */
  static long duur(Long millis) {
    return millis == null ? 0 : Math.max(0, millis);
  }

  static String gemeente(String tenantId) {
    return tenantId == null ? "" : tenantId;
  }

  static RollupBatch batch() {
    return Context.getCommandContext().getSession(RollupBatch.class);
  }
}
