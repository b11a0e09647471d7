package nl.werkstroom.integration.brp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The request body of {@code POST /personen} for the query {@code RaadpleegMetBurgerservicenummer}
 * (BRP Personen API 2): up to 20 BSNs, the fields wanted, and optionally the gemeente (4-digit code)
 * the persons must be registered in. The BSNs travel in the body, never in the URL, so that they do
 * not end up in access logs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RaadpleegMetBurgerservicenummer(
    String type,
    List<String> burgerservicenummer,
    List<String> fields,
    String gemeenteVanInschrijving) {

  public static final String TYPE = "RaadpleegMetBurgerservicenummer";

  public RaadpleegMetBurgerservicenummer(List<String> burgerservicenummer, List<String> fields, String gemeenteVanInschrijving) {
    this(TYPE, List.copyOf(burgerservicenummer), List.copyOf(fields), gemeenteVanInschrijving);
  }

  @Override
  public String toString() {
    // Never print the BSNs, whoever logs this object.
    return "RaadpleegMetBurgerservicenummer[" + burgerservicenummer.size() + " BSN(s), fields=" + fields + "]";
  }
}
