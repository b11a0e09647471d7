package nl.werkstroom.zaak;

import nl.werkstroom.engine.ModelConfigurationException;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The zaak of a running instance, which must have been registered before anything else happens to it. */
public final class ZaakUrl {

  private ZaakUrl() {
  }

  public static String of(DelegateExecution execution) {
    Object url = execution.getVariable(ZaakVariables.ZAAK_URL);
    if (url == null || url.toString().isBlank()) {
      throw new ModelConfigurationException("Het proces heeft (nog) geen zaak (variabele '" + ZaakVariables.ZAAK_URL
          + "'). Elk proces wordt bij de start als zaak geregistreerd; controleer of het proces een zaaktype heeft "
          + "(werkstroom.zaak.zaaktypen).");
    }
    return url.toString().strip();
  }
}
