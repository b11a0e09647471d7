package nl.werkstroom.subsidie;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.werkstroom.api.Aanroeper;
import nl.werkstroom.api.AlsAanroeper;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.servicetask.TaskInputs;
import nl.werkstroom.subsidie.SubsidieBerichten.Ingediend;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Starts a subsidy request for the API's caller. Nothing is started unless the caller may start
 * the process and the request is in order ({@link AanvraagValidatie}); the start itself runs as the
 * caller, so the engine applies the same authorizations and municipality as in Tasklist. The zaak
 * is registered in the background right after the start: the answer waits a little for its
 * zaakidentificatie, so most clients get it at once.
 */
@Component
class AanvraagIndienen {

  static final Duration WACHTTIJD = Duration.ofSeconds(10);
  private static final long PEILEN_MILLIS = 100;

  private final AanvraagValidatie validatie;
  private final RuntimeService runtimeService;
  private final AuthorizationService authorizationService;
  private final RepositoryService repositoryService;
  private final AlsAanroeper alsAanroeper;
  private final SubsidieZaken zaken;

  AanvraagIndienen(AanvraagValidatie validatie, RuntimeService runtimeService,
      AuthorizationService authorizationService, RepositoryService repositoryService, AlsAanroeper alsAanroeper,
      SubsidieZaken zaken) {
    this.validatie = validatie;
    this.runtimeService = runtimeService;
    this.authorizationService = authorizationService;
    this.repositoryService = repositoryService;
    this.alsAanroeper = alsAanroeper;
    this.zaken = zaken;
  }

  Ingediend dienIn(Aanroeper aanroeper, Map<String, Object> aanvraag) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(SubsidieZaken.PROCESS).count() == 0) {
      throw ApiFout.nietBeschikbaar("Subsidieaanvragen kunnen nu niet worden ingediend: het proces is niet "
          + "geïnstalleerd. Neem contact op met de gemeente.");
    }
    if (!magStarten(aanroeper)) {
      throw ApiFout.geenToegang("U mag geen subsidieaanvragen indienen.");
    }
    Object gevraagd = aanvraag.get("gemeente");
    if (gevraagd != null && !(gevraagd instanceof String)) {
      throw ApiFout.ongeldigVeld("gemeente", "De gemeente moet tekst zijn, bijvoorbeeld \"leiden\".");
    }
    String gemeente = aanroeper.gemeente((String) gevraagd);

    LocalDate vandaag = TaskInputs.today();
    Map<String, Object> invoer = new HashMap<>(aanvraag);
    invoer.put("ontvangstdatum", vandaag.toString()); // received through the API: today, whatever was sent
    AanvraagValidatie.Uitkomst uitkomst = validatie.valideer(gemeente, invoer, vandaag);
    if (!uitkomst.inOrde()) {
      throw ApiFout.ongeldig("De aanvraag is niet in orde.", uitkomst.fouten());
    }
    Map<String, Object> variabelen = new HashMap<>(uitkomst.variabelen());
    if (gevraagd != null) {
      variabelen.put("gemeente", gemeente);
    }
    String processInstanceId = alsAanroeper.voerUit(aanroeper, () -> runtimeService
        .createProcessInstanceByKey(SubsidieZaken.PROCESS).setVariables(variabelen).execute().getId());
    return wachtOpZaak(processInstanceId);
  }

  private boolean magStarten(Aanroeper aanroeper) {
    return aanroeper.isBeheerder() || authorizationService.isUserAuthorized(aanroeper.userId(), aanroeper.groups(),
        Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, SubsidieZaken.PROCESS);
  }

  private Ingediend wachtOpZaak(String processInstanceId) {
    Instant uiterlijk = Instant.now().plus(WACHTTIJD);
    while (true) {
      String zaakidentificatie = zaken.zaakidentificatie(processInstanceId);
      if (zaakidentificatie != null) {
        return new Ingediend(zaakidentificatie, processInstanceId, "ontvangen", zaken.beslisdatum(processInstanceId),
            "De aanvraag is ontvangen en geregistreerd als zaak " + zaakidentificatie + ".");
      }
      if (Instant.now().isAfter(uiterlijk)) {
        return new Ingediend(null, processInstanceId, "ontvangen", null,
            "De aanvraag is ontvangen; het zaaknummer volgt zodra de zaak is geregistreerd.");
      }
      try {
        Thread.sleep(PEILEN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Ingediend(null, processInstanceId, "ontvangen", null,
            "De aanvraag is ontvangen; het zaaknummer volgt zodra de zaak is geregistreerd.");
      }
    }
  }
}
