package nl.werkstroom.servicetask.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.werkstroom.integration.zgw.documenten.DocumentenClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.mail.Mail;
import nl.werkstroom.integration.mail.MailRejectedException;
import nl.werkstroom.integration.mail.MailSender;
import nl.werkstroom.integration.mail.MailTemplate;
import nl.werkstroom.integration.mail.MailTemplates;
import nl.werkstroom.integration.tekst.TemplateException;
import nl.werkstroom.servicetask.BusinessOutcome;
import nl.werkstroom.servicetask.TaskInputs;
import nl.werkstroom.servicetask.TemplateValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "E-mail versturen": sends a mail from a Dutch template to {@code aan}. The template's placeholders
 * get their values from {@code gegevens} (lines {@code veld = waarde}, in which the engine has
 * already evaluated expressions such as {@code ${aanvragerNaam}}) or else as {@link TemplateValues}
 * describes: {@code gemeente} is the municipality's name, others the process variable with the
 * placeholder's name. With input {@code document} (the URL of a letter stored by "Document
 * vastleggen") the placeholder {@value #BRIEF} gets that document's text from the Documenten API, so
 * the mail carries exactly the letter on file. A missing value or unknown template is a fault in the model (an
 * incident at once); an invalid or refused address is the business error {@code EMAILADRES_ONGELDIG}.
 *
 * <p>Each visit of the task sends one mail with its own Message-ID, derived from process instance,
 * activity, loop counter (in a multi-instance task) and visit number; a retried attempt of the same
 * visit has the same Message-ID. The Message-IDs sent are recorded in the process variable
 * {@code verzondenBerichten} (JSON, per activity), which counts the visits. Output (local):
 * {@code berichtId}.
 */
@Component("mailVersturen")
class MailVersturen implements JavaDelegate {

  /** The outputs its element template maps, cleared when the task ends in a business outcome. */
  private static final String[] OUTPUTS = {"berichtId"};

  static final String EMAILADRES_ONGELDIG = "EMAILADRES_ONGELDIG";
  static final String BRIEF = "brief";
  static final String SENT_VARIABLE = "verzondenBerichten";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MailTemplates templates;
  private final TemplateValues values;
  private final MailSender sender;
  private final DocumentenClient documenten;

  MailVersturen(MailTemplates templates, TemplateValues values, MailSender sender, DocumentenClient documenten) {
    this.templates = templates;
    this.values = values;
    this.sender = sender;
    this.documenten = documenten;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String to = TaskInputs.required(execution, "aan");
    Mail mail;
    try {
      MailTemplate template = templates.template(TaskInputs.required(execution, "sjabloon"));
      mail = template.render(to, waarden(execution, template));
    } catch (TemplateException e) {
      throw new ModelConfigurationException(e.getMessage() + " (taak '" + TaskInputs.taskName(execution) + "')");
    }

    ObjectNode sent = sent(execution);
    String visitKey = visitKey(execution);
    ArrayNode sentHere = sent.withArray(visitKey);
    String idempotencyKey = execution.getProcessInstanceId() + ":" + visitKey
        + (sentHere.isEmpty() ? "" : ":" + (sentHere.size() + 1));
    String messageId;
    try {
      messageId = sender.send(mail, idempotencyKey);
    } catch (MailRejectedException e) {
      if (e.recipientRejected()) {
        throw BusinessOutcome.error(execution, EMAILADRES_ONGELDIG, e.getMessage(), OUTPUTS);
      }
      throw e;
    }
    sentHere.add(messageId);
    execution.setVariable(SENT_VARIABLE, SpinValues.jsonValue(sent.toString()).create());
    execution.setVariableLocal("berichtId", messageId);
  }

  private Map<String, Object> waarden(DelegateExecution execution, MailTemplate template) {
    Map<String, Object> waarden = new HashMap<>(values.of(execution, template.placeholders()));
    String document = TaskInputs.optional(execution, "document");
    if (document != null) {
      waarden.put(BRIEF, new String(documenten.download(document), StandardCharsets.UTF_8));
    }
    return waarden;
  }

  /** The activity, and within a multi-instance activity (or sub-process) the instance's loop counter. */
  private static String visitKey(DelegateExecution execution) {
    Object loopCounter = execution.getVariable("loopCounter");
    return execution.getCurrentActivityId() + (loopCounter == null ? "" : "#" + loopCounter);
  }

  private static ObjectNode sent(DelegateExecution execution) {
    Object recorded = execution.getVariable(SENT_VARIABLE);
    if (recorded == null) {
      return JSON.createObjectNode();
    }
    try {
      return (ObjectNode) JSON.readTree(recorded.toString());
    } catch (JsonProcessingException | ClassCastException e) {
      throw new ModelConfigurationException("De procesvariabele '" + SENT_VARIABLE + "' is geen JSON-object; "
          + "Werkstroom houdt daarin de verstuurde e-mail bij. Gebruik die naam niet voor iets anders.");
    }
  }
}
