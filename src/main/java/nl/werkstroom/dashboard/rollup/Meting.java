package nl.werkstroom.dashboard.rollup;

/** What a row of {@code ws_dash_duur} measures (column {@code meting}). */
public enum Meting {

  /** A process instance ended, completed or cancelled: from its start to its end. */
  AFGEROND("afgerond"),
  /** The zaak got its decision: from the instance's start to the activity marked "Besluit genomen". */
  BESLUIT("besluit"),
  /** A user task was completed: from its creation to its completion (the time the work waited). */
  TAAK("taak");

  private final String code;

  Meting(String code) {
    this.code = code;
  }

  /** The value in the database. */
  public String code() {
    return code;
  }
}
