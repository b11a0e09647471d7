package nl.werkstroom.dashboard.rollup;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
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

  static final String STATUS_PROPERTY = "zaakstatus";
  static final String BESLUIT_GENOMEN = "Besluit genomen";

  private final ExecutionListener besluitMeten;

  BesluitParseListener(ExecutionListener besluitMeten) {
    this.besluitMeten = besluitMeten;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
    markeer(processElement, process);
  }

  private void markeer(Element scope, ProcessDefinitionEntity process) {
    for (Element element : scope.elements()) {
      String id = element.attribute("id");
      if (id != null && BESLUIT_GENOMEN.equals(zaakstatus(element))) {
        ActivityImpl activity = process.findActivity(id);
        if (activity != null) {
          activity.addListener(ExecutionListener.EVENTNAME_START, besluitMeten);
        }
      }
      markeer(element, process);
    }
  }

  /** The engine keeps camunda:properties only for external tasks, so they are read from the XML. */
  private static String zaakstatus(Element element) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (STATUS_PROPERTY.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }
}
