package nl.werkstroom.zaak;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The {@code camunda:properties} of a model's elements, per element id. The engine keeps them only
 * for external tasks, so parse listeners read them from the XML.
 */
public final class ExtensionProperties {

  private ExtensionProperties() {
  }

  /** Every element below the scope (nested ones included) that has properties: id → name → value. */
  public static Map<String, Map<String, String>> perElement(Element scope) {
    Map<String, Map<String, String>> properties = new HashMap<>();
    collect(scope, properties);
    return properties;
  }

  private static void collect(Element scope, Map<String, Map<String, String>> properties) {
    for (Element element : scope.elements()) {
      Element extensions = element.element("extensionElements");
      Element list = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
      if (list != null && element.attribute("id") != null) {
        for (Element property : list.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
          properties.computeIfAbsent(element.attribute("id"), id -> new HashMap<>())
              .put(property.attribute("name"), property.attribute("value"));
        }
      }
      collect(element, properties);
    }
  }
}
