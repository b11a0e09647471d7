package nl.werkstroom.subsidie;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Beslisdatum verdagen" (Awb 4:14): after the applicant was told the new date, {@code beslisdatum}
 * becomes the end of {@code nieuweBeslisdatum}, and the open tasks of the case that were due on the
 * old date are due on the new one (a due date is otherwise set only when a task is created). A
 * postponement cannot shorten the period: a new date that is not later than the current one leaves
 * the current one in force.
 */
@Component("beslisdatumVerdagen")
public class BeslisdatumVerdagen implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(BeslisdatumVerdagen.class);

  private final Beslistermijn beslistermijn;

  public BeslisdatumVerdagen(Beslistermijn beslistermijn) {
    this.beslistermijn = beslistermijn;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate nieuweDag = ProcesVariabelen.dag(execution, "nieuweBeslisdatum");
    LocalDate huidigeDag = beslistermijn.laatsteDag(execution);
    if (!nieuweDag.isAfter(huidigeDag)) {
      LOG.warn("Process instance {}: new decision date {} is not after the current one {}; kept the current one",
          execution.getProcessInstanceId(), nieuweDag, huidigeDag);
      return;
    }
    Date oudeBeslisdatum = (Date) execution.getVariable(Beslistermijn.BESLISDATUM);
    beslistermijn.stel(execution, nieuweDag, nieuweDag);
    verschuifOpenTaken(execution, oudeBeslisdatum, (Date) execution.getVariable(Beslistermijn.BESLISDATUM));
  }

  private static void verschuifOpenTaken(DelegateExecution execution, Date oud, Date nieuw) {
    if (oud == null || execution.getProcessEngineServices() == null) {
      return;
    }
    TaskService taken = execution.getProcessEngineServices().getTaskService();
    for (Task taak : taken.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).dueDate(oud).list()) {
      taken.setDueDate(taak.getId(), nieuw);
    }
  }
}
