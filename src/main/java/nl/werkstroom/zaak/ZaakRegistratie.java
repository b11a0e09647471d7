package nl.werkstroom.zaak;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.zaken.Kenmerk;
import nl.werkstroom.integration.zgw.zaken.NieuweStatus;
import nl.werkstroom.integration.zgw.zaken.NieuweZaak;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers a new process instance as a zaak: of the zaaktype of its process, for its municipality,
 * with its first status. The zaak's identificatie becomes the business key and its URL the variable
 * {@value ZaakVariables#ZAAK_URL}. Runs in the job right after the start event, so an outage of the
 * Zaken API never fails a start: it is retried and ends in an incident. The zaak carries the process
 * instance id as kenmerk and is looked up by it before it is created, so a repeated job finds the zaak
 * instead of making a second one.
 */
@Component
class ZaakRegistratie implements ExecutionListener {

  static final String KENMERK_BRON = "Werkstroom";
  private static final Logger log = LoggerFactory.getLogger(ZaakRegistratie.class);

  private final ZakenClient zaken;
  private final ZaakTypen zaakTypen;
  private final ZgwProperties zgw;

  ZaakRegistratie(ZakenClient zaken, ZaakTypen zaakTypen, ZgwProperties zgw) {
    this.zaken = zaken;
    this.zaakTypen = zaakTypen;
    this.zgw = zgw;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(ZaakVariables.ZAAK_URL) != null) {
      return;
    }
    String processKey = ProcessKeys.of(execution);
    ZaakType zaakType = zaakTypen.forProcess(execution.getTenantId(), processKey);
    String rsin = zgw.tenant(execution.getTenantId()).rsin();
    Kenmerk kenmerk = new Kenmerk(execution.getProcessInstanceId(), KENMERK_BRON);
    LocalDate startdatum = ZaakTijd.datum(processStart(execution));

    // Always looked up first: an earlier attempt may have registered the zaak and then lost its answer,
    // failed afterwards, or died with its node (then the job runs again without any failure recorded).
    Zaak zaak = earlierAttempt(rsin, zaakType, startdatum, kenmerk)
        .orElseGet(() -> zaken.create(new NieuweZaak(rsin, rsin, zaakType.url(), startdatum, startdatum, null,
            ProcessKeys.name(execution), null, List.of(kenmerk))));
    if (zaak.status() == null) {
      zaken.createStatus(new NieuweStatus(zaak.url(), zaakType.firstStatus().url(),
          ZaakTijd.nu(), null));
    }
    execution.setProcessBusinessKey(zaak.identificatie());
    execution.setVariable(ZaakVariables.ZAAK_URL, zaak.url());
    execution.setVariable(ZaakVariables.ZAAK_IDENTIFICATIE, zaak.identificatie());
    log.info("Process instance {} registered as zaak {}", execution.getProcessInstanceId(), zaak.identificatie());
  }

  private Optional<Zaak> earlierAttempt(String rsin, ZaakType zaakType, LocalDate startdatum, Kenmerk kenmerk) {
    return zaken.findByKenmerk(rsin, zaakType.url(), startdatum, kenmerk).stream().findFirst();
  }

  private static java.util.Date processStart(DelegateExecution execution) {
    var instance = execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).singleResult();
    return instance != null && instance.getStartTime() != null ? instance.getStartTime() : ClockUtil.getCurrentTime();
  }
}
