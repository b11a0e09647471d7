package nl.werkstroom.api;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Who calls the API: the engine user, its groups and the municipalities (tenants) it works for.
 * Members of {@code camunda-admin} may do anything, as in the engine.
 */
public record Aanroeper(String userId, List<String> groups, List<String> tenants) {

  private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9]{1,40}");

  public Aanroeper {
    groups = List.copyOf(groups);
    tenants = List.copyOf(tenants);
  }

  public boolean isBeheerder() {
    return groups.contains(Groups.CAMUNDA_ADMIN);
  }

  public boolean heeftEenVan(Collection<String> rollen) {
    return isBeheerder() || groups.stream().anyMatch(rollen::contains);
  }

  /** Refuses with 403 unless the caller has one of the roles. */
  public void vereistEenVan(Collection<String> rollen, String melding) {
    if (!heeftEenVan(rollen)) {
      throw ApiFout.geenToegang(melding);
    }
  }

  public boolean werktVoor(String gemeente) {
    return gemeente != null && tenants.contains(gemeente);
  }

  /** Refuses with 403 unless the caller works for the municipality of a case. */
  public void vereistGemeente(String gemeente) {
    if (!werktVoor(gemeente)) {
      throw ApiFout.geenToegang("U heeft geen toegang tot zaken van deze gemeente.");
    }
  }

  /**
   * The municipality a request is for: the one asked for, which the caller must work for, or the
   * caller's only one. A caller of several municipalities must say which.
   */
  public String gemeente(String gevraagd) {
    if (gevraagd != null && !gevraagd.isBlank()) {
      if (!werktVoor(gevraagd)) {
        String welke = TENANT_ID.matcher(gevraagd).matches() ? " '" + gevraagd + "'" : "";
        throw ApiFout.geenToegang("U werkt niet voor gemeente" + welke + ". U kunt kiezen uit: "
            + String.join(", ", tenants) + ".");
      }
      return gevraagd;
    }
    if (tenants.size() == 1) {
      return tenants.get(0);
    }
    if (tenants.isEmpty()) {
      throw ApiFout.geenToegang("U hoort bij geen gemeente. Vraag de beheerder u aan een gemeente toe te voegen.");
    }
    throw ApiFout.ongeldigVeld("gemeente", "U werkt voor meer dan één gemeente (" + String.join(", ", tenants)
        + "): geef in 'gemeente' aan voor welke gemeente dit is.");
  }
}
