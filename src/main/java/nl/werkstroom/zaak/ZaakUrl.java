package nl.werkstroom.zaak;

import nl.werkstroom.engine.ModelConfigurationException;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The zaak of a running instance, which must have been registered before anything else happens to it. */
public final class ZaakUrl {

  private ZaakUrl() {
  }

  public static String of(DelegateExecution execution) {
    Object url = execution.getVariable(ZaakVariables.ZAAK_URL);
    if (url == null) {
      throw new ModelConfigurationException("Dit proces heeft (nog) geen zaak: de zaakregistratie bij de start is niet gelukt "
          + "of overgeslagen.");
    }
    return url.toString();
  }
}
