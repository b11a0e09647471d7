package nl.werkstroom.servicetask.zgw;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.zaken.Kenmerk;
import nl.werkstroom.integration.zgw.zaken.NieuweZaak;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;

/** A zaak in the Zaken simulator, as the automatic registration makes one when a process instance starts. */
final class ZaakVoorTest {

  private ZaakVoorTest() {
  }

  static Zaak registreer(ZakenClient zaken, CatalogiClient catalogi, ZgwProperties zgw, String tenant,
      String processInstanceId) {
    ZgwProperties.Tenant settings = zgw.tenant(tenant);
    String catalogus = catalogi.catalogus(settings.catalogusDomein(), settings.rsin()).orElseThrow().url();
    String zaaktype = catalogi.zaaktype(catalogus, "SUBSIDIEAANVRAAG").orElseThrow().url();
    return zaken.create(new NieuweZaak(settings.rsin(), settings.rsin(), zaaktype, LocalDate.now(), LocalDate.now(),
        null, "Subsidieaanvraag", null, List.of(new Kenmerk(processInstanceId, "Werkstroom"))));
  }

  static String processInstanceId() {
    return UUID.randomUUID().toString();
  }
}
