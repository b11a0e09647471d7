package nl.werkstroom.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The Werkstroom modelling conventions (DESIGN.md, "BPMN conventions") as checks over the files
 * under {@code processes/} and {@code forms/}. Plain Java: which Spring beans exist is given as a
 * predicate, so the rules run with or without an application context.
 *
 * <p>Forms are matched to models the way Werkstroom deploys them: one deployment per process
 * folder, holding {@code processes/<p>/**} and {@code forms/<p>/**}, so a {@code camunda:formRef}
 * with binding {@code deployment} must name the {@code id} of a form in the model's own folder.
 */
public final class ModelConformanceRules {

  public static final String MODELER_NAMESPACE = "http://camunda.org/schema/modeler/1.0";
  public static final String EXECUTION_PLATFORM = "Camunda Platform";

  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}$");
  private static final String DURATION = "P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?";
  private static final Pattern RETRY_TIME_CYCLE = Pattern.compile(
      "^(?:R\\d+/" + DURATION + "|" + DURATION + "(?:\\s*,\\s*" + DURATION + ")*|\\$\\{.+})$");

  private final Predicate<String> beanExists;
  private final String platformVersion;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param beanExists whether the application has a bean of that name (e.g. {@code context::containsBean})
   * @param engineVersion the engine's version, e.g. {@code 7.24.0}; models must declare the same minor version
   */
  public ModelConformanceRules(Predicate<String> beanExists, String engineVersion) {
    this.beanExists = Objects.requireNonNull(beanExists);
    this.platformVersion = minorVersion(engineVersion);
  }

  /** A broken rule: which file, which element (process, task, form field; may be empty) and what is wrong. */
  public record Violation(String file, String element, String message) {

    @Override
    public String toString() {
      return file + (element == null || element.isEmpty() ? "" : " › " + element) + ": " + message;
    }
  }

  /** What {@link #checkProject} looked at and what it found. */
  public record Report(List<String> models, List<String> forms, List<Violation> violations) {

    /** One line per violation, ready for a failure message. */
    public String describe() {
      StringBuilder text = new StringBuilder();
      text.append(violations.size()).append(" model conformance violation(s) in ")
          .append(models.size()).append(" model(s) and ").append(forms.size()).append(" form(s):");
      violations.forEach(violation -> text.append("\n  - ").append(violation));
      return text.toString();
    }
  }

  /** A form found under {@code forms/}: where it lies and the id a formRef names it by. */
  public record Form(String file, String processFolder, String id) {
  }

  // ---------------------------------------------------------------------------------------------
  // The whole project

  /** Checks every BPMN and DMN model under {@code root/processes} and every form under {@code root/forms}. */
  public Report checkProject(Path root) {
    List<Violation> violations = new ArrayList<>();
    List<String> formFiles = files(root, "forms", ".form");
    List<String> modelFiles = new ArrayList<>(files(root, "processes", ".bpmn"));
    modelFiles.addAll(files(root, "processes", ".dmn"));
    modelFiles.sort(null);

    Set<String> processFolders = new TreeSet<>();
    for (String model : modelFiles) {
      processFolder(model).ifPresentOrElse(processFolders::add, () -> violations.add(new Violation(model, "",
          "is not deployed: models belong in a process folder, processes/<process>/")));
    }

    List<Form> forms = new ArrayList<>();
    for (String file : formFiles) {
      violations.addAll(checkForm(root.resolve(file), file));
      String folder = processFolder(file).orElse(null);
      if (folder == null) {
        violations.add(new Violation(file, "", "is not deployed: forms belong in forms/<process>/, beside processes/<process>/"));
      } else if (!processFolders.contains(folder)) {
        violations.add(new Violation(file, "", "is not deployed: there is no process folder processes/" + folder + "/"));
      }
      formId(root.resolve(file)).ifPresent(id -> forms.add(new Form(file, folder, id)));
    }
    violations.addAll(duplicateFormIds(forms));

    Map<String, List<String>> processKeys = new TreeMap<>();
    for (String file : modelFiles) {
      if (file.endsWith(".dmn")) {
        violations.addAll(checkDmn(root.resolve(file), file));
      } else {
        violations.addAll(checkBpmn(root.resolve(file), file, forms));
        processIds(root.resolve(file)).forEach(id -> processKeys.computeIfAbsent(id, k -> new ArrayList<>()).add(file));
      }
    }
    processKeys.forEach((key, files) -> {
      if (files.size() > 1) {
        violations.add(new Violation(files.get(0), key, "process key is also used in " + String.join(", ", files.subList(1, files.size()))
            + ": each deployment would replace the other's definition"));
      }
    });
    return new Report(modelFiles, formFiles, violations);
  }

  private List<Violation> duplicateFormIds(List<Form> forms) {
    Map<String, List<String>> filesById = new TreeMap<>();
    for (Form form : forms) {
      if (form.processFolder() != null) {
        filesById.computeIfAbsent(form.processFolder() + "/" + form.id(), k -> new ArrayList<>()).add(form.file());
      }
    }
    List<Violation> violations = new ArrayList<>();
    filesById.forEach((key, files) -> {
      if (files.size() > 1) {
        violations.add(new Violation(files.get(1), key.substring(key.indexOf('/') + 1),
            "form id is also used by " + files.get(0) + " in the same deployment: a formRef cannot tell them apart"));
      }
    });
    return violations;
  }

  // ---------------------------------------------------------------------------------------------
  // BPMN

  /**
   * Checks one BPMN model.
   *
   * @param file the model on disk
   * @param name the model's path from the project root, e.g. {@code processes/contactverzoek/contactverzoek.bpmn}
   * @param forms all forms of the project; a formRef must name one in the model's process folder
   */
  public List<Violation> checkBpmn(Path file, String name, Collection<Form> forms) {
    List<Violation> violations = new ArrayList<>();
    BpmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Bpmn.readModelFromStream(in);
    } catch (IOException | RuntimeException e) {
      violations.add(new Violation(name, "", "cannot be read as BPMN: " + rootMessage(e)));
      return violations;
    }
    Check check = new Check(name, violations);
    ModelElementInstance definitions = model.getDefinitions();
    checkExecutionPlatform(check, definitions);

    for (Process process : model.getModelElementsByType(Process.class)) {
      checkProcess(check, process);
    }
    checkDiagramInterchange(check, model);
    String folder = processFolder(name).orElse(null);
    List<Form> formsOfDeployment = folder == null ? List.of()
        : forms.stream().filter(form -> folder.equals(form.processFolder())).toList();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(check, task, formsOfDeployment, forms, folder);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkStartForm(check, start, formsOfDeployment, forms, folder);
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkBackendCall(check, task, task, new Implementation(task.getCamundaClass(), task.getCamundaExpression(),
          task.getCamundaDelegateExpression(), task.getCamundaType(), hasConnector(task)), true);
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      checkBackendCall(check, task, task, new Implementation(task.getCamundaClass(), task.getCamundaExpression(),
          task.getCamundaDelegateExpression(), task.getCamundaType(), hasConnector(task)), true);
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      if (isBlank(task.getCamundaDecisionRef())) {
        checkBackendCall(check, task, task, new Implementation(task.getCamundaClass(), task.getCamundaExpression(),
            task.getCamundaDelegateExpression(), task.getCamundaType(), hasConnector(task)), true);
      }
    }
    for (MessageEventDefinition message : model.getModelElementsByType(MessageEventDefinition.class)) {
      if (message.getParentElement() instanceof IntermediateThrowEvent || message.getParentElement() instanceof EndEvent) {
        ThrowEvent event = (ThrowEvent) message.getParentElement();
        checkBackendCall(check, event, message, new Implementation(message.getCamundaClass(), message.getCamundaExpression(),
            message.getCamundaDelegateExpression(), message.getCamundaType(), false), false);
      }
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      checkListener(check, listener, "execution listener", listener.getCamundaClass(), listener.getCamundaDelegateExpression());
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      checkListener(check, listener, "task listener", listener.getCamundaClass(), listener.getCamundaDelegateExpression());
    }
    return violations;
  }

  private void checkProcess(Check check, Process process) {
    if (!process.isExecutable()) {
      if (!process.getFlowElements().isEmpty()) {
        check.report(process, "process is not executable: set isExecutable=\"true\"");
      }
      return;
    }
    if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
      check.report(process, "process has no camunda:historyTimeToLive (days; give the archive reason next to it)");
    }
  }

  private void checkDiagramInterchange(Check check, BpmnModelInstance model) {
    Set<String> drawn = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        drawn.add(shape.getBpmnElement().getId());
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        drawn.add(edge.getBpmnElement().getId());
      }
    }
    List<BaseElement> elements = new ArrayList<>();
    model.getModelElementsByType(FlowElement.class).stream().filter(element -> !(element instanceof DataObject)).forEach(elements::add);
    elements.addAll(model.getModelElementsByType(Participant.class));
    elements.addAll(model.getModelElementsByType(Lane.class));
    elements.addAll(model.getModelElementsByType(MessageFlow.class));
    elements.addAll(model.getModelElementsByType(Artifact.class));
    for (BaseElement element : elements) {
      if (!drawn.contains(element.getId())) {
        check.report(element, "has no diagram interchange (BPMNShape or BPMNEdge): it is invisible in the Modeler");
      }
    }
  }

  private void checkUserTask(Check check, UserTask task, List<Form> formsOfDeployment, Collection<Form> allForms, String folder) {
    if (isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaCandidateUsers())
        && isBlank(task.getCamundaAssignee()) && task.getResourceRoles().isEmpty()) {
      check.report(task, "user task has no candidate groups, candidate users or assignee: nobody can work on it");
    }
    if (isBlank(task.getCamundaFormRef()) && isBlank(task.getCamundaFormKey())) {
      check.report(task, "user task has no Camunda Form: set camunda:formRef and camunda:formRefBinding=\"deployment\"");
    }
    checkFormReference(check, task, task.getCamundaFormKey(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
        formsOfDeployment, allForms, folder);
  }

  private void checkStartForm(Check check, StartEvent start, List<Form> formsOfDeployment, Collection<Form> allForms, String folder) {
    checkFormReference(check, start, start.getCamundaFormKey(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
        formsOfDeployment, allForms, folder);
  }

  private void checkFormReference(Check check, BaseElement element, String formKey, String formRef, String binding,
      List<Form> formsOfDeployment, Collection<Form> allForms, String folder) {
    if (!isBlank(formKey)) {
      check.report(element, "uses camunda:formKey=\"" + formKey + "\": use a Camunda Form (camunda:formRef, binding deployment)");
    }
    if (isBlank(formRef)) {
      return;
    }
    if (!"deployment".equals(binding)) {
      check.report(element, "formRef \"" + formRef + "\" has binding " + (binding == null ? "latest (the default)" : "\"" + binding + "\"")
          + ": use camunda:formRefBinding=\"deployment\" so a process version keeps the forms it was deployed with");
    }
    if (formsOfDeployment.stream().noneMatch(form -> form.id().equals(formRef))) {
      String elsewhere = allForms.stream().filter(form -> form.id().equals(formRef)).map(Form::file).findFirst()
          .map(file -> "; " + file + " has that id but is deployed with another process folder").orElse("");
      check.report(element, "formRef \"" + formRef + "\" names no form in forms/" + (folder == null ? "<process>" : folder)
          + "/ (forms there: " + formsOfDeployment.stream().map(Form::id).sorted().toList() + ")" + elsewhere);
    }
  }

  /** How a task or throw event is implemented; at most one of these is set in a model the engine accepts. */
  private record Implementation(String javaClass, String expression, String delegateExpression, String type, boolean connector) {

    boolean delegates() {
      return !isBlank(javaClass) || !isBlank(expression) || !isBlank(delegateExpression) || connector;
    }
  }

  private void checkBackendCall(Check check, FlowNode node, BaseElement implementor, Implementation implementation,
      boolean implementationRequired) {
    String kind = node.getElementType().getTypeName();
    if (!isBlank(implementation.javaClass())) {
      check.report(node, kind + " uses camunda:class=\"" + implementation.javaClass()
          + "\": use camunda:delegateExpression=\"${beanName}\" with a Spring bean");
    }
    if (!isBlank(implementation.expression())) {
      check.report(node, kind + " uses camunda:expression=\"" + implementation.expression()
          + "\": use camunda:delegateExpression=\"${beanName}\"; no business logic in expressions");
    }
    if (implementation.connector()) {
      check.report(node, kind + " uses a Camunda connector: call backends through a delegate, camunda:delegateExpression=\"${beanName}\"");
    }
    if (!isBlank(implementation.type())) {
      check.report(node, kind + " has camunda:type=\"" + implementation.type()
          + "\": Werkstroom implements backend calls as delegates, camunda:delegateExpression=\"${beanName}\"");
    }
    if (!isBlank(implementation.delegateExpression())) {
      checkBean(check, node, kind, implementation.delegateExpression());
    }
    if (implementationRequired && !implementation.delegates() && isBlank(implementation.type())) {
      check.report(node, kind + " has no implementation: set camunda:delegateExpression=\"${beanName}\"");
    }
    if (implementation.delegates()) {
      if (!node.isCamundaAsyncBefore()) {
        check.report(node, kind + " calls a backend without camunda:asyncBefore=\"true\": a failure would reach the user instead of the job executor");
      }
      // Without its own cycle an element gets the engine's default (R5/PT1M, application.yaml):
      // element templates cannot set one, so only a malformed cycle is an error.
      String cycle = retryTimeCycle(node);
      if (cycle != null && !RETRY_TIME_CYCLE.matcher(cycle).matches()) {
        check.report(node, kind + " has camunda:failedJobRetryTimeCycle \"" + cycle + "\", which is not R<n>/<ISO duration> or a list of durations");
      }
    }
  }

  private void checkListener(Check check, ModelElementInstance listener, String kind, String javaClass, String delegateExpression) {
    BaseElement owner = owner(listener);
    if (!isBlank(javaClass)) {
      check.report(owner, kind + " uses camunda:class=\"" + javaClass + "\": use camunda:delegateExpression=\"${beanName}\" with a Spring bean");
    }
    if (!isBlank(delegateExpression)) {
      checkBean(check, owner, kind, delegateExpression);
    }
  }

  private void checkBean(Check check, BaseElement element, String kind, String delegateExpression) {
    Matcher bean = BEAN_EXPRESSION.matcher(delegateExpression.trim());
    if (!bean.matches()) {
      check.report(element, kind + " has camunda:delegateExpression=\"" + delegateExpression
          + "\": name one bean, as in ${beanName}, and keep logic in the delegate");
    } else if (!beanExists.test(bean.group(1))) {
      check.report(element, kind + " delegates to bean \"" + bean.group(1) + "\", which the application does not have");
    }
  }

  private static String retryTimeCycle(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
        .map(cycle -> cycle.getTextContent() == null ? "" : cycle.getTextContent().trim())
        .findFirst().orElse(null);
  }

  private static boolean hasConnector(BaseElement element) {
    return element.getExtensionElements() != null
        && !element.getExtensionElements().getElementsQuery().filterByType(CamundaConnector.class).list().isEmpty();
  }

  private static BaseElement owner(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof BaseElement)) {
      parent = parent.getParentElement();
    }
    return (BaseElement) parent;
  }

  private List<String> processIds(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).map(Process::getId).toList();
    } catch (IOException | RuntimeException e) {
      return List.of(); // reported by checkBpmn
    }
  }

  // ---------------------------------------------------------------------------------------------
  // DMN

  /** Checks one DMN model: execution platform and a history time to live on every decision. */
  public List<Violation> checkDmn(Path file, String name) {
    List<Violation> violations = new ArrayList<>();
    DmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Dmn.readModelFromStream(in);
    } catch (IOException | RuntimeException e) {
      violations.add(new Violation(name, "", "cannot be read as DMN: " + rootMessage(e)));
      return violations;
    }
    Check check = new Check(name, violations);
    ModelElementInstance definitions = model.getDefinitions();
    checkExecutionPlatform(check, definitions);
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(new Violation(name, decision.getId(), "decision has no camunda:historyTimeToLive"));
      }
    }
    return violations;
  }

  // ---------------------------------------------------------------------------------------------
  // Forms

  /** Checks one Camunda Form: parses, has an id, components and a schemaVersion, declares the platform. */
  public List<Violation> checkForm(Path file, String name) {
    List<Violation> violations = new ArrayList<>();
    JsonNode form;
    try {
      form = json.readTree(file.toFile());
    } catch (IOException e) {
      violations.add(new Violation(name, "", "is not a valid form (JSON): " + firstLine(e.getMessage())));
      return violations;
    }
    if (form == null || !form.isObject()) {
      violations.add(new Violation(name, "", "is not a valid form: expected a JSON object"));
      return violations;
    }
    String id = text(form, "id");
    Check check = new Check(name, violations);
    if (isBlank(id)) {
      violations.add(new Violation(name, "", "form has no \"id\": a formRef names a form by its id"));
    }
    if (!form.path("components").isArray()) {
      violations.add(new Violation(name, id, "form has no \"components\" list"));
    }
    checkExecutionPlatform(check, id, text(form, "executionPlatform"), text(form, "executionPlatformVersion"));
    // No upper bound on schemaVersion: the Modeler writes its own form-js schemaVersion whatever the platform, and
    // form-js renders a newer one; whether the components render in this Tasklist is the form linter's question.
    JsonNode schemaVersion = form.get("schemaVersion");
    if (schemaVersion == null || !schemaVersion.canConvertToInt()) {
      violations.add(new Violation(name, id, "form has no numeric \"schemaVersion\""));
    }
    return violations;
  }

  private Optional<String> formId(Path file) {
    try {
      JsonNode form = json.readTree(file.toFile());
      return Optional.ofNullable(form == null ? null : text(form, "id")).filter(id -> !id.isBlank());
    } catch (IOException e) {
      return Optional.empty(); // reported by checkForm
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shared

  private void checkExecutionPlatform(Check check, ModelElementInstance definitions) {
    checkExecutionPlatform(check, definitions.getAttributeValue("id"),
        definitions.getAttributeValueNs(MODELER_NAMESPACE, "executionPlatform"),
        definitions.getAttributeValueNs(MODELER_NAMESPACE, "executionPlatformVersion"));
  }

  private void checkExecutionPlatform(Check check, String element, String platform, String version) {
    if (isBlank(platform) || isBlank(version)) {
      check.report(element, "has no modeler:executionPlatform / executionPlatformVersion: the Modeler then cannot lint it for "
          + EXECUTION_PLATFORM + " " + platformVersion);
    } else if (!EXECUTION_PLATFORM.equals(platform) || !platformVersion.equals(minorVersion(version))) {
      check.report(element, "is made for " + platform + " " + version + ", not for the engine it runs on, "
          + EXECUTION_PLATFORM + " " + platformVersion);
    }
  }

  /** Collects violations of one file. */
  private record Check(String file, List<Violation> violations) {

    void report(BaseElement element, String message) {
      report(element == null ? "" : element.getId(), message);
    }

    void report(String element, String message) {
      violations.add(new Violation(file, element == null ? "" : element, message));
    }
  }

  private static List<String> files(Path root, String directory, String extension) {
    Path dir = root.resolve(directory);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(extension))
          .filter(path -> Stream.of(path.split("/")).noneMatch(part -> part.startsWith(".")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  /** {@code processes/<p>/...} and {@code forms/<p>/...} belong to process folder {@code <p>}; files directly under the root to none. */
  static Optional<String> processFolder(String path) {
    String[] parts = path.split("/");
    return parts.length >= 3 ? Optional.of(parts[1]) : Optional.empty();
  }

  private static String minorVersion(String version) {
    String[] parts = Objects.requireNonNull(version, "version").trim().split("\\.");
    return parts.length >= 2 ? parts[0] + "." + parts[1] : parts[0];
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    Map<Throwable, Boolean> seen = new LinkedHashMap<>();
    while (cause.getCause() != null && seen.put(cause, true) == null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return firstLine(message);
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.split("\\R", 2)[0];
  }
}
