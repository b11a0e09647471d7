package nl.werkstroom.subsidie;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Beslisdatum verdagen" (Awb 4:14): after the applicant was told the new date, {@code beslisdatum}
 * becomes the end of {@code nieuweBeslisdatum}. A postponement cannot shorten the period: a new
 * date that is not later than the current one leaves the current one in force.
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
    beslistermijn.stel(execution, nieuweDag, nieuweDag);
  }
}
