package nl.werkstroom.simulator.zgw.documenten;

import nl.werkstroom.simulator.zgw.ZgwSimulatorAuthentication;
import nl.werkstroom.simulator.zgw.ZgwUrls;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks the ZGW JWT of every request to the Documenten simulator (403 without a valid one). */
@Configuration
@ConditionalOnProperty("werkstroom.simulators.enabled")
class DocumentenSimulatorConfiguration implements WebMvcConfigurer {

  private final ZgwSimulatorAuthentication authentication;

  DocumentenSimulatorConfiguration(ZgwSimulatorAuthentication authentication) {
    this.authentication = authentication;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(authentication).addPathPatterns(ZgwUrls.DOCUMENTEN_API + "/**");
  }
}
