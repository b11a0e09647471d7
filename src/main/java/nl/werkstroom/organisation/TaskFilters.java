package nl.werkstroom.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/** The task lists every employee sees in Tasklist, in Dutch. */
class TaskFilters {

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGrants grants;

  TaskFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void apply() {
    ensure("Mijn taken", -10, "Taken die aan mij zijn toegewezen",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure("Taken van mijn groepen", -5, "Taken die iemand uit mijn groepen kan oppakken",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure("Alle taken", 0, "Alle taken die ik mag zien", taskService.createTaskQuery());
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filterService.saveFilter(filter);
    }
    grants.toEveryone(Resources.FILTER, filter.getId(), READ);
  }
}
