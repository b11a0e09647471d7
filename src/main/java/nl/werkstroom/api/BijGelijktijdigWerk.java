package nl.werkstroom.api;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Repeats an engine call that lost a race with the job executor working on the same case (a mail
 * being sent, a zaak status being set): the losing transaction is rolled back whole, so trying
 * again is safe. When the case stays busy the client hears so and may try again itself.
 */
public final class BijGelijktijdigWerk {

  private static final int POGINGEN = 5;
  private static final long WACHTTIJD_MILLIS = 100;

  private BijGelijktijdigWerk() {
  }

  public static void herhaal(Runnable werk) {
    for (int poging = 1; ; poging++) {
      try {
        werk.run();
        return;
      } catch (OptimisticLockingException e) {
        if (poging == POGINGEN) {
          throw bezig();
        }
        wacht(poging);
      }
    }
  }

  public static ApiFout bezig() {
    return ApiFout.conflict("De zaak wordt op dit moment bijgewerkt. Probeer het over enkele seconden opnieuw.");
  }

  private static void wacht(int poging) {
    try {
      Thread.sleep(WACHTTIJD_MILLIS * poging);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw bezig();
    }
  }
}
