package nl.werkstroom.servicetask.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.mail.Mail;
import nl.werkstroom.integration.mail.MailSender;
import nl.werkstroom.integration.mail.MailTemplates;
import nl.werkstroom.organisation.TenantProperties;
import nl.werkstroom.servicetask.TemplateValues;
import nl.werkstroom.servicetask.scim.FakeExecution;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import nl.werkstroom.integration.zgw.documenten.DocumentenClient;

/** "E-mail versturen" as the job executor runs it: which values fill the template, which key each send has. */
class MailVersturenTest {

  private static final TemplateValues VALUES = new TemplateValues(new TenantProperties(List.of(
      new TenantProperties.Tenant("leiden", "Gemeente Leiden"))));

  private final MailSender sender = mock(MailSender.class);
  private final DocumentenClient documenten = mock(DocumentenClient.class);
  private final MailVersturen task = new MailVersturen(new MailTemplates(), VALUES, sender, documenten);
  private final List<String> keys = new ArrayList<>();

  MailVersturenTest() {
    when(sender.send(any(), anyString())).thenAnswer(call -> {
      keys.add(call.getArgument(1));
      return "<id-" + keys.size() + "@werkstroom.example>";
    });
  }

  @Test
  void fillsTheTemplateFromGegevensAndElseFromProcessVariables() throws Exception {
    FakeExecution execution = execution(Map.of(
        "gegevens", """
            naam = Joost de Vries
            # een opmerking
            termijn = binnen twee werkdagen

            onderwerp = parkeervergunning = aanvragen
            """,
        "zaaknummer", "ZAAK-2026-0007", "gemeente", "Gemeente Leiden", "naam", "niet deze"));

    task.execute(execution.execution);

    ArgumentCaptor<Mail> mail = ArgumentCaptor.forClass(Mail.class);
    verify(sender).send(mail.capture(), anyString());
    assertThat(mail.getValue().to()).isEqualTo("joost@example.nl");
    assertThat(mail.getValue().subject()).isEqualTo("Wij nemen contact met u op (ZAAK-2026-0007)");
    assertThat(mail.getValue().body())
        .startsWith("Beste Joost de Vries,")
        .contains("Een medewerker van Gemeente Leiden neemt binnen twee werkdagen contact met u op over uw vraag: "
            + "parkeervergunning = aanvragen.");
    assertThat(execution.variables.get("berichtId")).isEqualTo("<id-1@werkstroom.example>");
    assertThat(keys).containsExactly("proces-1:Task_Bevestig");
  }

