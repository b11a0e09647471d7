package nl.werkstroom.servicetask.zgw;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * One run of a service task as the engine hands it to a delegate: the process instance, the
 * activity, the municipality (tenant), the variables the template maps in, and the local variables
 * the delegate sets. Running it twice with the same instance and activity is what a retried job does.
 */
final class Taak {

  final Map<String, Object> variabelen = new HashMap<>();
  final Map<String, Object> lokaal = new HashMap<>();
  private final String processInstanceId;
  private final String activityId;
  private final String tenantId;
  private long eerdereRuns;
  private Integer loopCounter;

  Taak(String processInstanceId, String activityId, String tenantId) {
    this.processInstanceId = processInstanceId;
    this.activityId = activityId;
    this.tenantId = tenantId;
  }

  Taak met(String naam, Object waarde) {
    variabelen.put(naam, waarde);
    return this;
  }

  /**
   * The same task once more, as a retried job runs it: same instance, activity and inputs; the local
   * variables of the failed attempt are gone with its rolled-back transaction.
   */
  Taak herhaling() {
    Taak herhaling = new Taak(processInstanceId, activityId, tenantId);
    herhaling.variabelen.putAll(variabelen);
    herhaling.eerdereRuns = eerdereRuns;
    herhaling.loopCounter = loopCounter;
    return herhaling;
  }

  /** The activity completed this many times before in this instance: the process looped back to it. */
  Taak naEerdereRuns(long aantal) {
    eerdereRuns = aantal;
    return this;
  }

  /** One of the instances of a multi-instance task. */
  Taak inLus(int teller) {
    loopCounter = teller;
    return this;
  }

  /** A fresh execution for one attempt; its local variables land in {@link #lokaal}. */
  DelegateExecution uitvoering() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessInstanceId()).thenReturn(processInstanceId);
    when(execution.getCurrentActivityId()).thenReturn(activityId);
    when(execution.getCurrentActivityName()).thenReturn("Vastleggen");
    when(execution.getTenantId()).thenReturn(tenantId);
    // The loop counter lives on the multi-instance execution, above the task's own scope: not local.
    when(execution.getVariable(anyString())).thenAnswer(call -> {
      String naam = call.getArgument(0);
      if ("loopCounter".equals(naam)) {
        return loopCounter;
      }
      return lokaal.containsKey(naam) ? lokaal.get(naam) : variabelen.get(naam);
    });
    when(execution.getVariableLocal(anyString())).thenAnswer(call -> lokaal.get(call.<String>getArgument(0)));
    doAnswer(call -> lokaal.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariableLocal(anyString(), any());
    if (eerdereRuns > 0) {
      ProcessEngineServices engine = mock(ProcessEngineServices.class, RETURNS_DEEP_STUBS);
      when(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
          .activityId(activityId).finished().count()).thenReturn(eerdereRuns);
      when(execution.getProcessEngineServices()).thenReturn(engine);
    }
    return execution;
  }
}
