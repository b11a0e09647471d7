package nl.werkstroom.zaak;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes every process a zaak without anything in its model but readable properties:
 * <ul>
 *   <li>a start event of the process continues asynchronously, and the zaak is registered in that
 *       job, as the instance leaves the start event;</li>
 *   <li>a flow node with the extension property {@code zaakstatus} sets that status when it is
 *       reached, in a job of its own;</li>
 *   <li>an end event of the process or of an event subprocess continues asynchronously (its
 *       {@code zaakresultaat} property names the result), and the zaak is closed in that job when the
 *       instance ends.</li>
 * </ul>
 */
class ZaakParseListener extends AbstractBpmnParseListener {

  private static final String START_EVENT = "startEvent";
  private static final String END_EVENT = "endEvent";

  private final ExecutionListener registratie;
  private final ExecutionListener afsluiten;
  private final ZaakStatusZetten statusZetten;

  ZaakParseListener(ExecutionListener registratie, ExecutionListener afsluiten, ZaakStatusZetten statusZetten) {
    this.registratie = registratie;
    this.afsluiten = afsluiten;
    this.statusZetten = statusZetten;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
    Map<String, Map<String, String>> properties = ExtensionProperties.perElement(processElement);
    process.addListener(ExecutionListener.EVENTNAME_END, afsluiten);
    for (ActivityImpl activity : process.getActivities()) {
      if (isOfType(activity, START_EVENT)) {
        activity.setAsyncAfter(true);
        registerWhenLeaving(activity);
      }
    }
    prepareEndEvents(process.getActivities(), properties);
    markMilestones(process.getActivities(), properties);
  }

  /**
   * The end events that can end the instance (those of the process and of its event subprocesses)
   * continue asynchronously, so that closing the zaak runs in a job, and note the result they mean.
   */
  private void prepareEndEvents(List<ActivityImpl> activities, Map<String, Map<String, String>> properties) {
    for (ActivityImpl activity : activities) {
      if (isEndEvent(activity)) {
        activity.setAsyncBefore(true);
        String resultaat = property(properties, activity, ZaakVariables.RESULTAAT_PROPERTY);
        if (resultaat != null) {
          ExecutionListener noteResultaat = execution -> execution.setVariable(ZaakVariables.ZAAK_RESULTAAT, resultaat);
          activity.addListener(ExecutionListener.EVENTNAME_START, noteResultaat);
        }
      }
      if (activity.isTriggeredByEvent()) {
        prepareEndEvents(activity.getActivities(), properties);
      }
    }
  }

  private void registerWhenLeaving(ActivityImpl startEvent) {
    // "take" runs after the asynchronous continuation, so registration happens in the job.
    for (PvmTransition outgoing : startEvent.getOutgoingTransitions()) {
      ((TransitionImpl) outgoing).addListener(ExecutionListener.EVENTNAME_TAKE, registratie);
    }
  }

  private void markMilestones(List<ActivityImpl> activities, Map<String, Map<String, String>> properties) {
    for (ActivityImpl activity : activities) {
      String status = property(properties, activity, ZaakVariables.STATUS_PROPERTY);
      if (status != null && !isTopLevelStartEvent(activity)) {
        activity.setAsyncBefore(true);
        ExecutionListener setStatus = execution -> statusZetten.zet(execution, status);
        activity.addListener(ExecutionListener.EVENTNAME_START, setStatus);
      }
      markMilestones(activity.getActivities(), properties);
    }
  }

  private static boolean isTopLevelStartEvent(ActivityImpl activity) {
    return isOfType(activity, START_EVENT) && activity.getFlowScope() instanceof ProcessDefinitionEntity;
  }

  /** The engine types an end event by what it throws: noneEndEvent, errorEndEvent, terminateEndEvent, ... */
  private static boolean isEndEvent(ScopeImpl activity) {
    String type = activity.getProperties().get(BpmnProperties.TYPE);
    return type != null && (type.equals(END_EVENT) || type.endsWith("EndEvent"));
  }

  private static boolean isOfType(ScopeImpl activity, String type) {
    return type.equals(activity.getProperties().get(BpmnProperties.TYPE));
  }

  private static String property(Map<String, Map<String, String>> properties, ActivityImpl activity, String name) {
    return properties.getOrDefault(activity.getId(), Map.of()).get(name);
  }

}
