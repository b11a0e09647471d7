package nl.werkstroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The same zaak number in two municipalities: the caller's municipality decides, or the one it names. */
class ZaakKeuzeTest {

  private record Zaak(String id, String gemeente) {
  }

  private static final Function<Zaak, String> GEMEENTE = Zaak::gemeente;
  private static final List<Zaak> IN_BEIDE = List.of(new Zaak("1", "oegstgeest"), new Zaak("2", "leiden"));
  private static final Aanroeper LEIDEN = new Aanroeper("sanne", List.of(), List.of("leiden"));
  private static final Aanroeper BEIDE = new Aanroeper("loket", List.of(), List.of("leiden", "oegstgeest"));

  @Test
  void aCallerOfOneMunicipalityGetsItsOwnCase() {
    assertThat(ZaakKeuze.kies(IN_BEIDE, GEMEENTE, LEIDEN, null)).contains(IN_BEIDE.get(1));
  }

  @Test
  void aCallerOfBothMustSayWhichAndThenGetsThatOne() {
    assertThatThrownBy(() -> ZaakKeuze.kies(IN_BEIDE, GEMEENTE, BEIDE, null))
        .isInstanceOf(ApiFout.class)
        .hasMessageContaining("bestaat in meer gemeenten waarvoor u werkt (leiden, oegstgeest)");
    assertThat(ZaakKeuze.kies(IN_BEIDE, GEMEENTE, BEIDE, "oegstgeest")).contains(IN_BEIDE.get(0));
  }

  @Test
  void aCaseOnlyElsewhereIsForbiddenAndAnUnknownNumberIsAbsent() {
    assertThatThrownBy(() -> ZaakKeuze.kies(List.of(new Zaak("1", "oegstgeest")), GEMEENTE, LEIDEN, null))
        .isInstanceOf(ApiFout.class).hasMessageContaining("geen toegang");
    assertThatThrownBy(() -> ZaakKeuze.kies(IN_BEIDE, GEMEENTE, LEIDEN, "oegstgeest"))
        .isInstanceOf(ApiFout.class);
    assertThat(ZaakKeuze.kies(List.<Zaak>of(), GEMEENTE, LEIDEN, null)).isEmpty();
  }
}
