package nl.werkstroom.dashboard.rollup;

import nl.werkstroom.zaak.ExtensionProperties;
import nl.werkstroom.zaak.ZaakVariables;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Finds in every model the activities that mark the decision of the zaak (extension property
 * {@code zaakstatus} = "Besluit genomen", as the zaak module reads it) and measures the time to
 * decision when one is reached. A process owner marks the milestone once, for the zaak and the
 * dashboard alike.
 */
final class BesluitParseListener extends AbstractBpmnParseListener {

  static final String BESLUIT_GENOMEN = "Besluit genomen";

  private final ExecutionListener besluitMeten;

  BesluitParseListener(ExecutionListener besluitMeten) {
    this.besluitMeten = besluitMeten;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
    ExtensionProperties.perElement(processElement).forEach((id, properties) -> {
      ActivityImpl activity = process.findActivity(id);
      if (activity != null && BESLUIT_GENOMEN.equals(properties.get(ZaakVariables.STATUS_PROPERTY))) {
        activity.addListener(ExecutionListener.EVENTNAME_START, besluitMeten);
      }
    });
  }
}
