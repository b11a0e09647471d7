package nl.werkstroom.subsidie.benchmark;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Times every job the engine executes, from the start of its command to the commit, as an engine
 * plugin that puts a command interceptor in front of the transaction.
 */
final class JobTimer extends AbstractProcessEnginePlugin {

  private final Metingen metingen;

  JobTimer(Metingen metingen) {
    this.metingen = metingen;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new java.util.ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor());
  }

  private final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof ExecuteJobsCmd)) {
        return next.execute(command);
      }
      long start = System.nanoTime();
      boolean gelukt = false;
      try {
        T result = next.execute(command);
        gelukt = true;
        return result;
      } finally {
        JobEntity job = job((ExecuteJobsCmd) command);
        if (job != null) {
          metingen.job(job, System.nanoTime() - start, gelukt);
        }
      }
    }
  }

  /** The job the command ran; the command keeps it in its failure collector, which has no public getter. */
  private static JobEntity job(ExecuteJobsCmd command) {
    try {
      Field field = ExecuteJobsCmd.class.getDeclaredField("jobFailureCollector");
      field.setAccessible(true);
      JobFailureCollector collector = (JobFailureCollector) field.get(command);
      return collector == null ? null : collector.getJob();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's ExecuteJobsCmd changed: cannot time jobs", e);
    }
  }
}
