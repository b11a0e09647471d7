package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkstroom.engine.ModelConfigurationException;
import org.junit.jupiter.api.Test;

class WeigeringVoorstellenTest {

  private final WeigeringVoorstellen delegate = new WeigeringVoorstellen();

  @Test
  void proposesToRefuseOnTheGroundFoundAndGrantsNothing() {
    Procesdata data = new Procesdata().met("weigeringsgrond", "BUDGET_ONTOEREIKEND").met("toegekendBedrag", 800.0);

    delegate.execute(data.execution());

    assertThat(data.get("voorstel")).isEqualTo("weigeren");
    assertThat(data.get("toegekendBedrag")).isEqualTo(0.0);
    assertThat(data.get("weigeringsgrond")).isEqualTo("BUDGET_ONTOEREIKEND");
  }

  @Test
  void refusalWithoutGroundIsAModellingError() {
    assertThatThrownBy(() -> delegate.execute(new Procesdata().execution()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("weigeringsgrond");
  }
}
