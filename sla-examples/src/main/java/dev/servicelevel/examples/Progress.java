package dev.servicelevel.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A progress line for long runs: steps are shown on standard error only once the run has taken
 * longer than a quiet period, so a quick run prints nothing and a slow one (a big export) says
 * what it is doing.
 */
final class Progress {

  private final PrintStream err;
  private final LongSupplier nanoTime;
  private final long quietNanos;
  private final long start;
  private String pending;
  private boolean shown;

  /**
   * Creates a progress line.
   *
   * @param err  where to write
   * @param nanoTime  the clock, such as {@code System::nanoTime}
   * @param quiet  how long a run stays silent
   */
  Progress(PrintStream err, LongSupplier nanoTime, Duration quiet) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.quietNanos = quiet.toNanos();
    this.start = nanoTime.getAsLong();
  }

  /**
   * Reports the step the run starts now; shown when the run is already past its quiet period.
   *
   * @param what  the step, such as {@code Evaluating ecoshop-sla for 2025-Q4}
   */
  void step(String what) {
    pending = what;
    if (nanoTime.getAsLong() - start >= quietNanos) {
      err.println("[" + seconds() + " s] " + what + " ...");
      shown = true;
      pending = null;
    }
  }

  /** Ends the run: says how long it took when progress was shown. */
  void done() {
    if (shown) {
      err.println("[" + seconds() + " s] done");
    }
    pending = null;
  }

  /**
   * Gets the step not yet shown.
   *
   * @return the step, or null
   */
  String pending() {
    return pending;
  }

  private String seconds() {
    return String.valueOf((nanoTime.getAsLong() - start) / 1_000_000_000L);
  }
}
