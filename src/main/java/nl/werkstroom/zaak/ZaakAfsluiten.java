package nl.werkstroom.zaak;

import java.util.Optional;
import nl.werkstroom.integration.zgw.catalogi.ResultaatType;
import nl.werkstroom.integration.zgw.zaken.NieuwResultaat;
import nl.werkstroom.integration.zgw.zaken.NieuweStatus;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Closes the zaak when its process instance ends: the result the model names (variable
 * {@value ZaakVariables#ZAAK_RESULTAAT}, or the end event's {@code zaakresultaat} property, or the
 * zaaktype's only resultaattype), then the zaaktype's final status, which closes the zaak. Runs in the
 * job of the end event. An instance that is cancelled (in Cockpit) leaves its zaak as it is, for a
 * person to close with the right result.
 */
@Component
class ZaakAfsluiten implements ExecutionListener {


  private final ZakenClient zaken;
  private final ZaakTypen zaakTypen;

  ZaakAfsluiten(ZakenClient zaken, ZaakTypen zaakTypen) {
    this.zaken = zaken;
    this.zaakTypen = zaakTypen;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled() || execution.getVariable(ZaakVariables.ZAAK_URL) == null) {
      return;
    }
    Zaak zaak = zaken.get(ZaakUrl.of(execution));
    if (zaak.einddatum() != null) {
      return;
    }
    ZaakType zaakType = zaakTypen.forProcess(execution.getTenantId(), ProcessKeys.of(execution));
    if (zaak.resultaat() == null) {
      Optional<String> gekozen = Optional.ofNullable(execution.getVariable(ZaakVariables.ZAAK_RESULTAAT))
          .map(Object::toString);
      ResultaatType resultaat = zaakType.resultaat(gekozen);
      zaken.createResultaat(new NieuwResultaat(zaak.url(), resultaat.url(), null));
    }
    zaken.createStatus(new NieuweStatus(zaak.url(), zaakType.finalStatus().url(),
        ZaakTijd.nu(), null));
  }
}
