package nl.werkstroom.engine;

import nl.werkstroom.integration.http.BackendException;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * A job that failed because a backend refused the request (4xx) would be refused again, and one that
 * failed on a wrong model or setting ({@link ModelConfigurationException}) would fail again: these
 * become an incident at once, with their explanation, instead of being retried on the model's retry
 * cycle. Every other failure (5xx, time-out, a bug) is retried as the model says.
 */
class FailFastOnRejection implements FailedJobCommandFactory {

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return new DefaultJobRetryCmd(jobId, exception) {
      @Override
      public Object execute(CommandContext commandContext) {
        if (!isRejection(exception)) {
          return super.execute(commandContext);
        }
        JobEntity job = getJob();
        if (job != null) {
          logException(job);
          job.unlock();
          job.setRetries(0);
          notifyAcquisition(commandContext);
        }
        return null;
      }
    };
  }

  static boolean isRejection(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ModelConfigurationException) {
        return true;
      }
      if (cause instanceof BackendException backend) {
        return !backend.isRetryable();
      }
    }
    return false;
  }
}
