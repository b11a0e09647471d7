package nl.werkstroom.zaak;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** The key and name of the process an execution belongs to (from the engine's deployment cache). */
final class ProcessKeys {

  private ProcessKeys() {
  }

  static String of(DelegateExecution execution) {
    return definition(execution).getKey();
  }

  static String name(DelegateExecution execution) {
    ProcessDefinition definition = definition(execution);
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  private static ProcessDefinition definition(DelegateExecution execution) {
    return execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId());
  }
}
