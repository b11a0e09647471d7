package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.werkstroom.api.Aanroeper;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.api.ZaakKeuze;
import nl.werkstroom.api.BijGelijktijdigWerk;
import nl.werkstroom.subsidie.SubsidieBerichten.AanvraagStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The subsidy cases as the API sees them: found by zaakidentificatie (or, before the zaak exists,
 * process instance id), their state, and the messages they wait for. The engine is queried without
 * a user: the API checks the caller's role and municipality itself ({@link Aanroeper}), because an
 * applicant's portal may read and complete a case without rights on process instances.
 */
@Component
class SubsidieZaken {

  static final String PROCESS = "subsidieaanvraag";
  static final String AANVULLING = "SubsidieAanvullingOntvangen";
  static final String VERANTWOORDING = "SubsidieVerantwoordingOntvangen";
  static final String RANGSCHIKKING = "SubsidieRangschikkingVastgesteld";

  private static final String NIET_GEVONDEN = "Er is geen subsidieaanvraag met dit zaaknummer.";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Pattern KENMERK = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Map<String, String> WACHT_OP = Map.of(
      AANVULLING, "aanvulling", VERANTWOORDING, "verantwoording", RANGSCHIKKING, "rangschikking");
  private static final List<String> SCOPES = List.of("subProcess", "multiInstanceBody", "eventSubProcess");

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TransactionTemplate transaction;

