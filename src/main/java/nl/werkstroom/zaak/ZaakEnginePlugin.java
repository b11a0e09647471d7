package nl.werkstroom.zaak;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Hooks zaak registration, milestones and closing into every process the engine parses. */
@Component
class ZaakEnginePlugin extends AbstractProcessEnginePlugin {

  private final ZaakRegistratie registratie;
  private final ZaakAfsluiten afsluiten;
  private final ZaakStatusZetten statusZetten;

  ZaakEnginePlugin(ZaakRegistratie registratie, ZaakAfsluiten afsluiten, ZaakStatusZetten statusZetten) {
    this.registratie = registratie;
    this.afsluiten = afsluiten;
    this.statusZetten = statusZetten;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new ZaakParseListener(registratie, afsluiten, statusZetten));
  }
}
