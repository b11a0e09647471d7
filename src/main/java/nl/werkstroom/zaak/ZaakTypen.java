package nl.werkstroom.zaak;

import nl.werkstroom.engine.ModelConfigurationException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.catalogi.Catalogus;
import org.springframework.stereotype.Component;

/**
 * Finds the zaaktype of a process in a municipality's catalogue, with its status and result
 * types. Kept for a few minutes: zaaktypen change rarely, and every start would otherwise cost
 * four calls to the Catalogi API.
 */
@Component
class ZaakTypen {

  private static final Duration KEEP = Duration.ofMinutes(10);

  private final CatalogiClient catalogi;
  private final ZgwProperties zgw;
  private final ZaakProperties zaak;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  ZaakTypen(CatalogiClient catalogi, ZgwProperties zgw, ZaakProperties zaak) {
    this.catalogi = catalogi;
    this.zgw = zgw;
    this.zaak = zaak;
  }

  ZaakType forProcess(String tenantId, String processKey) {
    String key = tenantId + "/" + processKey;
    Cached cached = cache.get(key);
    if (cached == null || cached.expires().isBefore(Instant.now())) {
      cached = new Cached(lookUp(tenantId, processKey), Instant.now().plus(KEEP));
      cache.put(key, cached);
    }
    return cached.zaakType();
  }

  private ZaakType lookUp(String tenantId, String processKey) {
    if (tenantId == null) {
      throw new ModelConfigurationException("Proces '" + processKey + "' hoort bij geen gemeente, dus is er geen catalogus "
          + "om het zaaktype in te zoeken.");
    }
    ZgwProperties.Tenant tenant = zgw.tenant(tenantId);
    String identificatie = zaak.zaaktypeFor(processKey);
    Catalogus catalogus = catalogi.catalogus(tenant.catalogusDomein(), tenant.rsin())
        .orElseThrow(() -> new ModelConfigurationException("De Catalogi API kent geen catalogus met domein "
            + tenant.catalogusDomein() + " voor gemeente " + tenantId + "."));
    var zaaktype = catalogi.zaaktype(catalogus.url(), identificatie)
        .orElseThrow(() -> new ModelConfigurationException("De catalogus van gemeente " + tenantId
            + " heeft geen gepubliceerd zaaktype '" + identificatie + "' (voor proces '" + processKey + "')."));
    return new ZaakType(zaaktype.url(), identificatie, catalogi.statustypen(zaaktype.url()),
        catalogi.resultaattypen(zaaktype.url()));
  }

  private record Cached(ZaakType zaakType, Instant expires) {
  }
}
