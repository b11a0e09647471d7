package nl.werkstroom.servicetask.zgw;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.catalogi.BesluitType;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.catalogi.Catalogus;
import nl.werkstroom.integration.zgw.catalogi.InformatieObjectType;
import org.springframework.stereotype.Component;

/**
 * Finds an informatieobjecttype or besluittype by its omschrijving ("Brief", "Subsidiebeschikking")
 * in the catalogue of a municipality, so that a process owner names a type instead of pasting a URL.
 * Only published types count. An unknown omschrijving is a modelling error: the incident lists the
 * omschrijvingen the catalogue does know.
 */
@Component
class CatalogusTypen {

  private final CatalogiClient catalogi;
  private final ZgwProperties zgw;

  CatalogusTypen(CatalogiClient catalogi, ZgwProperties zgw) {
    this.catalogi = catalogi;
    this.zgw = zgw;
  }

  /** The URL of the informatieobjecttype with this omschrijving in the municipality's catalogue. */
  String informatieobjecttype(String gemeente, String omschrijving) {
    Catalogus catalogus = catalogus(gemeente);
    List<InformatieObjectType> typen = catalogi.informatieobjecttypen(catalogus.url()).stream()
        .filter(type -> !type.concept())
        .toList();
    return zoek(typen, InformatieObjectType::omschrijving, InformatieObjectType::url, omschrijving, gemeente,
        "informatieobjecttype");
  }

  /** The URL of the besluittype with this omschrijving in the municipality's catalogue. */
  String besluittype(String gemeente, String omschrijving) {
    Catalogus catalogus = catalogus(gemeente);
    List<BesluitType> typen = catalogi.besluittypen(catalogus.url()).stream()
        .filter(type -> !type.concept())
        .toList();
    return zoek(typen, BesluitType::omschrijving, BesluitType::url, omschrijving, gemeente, "besluittype");
  }

  private Catalogus catalogus(String gemeente) {
    ZgwProperties.Tenant tenant = zgw.tenant(gemeente);
    return catalogi.catalogus(tenant.catalogusDomein(), tenant.rsin())
        .orElseThrow(() -> new ModelConfigurationException("De Catalogi API kent geen catalogus met domein "
            + tenant.catalogusDomein() + " voor gemeente " + gemeente + "."));
  }

  private static <T> String zoek(List<T> typen, Function<T, String> omschrijvingVan, Function<T, String> urlVan,
      String omschrijving, String gemeente, String soort) {
    String gezocht = normaal(omschrijving);
    return typen.stream()
        .filter(type -> gezocht.equals(normaal(omschrijvingVan.apply(type))))
        .map(urlVan)
        .findFirst()
        .orElseThrow(() -> new ModelConfigurationException("De catalogus van gemeente " + gemeente + " kent geen "
            + "gepubliceerd " + soort + " '" + omschrijving + "'. " + bekend(typen, omschrijvingVan)));
  }

  private static <T> String bekend(List<T> typen, Function<T, String> omschrijvingVan) {
    if (typen.isEmpty()) {
      return "De catalogus bevat er geen.";
    }
    return "Bekend zijn: " + String.join(", ", typen.stream().map(omschrijvingVan).distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER).toList()) + ".";
  }

  private static String normaal(String tekst) {
    return tekst == null ? "" : tekst.strip().toLowerCase(Locale.ROOT);
  }
}
