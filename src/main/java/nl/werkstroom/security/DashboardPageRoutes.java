package nl.werkstroom.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Short addresses for the dashboard's static pages: {@code /dashboard} (with the filters in its
 * query, so a view can be bookmarked) and {@code /dashboard/aanmelden}. They sit with the security
 * chain that guards exactly these addresses.
 */
@Configuration
class DashboardPageRoutes implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/dashboard").setViewName("forward:/dashboard/index.html");
    registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    registry.addViewController(DashboardRefusals.LOGIN_PAGE).setViewName("forward:/dashboard/aanmelden.html");
  }
}
