package nl.werkstroom.subsidie.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * What the benchmark measures inside the application: how long each job ran, and how much of that
 * time went to backend calls (HTTP to the simulators, SMTP to the mail simulator), attributed to the
 * job and to the activity that made the call.
 */
final class Metingen {

  static final String BUITEN_JOB = "(outside a job)";

  private final Map<String, Queue<Long>> jobNanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> mislukteJobs = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> backendNanosPerJob = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> backendNanosPerActiviteit = new ConcurrentHashMap<>();
  private final LongAdder backendCalls = new LongAdder();

  void job(JobEntity job, long nanos, boolean gelukt) {
    String sleutel = sleutel(job);
    if (gelukt) {
      jobNanos.computeIfAbsent(sleutel, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    } else {
      mislukteJobs.computeIfAbsent(sleutel, k -> new LongAdder()).increment();
    }
  }

  /** One backend call of {@code nanos}, made by whatever job and activity this thread is running. */
  void backendCall(long nanos) {
    backendCalls.increment();
    backendNanosPerJob.computeIfAbsent(huidigeJob(), k -> new LongAdder()).add(nanos);
    BpmnExecutionContext execution = Context.getBpmnExecutionContext();
    String activiteit = execution == null || execution.getExecution() == null
        ? BUITEN_JOB : String.valueOf(execution.getExecution().getActivityId());
    backendNanosPerActiviteit.computeIfAbsent(activiteit, k -> new LongAdder()).add(nanos);
  }

  Map<String, List<Long>> jobDuren() {
    Map<String, List<Long>> kopie = new java.util.TreeMap<>();
    jobNanos.forEach((sleutel, duren) -> kopie.put(sleutel, List.copyOf(duren)));
    return kopie;
  }

  long mislukt(String sleutel) {
    LongAdder aantal = mislukteJobs.get(sleutel);
    return aantal == null ? 0 : aantal.sum();
  }

  Map<String, LongAdder> mislukteJobs() {
    return mislukteJobs;
  }

  long backendNanosVanJob(String sleutel) {
    LongAdder nanos = backendNanosPerJob.get(sleutel);
    return nanos == null ? 0 : nanos.sum();
  }

  long backendNanosVanActiviteit(String activiteitId) {
    LongAdder nanos = backendNanosPerActiviteit.get(activiteitId);
    return nanos == null ? 0 : nanos.sum();
  }

  long backendCalls() {
    return backendCalls.sum();
  }

  private static String huidigeJob() {
    JobExecutorContext context = Context.getJobExecutorContext();
    JobEntity job = context == null ? null : context.getCurrentJob();
    return job == null ? BUITEN_JOB : sleutel(job);
  }

  /** Activity and kind of a job: {@code Task_X (before)}, {@code Task_X (after)} or {@code Event_Y (timer)}. */
  static String sleutel(JobEntity job) {
    String type = String.valueOf(job.getJobHandlerType());
    String configuratie = String.valueOf(job.getJobHandlerConfigurationRaw());
    String soort;
    if (type.contains("timer")) {
      soort = "timer";
    } else if (configuratie.contains("take") || configuratie.contains("end")) {
      soort = "after";
    } else {
      soort = "before";
    }
    return job.getActivityId() + " (" + soort + ")";
  }
}
