package nl.werkstroom.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Picks the case a caller means by a zaak number. Zaak numbers are unique within a municipality
 * only (each municipality's Zaken API numbers its own), so the same number can exist in two
 * municipalities: the caller's municipality decides, and a caller who works for both names it
 * ({@code ?gemeente=}).
 */
public final class ZaakKeuze {

  private ZaakKeuze() {
  }

  /**
   * The case among {@code kandidaten} (all cases with the number) that belongs to the caller's
   * municipality, or to {@code gemeente} when given; empty when there is none at all (404). 403
   * when the number exists only elsewhere; 400 when it exists in several of the caller's
   * municipalities and the caller did not say which.
   */
  public static <T> Optional<T> kies(List<T> kandidaten, Function<T, String> gemeenteVan, Aanroeper aanroeper,
      String gemeente) {
    if (kandidaten.isEmpty()) {
      return Optional.empty();
    }
    if (gemeente != null && !gemeente.isBlank()) {
      aanroeper.vereistGemeente(gemeente);
    }
    List<T> vanAanroeper = kandidaten.stream()
        .filter(zaak -> gemeente == null || gemeente.isBlank() ? aanroeper.werktVoor(gemeenteVan.apply(zaak))
            : gemeente.equals(gemeenteVan.apply(zaak)))
        .toList();
    if (vanAanroeper.isEmpty()) {
      aanroeper.vereistGemeente(gemeenteVan.apply(kandidaten.get(0)));
      return Optional.empty();
    }
    if (vanAanroeper.size() > 1) {
      throw ApiFout.ongeldigVeld("gemeente", "Dit zaaknummer bestaat in meer gemeenten waarvoor u werkt ("
          + String.join(", ", vanAanroeper.stream().map(gemeenteVan).distinct().sorted().toList())
          + "). Geef de gemeente mee, bijvoorbeeld ?gemeente=" + gemeenteVan.apply(vanAanroeper.get(0)) + ".");
    }
    return Optional.of(vanAanroeper.get(0));
  }
}
