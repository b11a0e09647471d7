package nl.werkstroom.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

/** Dates and moments of a zaak, in Dutch time as the Zaken API shows them. */
final class ZaakTijd {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private ZaakTijd() {
  }

  /** The moment a status is set: now. */
  static OffsetDateTime nu() {
    return OffsetDateTime.now(ZONE);
  }

  static LocalDate datum(Date moment) {
    return LocalDate.ofInstant(moment.toInstant(), ZONE);
  }
}
