package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.werkstroom.subsidie.SubsidieProperties.Gemeente;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import nl.werkstroom.subsidie.SubsidieProperties.Verantwoording;
import org.springframework.stereotype.Component;

/** The configured subsidy schemes, looked up per municipality. */
@Component
public class Regelingen {

  /** The VNG model-ASV tiers, for a municipality that configured none (the same as the properties' defaults). */
  static final Verantwoording STANDAARD_VERANTWOORDING =
      new Verantwoording(new BigDecimal("5000.00"), new BigDecimal("125000.00"));

  private final SubsidieProperties properties;

  Regelingen(SubsidieProperties properties) {
    this.properties = properties;
  }

  /** The schemes of a municipality, in configuration order; empty for a municipality without schemes. */
  public List<Regeling> van(String gemeente) {
    Gemeente instellingen = properties.gemeenten().get(gemeente);
    return instellingen == null ? List.of() : instellingen.regelingen();
  }

  public Optional<Regeling> vind(String gemeente, String code) {
    return van(gemeente).stream().filter(regeling -> regeling.code().equals(code)).findFirst();
  }

  /** The municipality's accountability tiers; the model-ASV defaults when it configured none. */
  public Verantwoording verantwoording(String gemeente) {
    Gemeente instellingen = properties.gemeenten().get(gemeente);
    return instellingen == null ? STANDAARD_VERANTWOORDING : instellingen.verantwoording();
  }

  public int signaalDagenVoorBeslisdatum() {
    return properties.signaalDagenVoorBeslisdatum();
  }
}