  @Test
  void aLetterOnFileIsSentAsItIsStoredHoweverLongItIs() {
    String brief = "Aan: Stichting Bolderbast\n" + "Wij verlenen u subsidie. ".repeat(400);
    when(documenten.download("https://documenten.example/enkelvoudiginformatieobjecten/1"))
        .thenReturn(brief.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    FakeExecution execution = execution(Map.of("sjabloon", "subsidie-brief", "onderwerp", "Besluit op uw aanvraag",
        "naam", "Stichting Bolderbast", "zaaknummer", "ZAAK-1", "gemeente", "Gemeente Leiden",
        "document", "https://documenten.example/enkelvoudiginformatieobjecten/1"));

    task.execute(execution.execution);

    ArgumentCaptor<Mail> mail = ArgumentCaptor.forClass(Mail.class);
    verify(sender).send(mail.capture(), anyString());
    assertThat(brief).hasSizeGreaterThan(4000);
    assertThat(mail.getValue().body()).contains(brief);
  }

  @Test
  void theMunicipalityIsNamedByTheProcessInstancesTenantNotByItsId() {
    Map<String, Object> values = new HashMap<>(allValues());
    values.put("gemeente", "leiden");
    FakeExecution execution = execution(values);
    when(execution.execution.getTenantId()).thenReturn("leiden");

    task.execute(execution.execution);

    ArgumentCaptor<Mail> mail = ArgumentCaptor.forClass(Mail.class);
    verify(sender).send(mail.capture(), anyString());
    assertThat(mail.getValue().body()).contains("Een medewerker van Gemeente Leiden neemt")
        .endsWith("Gemeente Leiden\n\nDit bericht is automatisch verstuurd. U kunt er niet op antwoorden.");
  }

  @Test
  void eachVisitOfTheTaskIsOneMailAndARetriedVisitKeepsItsKey() throws Exception {
    FakeExecution execution = execution(allValues());

    task.execute(execution.execution);
    Map<String, Object> afterFirstVisit = new HashMap<>(execution.variables);
    task.execute(execution.execution);
    // A retry of the second visit: the engine rolled back what the failed attempt wrote.
    execution.variables.clear();
    execution.variables.putAll(afterFirstVisit);
    task.execute(execution.execution);

    assertThat(keys).containsExactly("proces-1:Task_Bevestig", "proces-1:Task_Bevestig:2", "proces-1:Task_Bevestig:2");
    assertThat(new ObjectMapper().readTree(execution.variables.get("verzondenBerichten").toString()).toString())
        .isEqualTo("{\"Task_Bevestig\":[\"<id-1@werkstroom.example>\",\"<id-3@werkstroom.example>\"]}");
  }

  @Test
  void eachInstanceOfAMultiInstanceTaskHasItsOwnKey() throws Exception {
    Map<String, Object> values = new HashMap<>(allValues());
    values.put("loopCounter", 0);
    FakeExecution first = execution(values);
    values.put("loopCounter", 1);
    FakeExecution second = execution(values);

    task.execute(first.execution);
    task.execute(second.execution);

    assertThat(keys).containsExactly("proces-1:Task_Bevestig#0", "proces-1:Task_Bevestig#1");
  }

  @Test
  void aMissingValueIsAFaultInTheModelThatNamesThePlaceholder() {
    Map<String, Object> values = new HashMap<>(allValues());
    values.remove("termijn");

    assertThatThrownBy(() -> task.execute(execution(values).execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessage("Het e-mailsjabloon 'contactverzoek-bevestiging' heeft een waarde nodig voor {{termijn}}. "
            + "(taak 'Taak Task_Bevestig')");
    verify(sender, never()).send(any(), anyString());
  }

  @Test
  void anUnknownTemplateOrABadLineIsAFaultInTheModel() {
    Map<String, Object> unknown = new HashMap<>(allValues());
    unknown.put("sjabloon", "welkom");
    assertThatThrownBy(() -> task.execute(execution(unknown).execution))
        .isInstanceOf(ModelConfigurationException.class).hasMessageContaining("Er is geen e-mailsjabloon 'welkom'");

    Map<String, Object> badLine = new HashMap<>(allValues());
    badLine.put("gegevens", "naam: Joost");
    assertThatThrownBy(() -> task.execute(execution(badLine).execution))
        .isInstanceOf(ModelConfigurationException.class).hasMessageContaining("Regel 1 van 'Gegevens'");

    Map<String, Object> noRecipient = new HashMap<>(allValues());
    noRecipient.put("aan", " ");
    assertThatThrownBy(() -> task.execute(execution(noRecipient).execution))
        .isInstanceOf(ModelConfigurationException.class).hasMessageContaining("'aan'");
  }

  @Test
  void aRefusedAddressIsABusinessErrorAndAnUnreachableServerIsNot() {
    MailSender realSender = new MailSender(new org.springframework.beans.factory.support.DefaultListableBeanFactory()
        .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
        new org.springframework.beans.factory.support.DefaultListableBeanFactory()
            .getBeanProvider(nl.werkstroom.integration.mail.LocalMailServer.class),
        new nl.werkstroom.integration.mail.MailSenderProperties("Werkstroom <noreply@werkstroom.example>", null));
    Map<String, Object> invalid = new HashMap<>(allValues());
    invalid.put("aan", "geen e-mailadres");

    assertThatThrownBy(() -> new MailVersturen(new MailTemplates(), VALUES, realSender, documenten).execute(execution(invalid).execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("EMAILADRES_ONGELDIG");
          assertThat(e.getMessage()).doesNotContain("geen e-mailadres");
        });

    when(sender.send(any(), anyString())).thenThrow(new BackendUnavailableException("E-mail (SMTP)", "weg", null));
    FakeExecution execution = execution(allValues());
    assertThatThrownBy(() -> task.execute(execution.execution)).isInstanceOf(BackendUnavailableException.class);
    assertThat(execution.variables).doesNotContainKeys("berichtId", "verzondenBerichten");
  }

  private static Map<String, Object> allValues() {
    return Map.of("naam", "Joost", "zaaknummer", "ZAAK-1", "gemeente", "Gemeente Leiden", "termijn", "morgen",
        "onderwerp", "uw vraag");
  }

  private static FakeExecution execution(Map<String, ?> values) {
    Map<String, Object> variables = new HashMap<>(values);
    variables.putIfAbsent("aan", "joost@example.nl");
    variables.putIfAbsent("sjabloon", "contactverzoek-bevestiging");
    return new FakeExecution("proces-1", "Task_Bevestig", variables);
  }
}
