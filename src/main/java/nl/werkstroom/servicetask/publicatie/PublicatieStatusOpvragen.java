package nl.werkstroom.servicetask.publicatie;

import nl.werkstroom.integration.publicatie.Publicatie;
import nl.werkstroom.integration.publicatie.PublicatieClient;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Publicatiestatus opvragen": reads the status of publication {@code publicatieId} and returns
 * {@code publicatieStatus} (ingediend, gepubliceerd, afgewezen), {@code publicatiedatum}
 * (JJJJ-MM-DD), {@code publicatieUrl} and, when refused, {@code publicatieReden}. "Not yet" is an
 * answer, not a failure: the model decides with a gateway and waits with a timer before asking again.
 */
@Component("publicatieStatusOpvragen")
public class PublicatieStatusOpvragen implements JavaDelegate {

  private final PublicatieClient publicatie;

  PublicatieStatusOpvragen(PublicatieClient publicatie) {
    this.publicatie = publicatie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Publicatie stand = publicatie.status(TaskInputs.required(execution, "publicatieId"));
    execution.setVariableLocal("publicatieStatus", stand.status());
    execution.setVariableLocal("publicatiedatum", stand.publicatiedatum() == null ? null : stand.publicatiedatum().toString());
    execution.setVariableLocal("publicatieUrl", stand.url());
    execution.setVariableLocal("publicatieReden", stand.reden());
  }
}
