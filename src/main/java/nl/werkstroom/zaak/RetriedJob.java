package nl.werkstroom.zaak;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;

/**
 * Whether the job running now failed before. Only then can an earlier attempt have created something
 * whose answer was lost, so only then do we pay for looking it up before creating it again.
 */
final class RetriedJob {

  private RetriedJob() {
  }

  static boolean isRetry() {
    JobExecutorContext context = Context.getJobExecutorContext();
    return context != null && context.getCurrentJob() != null && context.getCurrentJob().getExceptionMessage() != null;
  }
}
