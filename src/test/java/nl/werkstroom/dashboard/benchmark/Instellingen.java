package nl.werkstroom.dashboard.benchmark;

/**
 * The benchmark's options, read from system properties {@code werkstroom.benchmark.*}.
 *
 * @param voltooid   completed process instances in the history
 * @param openTaken  open user tasks (one per running process instance)
 * @param incidenten open incidents (each on a running instance of its own)
 * @param opwarmen   unmeasured requests per row before measuring
 * @param herhalingen measured requests per row
 * @param herladen   empty the database and load again even when the data is there
 */
record Instellingen(int voltooid, int openTaken, int incidenten, int opwarmen, int herhalingen, boolean herladen) {

  Instellingen {
    if (voltooid < 1 || openTaken < 1 || incidenten < 0 || opwarmen < 0 || herhalingen < 1) {
      throw new IllegalArgumentException("werkstroom.benchmark.*: voltooid, opentaken and herhalingen must be"
          + " positive, incidenten and opwarmen not negative");
    }
  }

  static Instellingen uitSystemProperties() {
    return new Instellingen(
        Integer.getInteger("werkstroom.benchmark.voltooid", 1_000_000),
        Integer.getInteger("werkstroom.benchmark.opentaken", 100_000),
        Integer.getInteger("werkstroom.benchmark.incidenten", 300),
        Integer.getInteger("werkstroom.benchmark.opwarmen", 20),
        Integer.getInteger("werkstroom.benchmark.herhalingen", 200),
        Boolean.getBoolean("werkstroom.benchmark.herladen"));
  }

  /** What was asked for, to compare with the marker of an earlier load. */
  String omvang() {
    return voltooid + " completed, " + openTaken + " open tasks, " + incidenten + " incidents";
  }
}
