package nl.werkstroom.simulator.zgw.besluiten;

import nl.werkstroom.simulator.zgw.ZgwSimulatorAuthentication;
import nl.werkstroom.simulator.zgw.ZgwUrls;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks the ZGW JWT of every request to the Besluiten simulator (403 without a valid one). */
@Configuration
@ConditionalOnProperty("werkstroom.simulators.enabled")
class BesluitenSimulatorConfiguration implements WebMvcConfigurer {

  private final ZgwSimulatorAuthentication authentication;

  BesluitenSimulatorConfiguration(ZgwSimulatorAuthentication authentication) {
    this.authentication = authentication;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(authentication).addPathPatterns(ZgwUrls.BESLUITEN_API + "/**");
  }
}
