package nl.werkstroom.integration.brp;

import java.util.List;

/**
 * The answer to {@code RaadpleegMetBurgerservicenummer}: the persons found, in no guaranteed order.
 * A BSN that the BRP does not know simply has no person in the list (the API answers 200, not 404).
 */
public record RaadpleegMetBurgerservicenummerResponse(String type, List<Persoon> personen) {

  public List<Persoon> personen() {
    return personen == null ? List.of() : personen;
  }
}
