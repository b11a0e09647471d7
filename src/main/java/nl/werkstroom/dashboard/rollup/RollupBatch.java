package nl.werkstroom.dashboard.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;

/**
 * The increments of one engine command, written just before its transaction commits: merged per
 * row, so a command touches each rollup row once, and held back until then, so row locks last only
 * for the commit and a rolled-back command leaves the figures as they were. Some measurements are
 * taken at commit too, when the engine has completed the history event they come from (the
 * database history handler fills in a start time that the event may lack when it is raised).
 */
final class RollupBatch implements Session {

  private final RollupSchrijver schrijver;
  private final SortedMap<GestartSleutel, Long> gestart = new TreeMap<>();
  private final SortedMap<DuurSleutel, Som> duur = new TreeMap<>();
  private final List<Consumer<RollupBatch>> bijCommit = new ArrayList<>();
  private boolean aangemeld;

  RollupBatch(RollupSchrijver schrijver) {
    this.schrijver = schrijver;
  }

  void gestart(GestartSleutel sleutel) {
    meldAan();
    gestart.merge(sleutel, 1L, Long::sum);
  }

  void duur(DuurSleutel sleutel, long duurMs) {
    meldAan();
    duur.computeIfAbsent(sleutel, key -> new Som()).tel(duurMs);
  }

  /** Takes a measurement when the transaction is about to commit. */
  void bijCommit(Consumer<RollupBatch> meting) {
    meldAan();
    bijCommit.add(meting);
  }

  SortedMap<GestartSleutel, Long> gestart() {
    return gestart;
  }

  SortedMap<DuurSleutel, Som> duur() {
    return duur;
  }

  private void meldAan() {
    if (!aangemeld) {
      aangemeld = true;
      Context.getCommandContext().getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTING, commandContext -> schrijf());
    }
  }

  private void schrijf() {
    List<Consumer<RollupBatch>> metingen = new ArrayList<>(bijCommit);
    bijCommit.clear();
    metingen.forEach(meting -> meting.accept(this));
    if (!gestart.isEmpty() || !duur.isEmpty()) {
      schrijver.schrijf(this);
    }
  }

  @Override
  public void flush() {
    // Written at commit, not at the engine's flush.
  }

  @Override
  public void close() {
    // Nothing held.
  }

  /** The count and summed duration of one row's increment. */
  static final class Som {
    private long aantal;
    private long duurMs;

    void tel(long ms) {
      aantal++;
      duurMs += ms;
    }

    long aantal() {
      return aantal;
    }

    long duurMs() {
      return duurMs;
    }
  }
}
