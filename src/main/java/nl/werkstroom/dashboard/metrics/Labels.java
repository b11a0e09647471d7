package nl.werkstroom.dashboard.metrics;

import io.micrometer.core.instrument.Tags;

/** The labels of every Werkstroom process metric: the process key and the tenant ('' for none). */
record Labels(String process, String tenant) {

  Tags tags() {
    return Tags.of("process", process, "tenant", tenant);
  }
}
