package nl.werkstroom.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The model says who may start a process ({@code camunda:candidateStarterGroups}); this turns that
 * into the engine authorizations that Tasklist and the REST API check, whenever a model is deployed,
 * from Werkstroom's folders or from Camunda Modeler. Process owners need no administrator for it.
 */
class ProcessStarterAuthorizations extends AbstractBpmnParseListener {

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null || processDefinition.getCandidateStarterGroupIdExpressions().isEmpty()) {
      return;
    }
    AuthorizationGrants grants = new AuthorizationGrants(
        Context.getProcessEngineConfiguration().getAuthorizationService());
    commandContext.runWithoutAuthorization(() -> {
      for (Expression group : processDefinition.getCandidateStarterGroupIdExpressions()) {
        String groupId = group.getExpressionText();
        grants.toGroup(groupId, Resources.PROCESS_DEFINITION, processDefinition.getKey(), READ, CREATE_INSTANCE);
        grants.toGroup(groupId, Resources.PROCESS_INSTANCE, ANY, CREATE);
      }
      return null;
    });
  }
}