  SubsidieZaken(RuntimeService runtimeService, HistoryService historyService, PlatformTransactionManager transactions) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The case, if the caller may see cases of its municipality; 404 when there is none. A zaak number
   * is unique within a municipality only: {@code gemeente} says which when the caller works for
   * several ({@link ZaakKeuze}).
   */
  HistoricProcessInstance vind(Aanroeper aanroeper, String zaakOfNummer, String gemeente) {
    if (!KENMERK.matcher(zaakOfNummer).matches()) {
      throw ApiFout.nietGevonden(NIET_GEVONDEN);
    }
    List<HistoricProcessInstance> kandidaten = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS).processInstanceBusinessKey(zaakOfNummer).list();
    if (kandidaten.isEmpty()) {
      HistoricProcessInstance opId = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(PROCESS).processInstanceId(zaakOfNummer).singleResult();
      kandidaten = opId == null ? List.of() : List.of(opId);
    }
    return ZaakKeuze.kies(kandidaten, HistoricProcessInstance::getTenantId, aanroeper, gemeente)
        .orElseThrow(() -> ApiFout.nietGevonden(NIET_GEVONDEN));
  }

  /** The business key (zaakidentificatie) once the zaak is registered; null before. */
  String zaakidentificatie(String processInstanceId) {
    HistoricProcessInstance zaak = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return zaak == null ? null : zaak.getBusinessKey();
  }

  AanvraagStatus status(HistoricProcessInstance zaak) {
    Map<String, Object> variabelen = variabelen(zaak.getId(), "regeling", "ontvangstdatum", "beslisdatum");
    return new AanvraagStatus(zaak.getBusinessKey(), zaak.getId(), zaak.getTenantId(),
        tekst(variabelen.get("regeling")), toestand(zaak), fasen(zaak.getId()), wachtOp(zaak.getId()),
        datum(variabelen.get("ontvangstdatum")), datum(variabelen.get("beslisdatum")));
  }

  String beslisdatum(String processInstanceId) {
    return datum(variabelen(processInstanceId, "beslisdatum").get("beslisdatum"));
  }

  /** Correlates a message with this case; 409 with {@code wachtNiet} when the case does not wait for it. */
  void correleer(HistoricProcessInstance zaak, String bericht, Map<String, Object> variabelen, String wachtNiet) {
    if (zaak.getEndTime() != null) {
      throw ApiFout.conflict("Deze zaak is afgerond.");
    }
    // Asked first: the engine logs every failed correlation as an error with its stack trace.
    if (runtimeService.createEventSubscriptionQuery().processInstanceId(zaak.getId()).eventType("message")
        .eventName(bericht).count() == 0) {
      throw ApiFout.conflict(wachtNiet);
    }
    try {
      BijGelijktijdigWerk.herhaal(() -> runtimeService.createMessageCorrelation(bericht).processInstanceId(zaak.getId())
          .setVariables(variabelen).correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiFout.conflict(wachtNiet);
    }
  }

  /** The cases of a scheme of a municipality that wait for the ranking, in order of receipt. */
  List<Rangschikking.Kandidaat> wachtendOpRangschikking(String gemeente, String regeling) {
    List<Rangschikking.Kandidaat> kandidaten = new ArrayList<>();
    for (Execution wachtend : runtimeService.createExecutionQuery().processDefinitionKey(PROCESS)
        .tenantIdIn(gemeente).messageEventSubscriptionName(RANGSCHIKKING).list()) {
      String id = wachtend.getProcessInstanceId();
      if (!regeling.equals(runtimeService.getVariable(id, "regeling"))) {
        continue;
      }
      ProcessInstance zaak = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
      Object bedrag = runtimeService.getVariable(id, "teReserverenBedrag");
      kandidaten.add(new Rangschikking.Kandidaat(
          zaak.getBusinessKey() == null ? id : zaak.getBusinessKey(), id,
          bedrag instanceof Number number ? new BigDecimal(number.toString()) : BigDecimal.ZERO));
    }
    return kandidaten;
  }

  /** Tells every ranked case its place, all or none: a half-told ranking would be unfair. */
  void legRangschikkingVast(List<Rangschikking.Plaats> plaatsen) {
    BijGelijktijdigWerk.herhaal(() -> transaction.executeWithoutResult(status -> {
      for (Rangschikking.Plaats plaats : plaatsen) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("rangnummer", plaats.rangnummer());
        variabelen.put("binnenPlafond", plaats.binnenPlafond());
        if (!plaats.binnenPlafond()) {
          variabelen.put("weigeringsgrond", Rangschikking.BUDGET_ONTOEREIKEND);
        }
        runtimeService.createMessageCorrelation(RANGSCHIKKING).processInstanceId(plaats.processInstanceId())
            .setVariables(variabelen).correlateWithResult();
      }
    }));
  }

  private static String toestand(HistoricProcessInstance zaak) {
    return switch (zaak.getState()) {
      case HistoricProcessInstance.STATE_COMPLETED -> "afgerond";
      case HistoricProcessInstance.STATE_SUSPENDED -> "opgeschort";
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED ->
          "beëindigd";
      default -> "in-behandeling";
    };
  }

  /** What the case is doing now, as the model names it. */
  private List<String> fasen(String processInstanceId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).unfinished()
        .orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .filter(activity -> !SCOPES.contains(activity.getActivityType()))
        .map(HistoricActivityInstance::getActivityName)
        .filter(name -> name != null && !name.isBlank())
        .distinct()
        .toList();
  }

  /** What the applicant or the municipality can send now. */
  private List<String> wachtOp(String processInstanceId) {
    return runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventType("message")
        .list().stream()
        .map(EventSubscription::getEventName)
        .filter(WACHT_OP::containsKey)
        .map(WACHT_OP::get)
        .distinct()
        .toList();
  }

  private Map<String, Object> variabelen(String processInstanceId, String... namen) {
    Map<String, Object> variabelen = new HashMap<>();
    for (HistoricVariableInstance variabele : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableNameIn(namen).list()) {
      if (processInstanceId.equals(variabele.getActivityInstanceId()) || !variabelen.containsKey(variabele.getName())) {
        variabelen.put(variabele.getName(), variabele.getValue());
      }
    }
    return variabelen;
  }

  private static String tekst(Object waarde) {
    return waarde == null ? null : waarde.toString();
  }

  /** A date as ISO text (2026-05-01): a Date variable on the Dutch calendar, a text as it is. */
  private static String datum(Object waarde) {
    if (waarde instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), AMSTERDAM).toString();
    }
    return tekst(waarde);
  }
}
