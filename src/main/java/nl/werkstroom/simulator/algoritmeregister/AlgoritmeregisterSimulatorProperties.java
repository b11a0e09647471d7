package nl.werkstroom.simulator.algoritmeregister;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Algoritmeregister simulator: {@code werkstroom.simulators.algoritmeregister.*}. Its Keycloak
 * part knows OAuth clients (id → secret and the organisations they may deliver for) and signs the
 * tokens it issues with {@code signing-secret} (at least 32 characters), valid for {@code token-lifetime}.
 */
@Validated
@ConditionalOnProperty("werkstroom.simulators.enabled")
@ConfigurationProperties("werkstroom.simulators.algoritmeregister")
public record AlgoritmeregisterSimulatorProperties(
    @DefaultValue @Valid Map<String, Client> clients,
    String signingSecret,
    @DefaultValue("300s") Duration tokenLifetime) {

  public record Client(@NotBlank String secret, @DefaultValue List<String> organisations) {
  }
}
