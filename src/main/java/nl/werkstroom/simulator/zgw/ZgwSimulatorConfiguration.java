package nl.werkstroom.simulator.zgw;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the ZGW simulators share: the verifier of the clients' JWTs (from
 * {@code werkstroom.simulators.zgw.clients}) and the authentication check on the paths of the Zaken
 * and Catalogi simulators.
 */
@Configuration
@ConditionalOnProperty("werkstroom.simulators.enabled")
public class ZgwSimulatorConfiguration implements WebMvcConfigurer {

  private final ZgwSimulatorProperties properties;

  public ZgwSimulatorConfiguration(ZgwSimulatorProperties properties) {
    this.properties = properties;
  }

  @Bean
  public ZgwTokenVerifier zgwTokenVerifier() {
    return new ZgwTokenVerifier(properties.clients(), Clock.systemUTC());
  }

  @Bean
  public ZgwSimulatorAuthentication zgwSimulatorAuthentication(ZgwTokenVerifier zgwTokenVerifier) {
    return new ZgwSimulatorAuthentication(zgwTokenVerifier);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(zgwSimulatorAuthentication(zgwTokenVerifier()))
        .addPathPatterns(ZgwUrls.ZAKEN_API + "/**", ZgwUrls.CATALOGI_API + "/**");
  }
}
