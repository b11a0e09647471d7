package nl.werkstroom.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * Runs Werkstroom's Flyway migrations after the process engine is built, because the engine creates
 * its own ACT_* tables then ({@code databaseSchemaUpdate}) and some migrations add indexes to them.
 */
@Component
class MigrationsAfterEngine implements BeanFactoryPostProcessor {

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    String[] engines = beanFactory.getBeanNamesForType(ProcessEngine.class, true, false);
    for (String initializer : beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)) {
      BeanDefinition definition = beanFactory.getBeanDefinition(initializer);
      Set<String> dependsOn = new LinkedHashSet<>();
      if (definition.getDependsOn() != null) {
        dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
      }
      dependsOn.addAll(Arrays.asList(engines));
      definition.setDependsOn(dependsOn.toArray(String[]::new));
    }
  }
}
