package nl.werkstroom.noodknop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Contactverzoek starten" (the noodknop of any process): starts a {@code contactverzoek} for the
 * Klantcontactcentrum, in the municipality of this case and with this case as its
 * {@code aanleidingZaak}, and returns its process instance id as {@code contactverzoekId}. The case
 * itself goes on. A retried job finds the contactverzoek it started before (by the task's
 * idempotency key in {@value #SLEUTEL}) instead of asking the KCC to call twice.
 */
@Component("contactverzoekStarten")
public class ContactverzoekStarten implements JavaDelegate {

  static final String PROCESS = "contactverzoek";
  static final String AANLEIDING = "aanleidingZaak";
  static final String SLEUTEL = "noodknopSleutel";
  private static final Logger log = LoggerFactory.getLogger(ContactverzoekStarten.class);

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  ContactverzoekStarten(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("naam", TaskInputs.required(execution, "naam"));
    variabelen.put("telefoonnummer", TaskInputs.required(execution, "telefoonnummer"));
    variabelen.put("emailadres", TaskInputs.optional(execution, "emailadres"));
    variabelen.put("onderwerp", TaskInputs.required(execution, "onderwerp"));
    variabelen.put("voorkeurMoment", TaskInputs.optional(execution, "voorkeurMoment"));
    String zaak = TaskInputs.reference(execution);
    String sleutel = TaskInputs.idempotencyKey(execution);
    variabelen.put(AANLEIDING, zaak);
    variabelen.put(SLEUTEL, sleutel);
    variabelen.put("gemeente", TaskInputs.tenant(execution));

    String contactverzoekId = eerderGestart(zaak, sleutel);
    if (contactverzoekId == null) {
      contactverzoekId = runtimeService.createProcessInstanceByKey(PROCESS).setVariables(variabelen).execute().getId();
      log.info("Contact request {} started for process instance {}", contactverzoekId, execution.getProcessInstanceId());
    }
    execution.setVariableLocal("contactverzoekId", contactverzoekId);
  }

  private String eerderGestart(String zaak, String sleutel) {
    List<HistoricProcessInstance> eerder = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .variableValueEquals(AANLEIDING, zaak)
        .variableValueEquals(SLEUTEL, sleutel)
        .list();
    return eerder.isEmpty() ? null : eerder.get(0).getId();
  }
}
