package nl.werkstroom.servicetask.scim;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A service task's execution as a delegate sees it: its process instance, activity and variables
 * (input parameters and process variables in one map, as {@code getVariable} resolves them), and the
 * variables the delegate sets. A JSON value is kept as its JSON text, as the engine would read it back.
 */
public final class FakeExecution {

  public final Map<String, Object> variables = new HashMap<>();
  public final DelegateExecution execution = mock(DelegateExecution.class);

  public FakeExecution(String processInstanceId, String activityId, Map<String, ?> variables) {
    this.variables.putAll(variables);
    when(execution.getProcessInstanceId()).thenReturn(processInstanceId);
    when(execution.getCurrentActivityId()).thenReturn(activityId);
    when(execution.getCurrentActivityName()).thenReturn("Taak " + activityId);
    when(execution.getVariable(anyString())).thenAnswer(call -> this.variables.get(call.<String>getArgument(0)));
    when(execution.getVariableLocal(anyString())).thenAnswer(call -> this.variables.get(call.<String>getArgument(0)));
    doAnswer(call -> this.variables.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(execution).setVariable(anyString(), any());
    doAnswer(call -> this.variables.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(execution).setVariableLocal(anyString(), any());
  }

  private static Object unwrap(Object value) {
    if (value instanceof SerializableValue serializable) {
      return serializable.getValueSerialized();
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }
}
