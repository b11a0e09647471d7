package nl.werkstroom.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The names a manager reads instead of ids: municipalities and groups from the identity service
 * (where the administrator keeps them), activities from the BPMN model of a process version. Models
 * never change once deployed, so their names are cached per definition id.
 */
@Component
public class Namen {

  /** The name shown for open tasks without a candidate group. */
  public static final String ZONDER_GROEP = "Zonder groep";

  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final Map<String, Map<String, String>> activiteitenPerDefinitie = new ConcurrentHashMap<>();

  Namen(IdentityService identityService, RepositoryService repositoryService) {
    this.identityService = identityService;
    this.repositoryService = repositoryService;
  }

  /** Municipality id → name; an id without a tenant in the engine keeps its id. */
  public Map<String, String> gemeenten(Collection<String> ids) {
    Map<String, String> namen = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Tenant tenant : identityService.createTenantQuery().tenantIdIn(ids.toArray(String[]::new)).list()) {
        namen.put(tenant.getId(), tenant.getName());
      }
    }
    ids.forEach(id -> namen.putIfAbsent(id, id));
    return namen;
  }

  /** Group id → name; "" is the group of tasks without a candidate group. */
  public Map<String, String> groepen(Collection<String> ids) {
    Map<String, String> namen = new HashMap<>();
    String[] echte = ids.stream().filter(id -> !id.isEmpty()).distinct().toArray(String[]::new);
    if (echte.length > 0) {
      for (Group groep : identityService.createGroupQuery().groupIdIn(echte).list()) {
        namen.put(groep.getId(), groep.getName());
      }
    }
    ids.forEach(id -> namen.putIfAbsent(id, id.isEmpty() ? ZONDER_GROEP : id));
    return namen;
  }

  /** The name of an activity in a process version's model; its id when it has no name. */
  public String activiteit(String definitieId, String activiteitId) {
    if (definitieId == null || activiteitId == null) {
      return activiteitId;
    }
    return activiteitenPerDefinitie.computeIfAbsent(definitieId, this::lees).getOrDefault(activiteitId, activiteitId);
  }

  private Map<String, String> lees(String definitieId) {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definitieId);
    Map<String, String> namen = new HashMap<>();
    if (model != null) {
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (element.getName() != null && !element.getName().isBlank()) {
          namen.put(element.getId(), element.getName().strip());
        }
      }
    }
    return Map.copyOf(namen);
  }
}
