package nl.werkstroom.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.werkstroom.engine.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo organisation of {@code demo/organisatie.yaml}: fictional employees in every role, so that
 * a new user can try every process at once. Only when {@code werkstroom.demo.enabled} is true,
 * which the production profile never sets. Each password equals the user name.
 */
@Component
@ConditionalOnProperty("werkstroom.demo.enabled")
@Order(StartupOrder.DEMO_ORGANISATION)
class DemoOrganisation implements ApplicationRunner {

  static final String SOURCE = "demo/organisatie.yaml";
  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
  private static final String EMAIL_DOMAIN = "@werkstroom.example";

  private final UserAccounts accounts;

  DemoOrganisation(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    int created = 0;
    for (DemoUser user : read().users()) {
      if (!accounts.exists(user.id())) {
        accounts.create(new UserAccounts.Account(user.id(), user.firstName(), user.lastName(),
            user.id() + EMAIL_DOMAIN, user.id(), user.groups(), user.tenants()), true);
        created++;
      }
    }
    log.info("Demo organisation ready ({} users created); log in as demo/demo", created);
  }

  static DemoUsers read() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
      return yaml.readValue(in, DemoUsers.class);
    }
  }

  record DemoUsers(List<DemoUser> users) {
  }

  record DemoUser(String id, String firstName, String lastName, List<String> tenants, List<String> groups) {
  }
}
