package nl.werkstroom.zaak;

import java.util.Comparator;
import nl.werkstroom.integration.zgw.catalogi.StatusType;
import nl.werkstroom.integration.zgw.zaken.NieuweStatus;
import nl.werkstroom.integration.zgw.zaken.Status;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Gives the zaak the status that a milestone in the model marks ({@code zaakstatus} extension
 * property). Runs in the milestone's own job, so an outage of the Zaken API is retried rather than
 * shown to the employee who completed the previous task. Setting the status that the zaak already
 * has is a no-op, which makes a retry after a lost answer harmless.
 */
@Component
class ZaakStatusZetten {


  private final ZakenClient zaken;
  private final ZaakTypen zaakTypen;

  ZaakStatusZetten(ZakenClient zaken, ZaakTypen zaakTypen) {
    this.zaken = zaken;
    this.zaakTypen = zaakTypen;
  }

  void zet(DelegateExecution execution, String omschrijving) {
    String zaakUrl = ZaakUrl.of(execution);
    ZaakType zaakType = zaakTypen.forProcess(execution.getTenantId(), ProcessKeys.of(execution));
    StatusType statusType = zaakType.status(omschrijving);
    if (!statusType.url().equals(currentStatusType(zaakUrl))) {
      zaken.createStatus(new NieuweStatus(zaakUrl, statusType.url(), ZaakTijd.nu(), null));
    }
  }

  private String currentStatusType(String zaakUrl) {
    return zaken.statussen(zaakUrl).stream()
        .max(Comparator.comparing(Status::datumStatusGezet))
        .map(Status::statustype)
        .orElse(null);
  }
}
