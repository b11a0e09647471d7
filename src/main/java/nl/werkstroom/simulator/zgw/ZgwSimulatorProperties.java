package nl.werkstroom.simulator.zgw;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ZGW simulators: {@code werkstroom.simulators.zgw.*}. {@code clients} maps each client id the
 * simulators accept to its secret, as the Autorisaties API of Open Zaak registers applications.
 */
@ConfigurationProperties("werkstroom.simulators.zgw")
public record ZgwSimulatorProperties(@DefaultValue Map<String, String> clients) {
}
