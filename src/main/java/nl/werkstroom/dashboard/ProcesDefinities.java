package nl.werkstroom.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The deployed processes as the dashboard lists them: key, name and the id of the latest version
 * (the one Cockpit opens). Read from the engine on each request, because a process owner may deploy
 * a new process or version from the Modeler at any time; a handful of rows.
 */
@Component
public class ProcesDefinities {

  private final RepositoryService repositoryService;

  ProcesDefinities(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** A deployed process: its key, its (Dutch) name and the id of its latest version. */
  public record Proces(String sleutel, String naam, String laatsteId) {
  }

  /**
   * The processes deployed for all municipalities or for one of these, by name. A version shared by
   * all municipalities goes before a municipality's own.
   */
  public List<Proces> van(List<String> gemeenten) {
    if (gemeenten.isEmpty()) {
      return List.of(); // the engine would read an empty tenant list as no restriction
    }
    Map<String, Proces> perSleutel = new LinkedHashMap<>();
    repositoryService.createProcessDefinitionQuery().latestVersion()
        .tenantIdIn(gemeenten.toArray(String[]::new)).includeProcessDefinitionsWithoutTenantId().list().stream()
        .sorted(Comparator.comparing((ProcessDefinition definitie) -> definitie.getTenantId() != null))
        .forEach(definitie -> perSleutel.putIfAbsent(definitie.getKey(), new Proces(definitie.getKey(),
            definitie.getName() == null || definitie.getName().isBlank() ? definitie.getKey() : definitie.getName(),
            definitie.getId())));
    return perSleutel.values().stream().sorted(Comparator.comparing(Proces::naam, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  public List<String> sleutels(List<String> gemeenten) {
    return van(gemeenten).stream().map(Proces::sleutel).sorted().toList();
  }
}
