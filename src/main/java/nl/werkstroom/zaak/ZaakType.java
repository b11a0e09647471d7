package nl.werkstroom.zaak;

import nl.werkstroom.engine.ModelConfigurationException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkstroom.integration.zgw.catalogi.ResultaatType;
import nl.werkstroom.integration.zgw.catalogi.StatusType;

/** A zaaktype with what registering and closing its zaken needs: its statustypen and resultaattypen. */
record ZaakType(String url, String identificatie, List<StatusType> statustypen, List<ResultaatType> resultaattypen) {

  StatusType firstStatus() {
    return statustypen.stream().min(Comparator.comparingInt(StatusType::volgnummer))
        .orElseThrow(() -> new ModelConfigurationException("Zaaktype " + identificatie + " heeft geen statustypen."));
  }

  StatusType finalStatus() {
    return statustypen.stream().max(Comparator.comparingInt(StatusType::volgnummer))
        .orElseThrow(() -> new ModelConfigurationException("Zaaktype " + identificatie + " heeft geen statustypen."));
  }

  StatusType status(String omschrijving) {
    return statustypen.stream().filter(type -> same(type.omschrijving(), omschrijving)).findFirst()
        .orElseThrow(() -> new ModelConfigurationException("Zaaktype " + identificatie + " kent geen status '" + omschrijving
            + "'. Bekende statussen: " + statustypen.stream().map(StatusType::omschrijving).toList() + "."));
  }

  ResultaatType resultaat(Optional<String> omschrijving) {
    if (omschrijving.isEmpty()) {
      if (resultaattypen.size() == 1) {
        return resultaattypen.get(0);
      }
      throw new ModelConfigurationException("Het proces zegt niet met welk resultaat de zaak (zaaktype " + identificatie
          + ") sluit: zet de variabele 'zaakresultaat' of de eigenschap 'zaakresultaat' op het eindevent. "
          + "Mogelijke resultaten: " + resultaattypen.stream().map(ResultaatType::omschrijving).toList() + ".");
    }
    return resultaattypen.stream().filter(type -> same(type.omschrijving(), omschrijving.get())).findFirst()
        .orElseThrow(() -> new ModelConfigurationException("Zaaktype " + identificatie + " kent geen resultaat '"
            + omschrijving.get() + "'. Bekende resultaten: "
            + resultaattypen.stream().map(ResultaatType::omschrijving).toList() + "."));
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }
}
