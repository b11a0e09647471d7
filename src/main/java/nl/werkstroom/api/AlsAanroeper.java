package nl.werkstroom.api;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the API's caller, so the engine applies that user's authorizations (who may
 * start what) and tenants, and records the user as initiator, exactly as for a start in Tasklist.
 */
@Component
public class AlsAanroeper {

  private final IdentityService identityService;

  AlsAanroeper(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T voerUit(Aanroeper aanroeper, Supplier<T> werk) {
    identityService.setAuthentication(aanroeper.userId(), aanroeper.groups(), aanroeper.tenants());
    try {
      return werk.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
