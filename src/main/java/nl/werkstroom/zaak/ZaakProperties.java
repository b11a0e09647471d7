package nl.werkstroom.zaak;

import nl.werkstroom.engine.ModelConfigurationException;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which zaaktype each process registers its instances as: {@code werkstroom.zaak.zaaktypen}, process
 * key to the zaaktype's {@code identificatie} in the municipality's catalogue.
 */
@ConfigurationProperties("werkstroom.zaak")
public record ZaakProperties(@DefaultValue Map<String, String> zaaktypen) {

  public String zaaktypeFor(String processKey) {
    String identificatie = zaaktypen.get(processKey);
    if (identificatie == null) {
      throw new ModelConfigurationException("Voor proces '" + processKey + "' is geen zaaktype ingesteld "
          + "(werkstroom.zaak.zaaktypen." + processKey + "): zonder zaaktype kan er geen zaak worden aangemaakt.");
    }
    return identificatie;
  }
}
