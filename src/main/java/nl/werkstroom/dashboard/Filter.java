package nl.werkstroom.dashboard;

import java.util.List;

/**
 * What one dashboard request reads: the municipalities (always a subset of the caller's own), at
 * most one process, and the period. Requests get theirs from {@link DashboardToegang}, after the
 * checks, so a query given a request's Filter never reads a municipality the caller does not work for.
 */
public record Filter(List<String> gemeenten, String proces, Periode periode) {

  public Filter {
    gemeenten = List.copyOf(gemeenten);
  }

  /** Whether the figures of this process are asked for. */
  public boolean omvat(String procesSleutel) {
    return proces == null || proces.equals(procesSleutel);
  }
}
