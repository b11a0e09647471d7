package nl.werkstroom.api;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The {@link Aanroeper} of the current request, as Spring Security authenticated it against the engine's users. */
@Component
public class Aanroepers {

  private final IdentityService identityService;

  Aanroepers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Aanroeper huidige() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AuthenticationCredentialsNotFoundException("No authenticated API caller");
    }
    String userId = authentication.getName();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).sorted().toList();
    return new Aanroeper(userId, groups, tenants);
  }
}
