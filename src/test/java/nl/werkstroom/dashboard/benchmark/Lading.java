package nl.werkstroom.dashboard.benchmark;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Loads the engine's history and runtime tables set-based in SQL (generate_series), with rows shaped
 * like the ones the engine itself writes for {@code contactverzoek} and {@code subsidieaanvraag}
 * (checked against a real instance: revisions, suspension state, cached entity state, the task
 * authorization the engine grants a candidate group, removal times after the history time to live):
 *
 * <ul>
 * <li>completed process instances in ACT_HI_PROCINST, ending over the last two years, with their
 *     user tasks in ACT_HI_TASKINST (one for a contactverzoek, up to five for a subsidieaanvraag);
 * <li>running process instances with one open user task each: ACT_RU_EXECUTION, ACT_RU_TASK with due
 *     dates (some overdue, some claimed), the candidate group in ACT_RU_IDENTITYLINK, the engine's
 *     per-task authorizations in ACT_RU_AUTHORIZATION, and their ACT_HI_PROCINST and ACT_HI_TASKINST;
 * <li>running instances stuck in a service task: a failed job (ACT_RU_JOB, retries 0) with its
 *     incident in ACT_RU_INCIDENT and ACT_HI_INCIDENT.
 * </ul>
 *
 * <p>Left out, because neither the dashboard nor Tasklist's task list reads them: variables,
 * activity instances, history identity links, event subscriptions. A marker table
 * {@code ws_benchmark_lading} records what was loaded, so a second run measures at once.
 */
final class Lading {

  private static final String MARKER = "ws_benchmark_lading";
  private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Completed instances, ending uniformly over two years before the load moment. */
  private static final String VOLTOOIDE_INSTANTIES = """
      INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
          END_TIME_, REMOVAL_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_,
          DELETE_REASON_, TENANT_ID_, STATE_)
      SELECT id, id, 'ZAAK-' || to_char(eind - duur, 'YYYY') || '-' || lpad(i::text, 10, '0'), sleutel,
             CASE WHEN contact THEN :contactverzoek ELSE :subsidieaanvraag END,
             eind - duur, eind,
             eind + CASE WHEN contact THEN interval '365 days' ELSE interval '3650 days' END,
             (extract(epoch FROM duur) * 1000)::bigint,
             CASE WHEN NOT contact THEN 'loket' WHEN gemeente = 'oegstgeest' THEN 'olga'
                  WHEN i % 2 = 0 THEN 'fatima' ELSE 'joost' END,
             CASE WHEN contact THEN 'StartEvent_ContactverzoekOntvangen' ELSE 'StartEvent_AanvraagOntvangen' END,
             eindactiviteit, id,
             CASE WHEN afgebroken THEN 'Ingetrokken door de aanvrager' END, gemeente,
             CASE WHEN afgebroken THEN 'EXTERNALLY_TERMINATED' ELSE 'COMPLETED' END
      FROM (SELECT i, id, contact, sleutel, gemeente, afgebroken, eind,
                   CASE WHEN contact THEN interval '5 minutes' + interval '1 hour' * (-20 * ln(1 - r3))
                        WHEN eindactiviteit = 'EndEvent_SubsidieVastgesteld' THEN interval '1 day' * (90 + 300 * r3)
                        ELSE interval '1 day' * (5 + 55 * r3) END AS duur,
                   eindactiviteit
            FROM (SELECT i, md5('bm-voltooid-' || i)::uuid::text AS id, contact,
                         CASE WHEN contact THEN 'contactverzoek' ELSE 'subsidieaanvraag' END AS sleutel,
                         CASE WHEN r1 < 0.75 THEN 'leiden' ELSE 'oegstgeest' END AS gemeente,
                         r2 < 0.02 AS afgebroken,
                         :nu - interval '1 day' * 728 * r4 AS eind, r3,
                         CASE WHEN contact AND r2 < 0.02 THEN 'Task_KlantTerugbellen'
                              WHEN contact THEN 'EndEvent_ContactverzoekAfgehandeld'
                              WHEN r2 < 0.02 THEN 'Task_AanvraagBeoordelen'
                              WHEN r2 < 0.15 THEN 'EndEvent_BuitenBehandelingGesteld'
                              WHEN r2 < 0.30 THEN 'EndEvent_Geweigerd'
                              ELSE 'EndEvent_SubsidieVastgesteld' END AS eindactiviteit
                  FROM (SELECT i, i % 5 < 3 AS contact, random() AS r1, random() AS r2, random() AS r3,
                               random() AS r4
                        FROM generate_series(1, :voltooid) AS i) g) a) b""";

  /**
   * The user tasks of each completed instance, by the way it ended. A task runs from {@code van} to
   * {@code tot}, each a fraction of the time to the decision ({@code b}: at most 20–65 days after the
   * start) plus a fraction of the time after it; a contactverzoek's one task spans the whole instance.
   */
  private static final String VOLTOOIDE_TAKEN = """
      INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
          EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_,
          PRIORITY_, DUE_DATE_, TENANT_ID_, REMOVAL_TIME_, TASK_STATE_)
      SELECT md5(id || taak)::uuid::text, taak, sleutel, definitie, id, id,
             CASE WHEN in_deelproces THEN md5('bm-deelproces-' || id)::uuid::text ELSE id END,
             pg_temp.activiteitinstantie(taak, md5('bm-activiteit-' || id || taak)), naam,
             CASE WHEN verwijderd THEN NULL
                  WHEN groep = 'kcc' THEN CASE WHEN gemeente = 'oegstgeest' THEN 'olga' WHEN h % 2 = 0 THEN 'fatima' ELSE 'joost' END
                  WHEN groep = 'subsidie-mandaathouder' THEN CASE WHEN gemeente = 'oegstgeest' THEN 'oscar' ELSE 'henk' END
                  ELSE CASE WHEN gemeente = 'oegstgeest' THEN 'otto' WHEN h % 2 = 0 THEN 'sanne' ELSE 'daan' END END,
             begin, einde, (extract(epoch FROM einde - begin) * 1000)::bigint,
             CASE WHEN verwijderd THEN 'deleted' ELSE 'completed' END, 50,
             CASE termijn WHEN 'werkdagen' THEN date_trunc('day', start) + interval '22:59:59'
                                                 + interval '1 day' * CASE extract(isodow FROM start)
                                                   WHEN 4 THEN 4 WHEN 5 THEN 4 WHEN 6 THEN 3 WHEN 7 THEN 2 ELSE 2 END
                          WHEN 'beslisdatum' THEN date_trunc('day', start) + interval '56 days 22:59:59' END,
             gemeente, verwijdering, CASE WHEN verwijderd THEN 'Deleted' ELSE 'Completed' END
      FROM (SELECT p.ID_ AS id, p.PROC_DEF_KEY_ AS sleutel, p.PROC_DEF_ID_ AS definitie, p.TENANT_ID_ AS gemeente,
                   p.START_TIME_ AS start, p.REMOVAL_TIME_ AS verwijdering, abs(hashtext(p.ID_)) AS h,
                   s.taak, s.naam, s.groep, s.termijn, s.verwijderd, s.in_deelproces,
                   p.START_TIME_ + interval '1 second' + (s.van_b * b + s.van_r * (duur - b)) AS begin,
                   p.START_TIME_ + (s.tot_b * b + s.tot_r * (duur - b)) AS einde
            FROM (SELECT *, END_TIME_ - START_TIME_ AS duur,
                         CASE WHEN PROC_DEF_KEY_ = 'contactverzoek' THEN END_TIME_ - START_TIME_
                              ELSE LEAST(END_TIME_ - START_TIME_,
                                         interval '1 day' * (20 + 45 * (abs(hashtext(ID_ || 'b')) % 1000) / 1000.0))
                         END AS b
                  FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL) p
            JOIN (VALUES
              ('EndEvent_ContactverzoekAfgehandeld', 'Task_KlantTerugbellen', 'Klant terugbellen', 'kcc', 'werkdagen', false, false, 0.0, 0.0, 1.0, 0.0),
              ('Task_KlantTerugbellen', 'Task_KlantTerugbellen', 'Klant terugbellen', 'kcc', 'werkdagen', true, false, 0.0, 0.0, 1.0, 0.0),
              ('EndEvent_BuitenBehandelingGesteld', 'Task_VolledigheidBeoordelen', 'Volledigheid beoordelen', 'subsidie-behandelaar', 'beslisdatum', false, false, 0.0, 0.0, 0.8, 0.0),
              ('EndEvent_Geweigerd', 'Task_VolledigheidBeoordelen', 'Volledigheid beoordelen', 'subsidie-behandelaar', 'beslisdatum', false, false, 0.0, 0.0, 0.15, 0.0),
              ('EndEvent_Geweigerd', 'Task_AanvraagBeoordelen', 'Aanvraag beoordelen', 'subsidie-behandelaar', 'beslisdatum', false, true, 0.15, 0.0, 0.7, 0.0),
              ('EndEvent_Geweigerd', 'Task_BesluitNemen', 'Besluit nemen', 'subsidie-mandaathouder', 'beslisdatum', false, true, 0.7, 0.0, 0.95, 0.0),
              ('Task_AanvraagBeoordelen', 'Task_VolledigheidBeoordelen', 'Volledigheid beoordelen', 'subsidie-behandelaar', 'beslisdatum', false, false, 0.0, 0.0, 0.15, 0.0),
              ('Task_AanvraagBeoordelen', 'Task_AanvraagBeoordelen', 'Aanvraag beoordelen', 'subsidie-behandelaar', 'beslisdatum', true, true, 0.15, 0.0, 1.0, 0.0),
              ('EndEvent_SubsidieVastgesteld', 'Task_VolledigheidBeoordelen', 'Volledigheid beoordelen', 'subsidie-behandelaar', 'beslisdatum', false, false, 0.0, 0.0, 0.15, 0.0),
              ('EndEvent_SubsidieVastgesteld', 'Task_AanvraagBeoordelen', 'Aanvraag beoordelen', 'subsidie-behandelaar', 'beslisdatum', false, true, 0.15, 0.0, 0.7, 0.0),
              ('EndEvent_SubsidieVastgesteld', 'Task_BesluitNemen', 'Besluit nemen', 'subsidie-mandaathouder', 'beslisdatum', false, true, 0.7, 0.0, 0.95, 0.0),
              ('EndEvent_SubsidieVastgesteld', 'Task_VerantwoordingBeoordelen', 'Verantwoording beoordelen', 'subsidie-behandelaar', NULL, false, false, 1.0, 0.9, 1.0, 0.98),
              ('EndEvent_SubsidieVastgesteld', 'Task_VaststellingBesluiten', 'Vaststelling besluiten', 'subsidie-mandaathouder', NULL, false, false, 1.0, 0.98, 1.0, 0.999)
            ) AS s(eindactiviteit, taak, naam, groep, termijn, verwijderd, in_deelproces, van_b, van_r, tot_b, tot_r)
              ON s.eindactiviteit = p.END_ACT_ID_) t""";

  /**
   * The running instances, one open task each, kept in a work table first: 30 % contactverzoek
   * (created in the last days, due in two working days), 35 % subsidy completeness checks (due on the
   * decision date, 56 days), 15 % accountability reviews and 20 % final settlements (no due date);
   * 15 % claimed by someone of the group.
   */
  private static final String OPEN_WERKTABEL = """
      CREATE TEMPORARY TABLE bm_open AS
      SELECT i, id, md5('bm-open-taak-' || i)::uuid::text AS taak_id, sleutel, definitie, taak, naam, groep, gemeente,
             start, aangemaakt, termijn,
             CASE termijn WHEN 'werkdagen' THEN date_trunc('day', aangemaakt) + interval '22:59:59'
                                                + interval '1 day' * CASE extract(isodow FROM aangemaakt)
                                                  WHEN 4 THEN 4 WHEN 5 THEN 4 WHEN 6 THEN 3 WHEN 7 THEN 2 ELSE 2 END
                          WHEN 'beslisdatum' THEN date_trunc('day', start) + interval '56 days 22:59:59' END AS vervaldatum,
             CASE WHEN r3 >= 0.15 THEN NULL
                  WHEN groep = 'kcc' THEN CASE WHEN gemeente = 'oegstgeest' THEN 'olga' WHEN i % 2 = 0 THEN 'fatima' ELSE 'joost' END
                  WHEN groep = 'subsidie-mandaathouder' THEN CASE WHEN gemeente = 'oegstgeest' THEN 'oscar' ELSE 'henk' END
                  ELSE CASE WHEN gemeente = 'oegstgeest' THEN 'otto' WHEN i % 2 = 0 THEN 'sanne' ELSE 'daan' END END AS behandelaar
      FROM (SELECT i, md5('bm-open-' || i)::uuid::text AS id, soort.*, r3,
                   CASE WHEN soort.sleutel = 'contactverzoek' THEN :contactverzoek ELSE :subsidieaanvraag END AS definitie,
                   CASE WHEN r1 < 0.75 THEN 'leiden' ELSE 'oegstgeest' END AS gemeente,
                   CASE soort.taak
                     WHEN 'Task_KlantTerugbellen' THEN :nu - interval '1 hour' * (-36 * ln(1 - r2))
                     WHEN 'Task_VolledigheidBeoordelen' THEN :nu - interval '1 day' * 70 * r2
                     ELSE :nu - interval '1 day' * (100 + 300 * r2) END AS start,
                   CASE soort.taak
                     WHEN 'Task_KlantTerugbellen' THEN :nu - interval '1 hour' * (-36 * ln(1 - r2)) + interval '2 seconds'
                     WHEN 'Task_VolledigheidBeoordelen' THEN :nu - interval '1 day' * 70 * r2 + interval '2 seconds'
                     ELSE :nu - interval '1 day' * 40 * r4 END AS aangemaakt
            FROM (SELECT i, random() AS r0, random() AS r1, random() AS r2, random() AS r3, random() AS r4
                  FROM generate_series(1, :open) AS i) g
            JOIN (VALUES
                (0.00, 0.30, 'contactverzoek', 'Task_KlantTerugbellen', 'Klant terugbellen', 'kcc', 'werkdagen'),
                (0.30, 0.65, 'subsidieaanvraag', 'Task_VolledigheidBeoordelen', 'Volledigheid beoordelen', 'subsidie-behandelaar', 'beslisdatum'),
                (0.65, 0.80, 'subsidieaanvraag', 'Task_VerantwoordingBeoordelen', 'Verantwoording beoordelen', 'subsidie-behandelaar', NULL),
                (0.80, 1.01, 'subsidieaanvraag', 'Task_VaststellingBesluiten', 'Vaststelling besluiten', 'subsidie-mandaathouder', NULL)
              ) AS soort(vanaf, tot, sleutel, taak, naam, groep, termijn) ON g.r0 >= soort.vanaf AND g.r0 < soort.tot) o""";

  private static final List<String> OPEN_RIJEN = List.of(
      """
      INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,
          ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
          SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_)
      SELECT id, 3, id, id, 'ZAAK-' || to_char(start, 'YYYY') || '-' || lpad((:voltooid + i)::text, 10, '0'), definitie, taak,
             pg_temp.activiteitinstantie(taak, md5('bm-activiteit-' || id)), true, false, true, false, 1, 18, 3, gemeente, sleutel
      FROM bm_open""",
      """
      INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_,
          PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TENANT_ID_, TASK_STATE_)
      SELECT taak_id, CASE WHEN behandelaar IS NULL THEN 1 ELSE 2 END, id, id, definitie, naam, taak, behandelaar,
             50, aangemaakt, CASE WHEN behandelaar IS NOT NULL THEN aangemaakt + interval '1 hour' END, vervaldatum, 1,
             gemeente, CASE WHEN behandelaar IS NULL THEN 'Created' ELSE 'Updated' END
      FROM bm_open""",
      """
      INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_, TENANT_ID_)
      SELECT md5('bm-kandidaat-' || i)::uuid::text, 1, groep, 'candidate', taak_id, gemeente FROM bm_open""",
      """
      INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
      SELECT md5('bm-recht-groep-' || i)::uuid::text, 1, 1, groep, NULL, 7, taak_id, 16386 FROM bm_open
      UNION ALL
      SELECT md5('bm-recht-behandelaar-' || i)::uuid::text, 1, 1, NULL, behandelaar, 7, taak_id, 16386
      FROM bm_open WHERE behandelaar IS NOT NULL""",
      """
      INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
          START_USER_ID_, START_ACT_ID_, ROOT_PROC_INST_ID_, TENANT_ID_, STATE_)
      SELECT id, id, 'ZAAK-' || to_char(start, 'YYYY') || '-' || lpad((:voltooid + i)::text, 10, '0'), sleutel, definitie, start,
             CASE WHEN sleutel = 'subsidieaanvraag' THEN 'loket' WHEN gemeente = 'oegstgeest' THEN 'olga' ELSE 'fatima' END,
             CASE WHEN sleutel = 'subsidieaanvraag' THEN 'StartEvent_AanvraagOntvangen' ELSE 'StartEvent_ContactverzoekOntvangen' END,
             id, gemeente, 'ACTIVE'
      FROM bm_open""",
      """
      INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
          EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, PRIORITY_, DUE_DATE_, TENANT_ID_, TASK_STATE_)
      SELECT taak_id, taak, sleutel, definitie, id, id, id, pg_temp.activiteitinstantie(taak, md5('bm-activiteit-' || id)), naam,
             behandelaar, aangemaakt, 50, vervaldatum, gemeente, CASE WHEN behandelaar IS NULL THEN 'Created' ELSE 'Updated' END
      FROM bm_open""");

  /**
   * Running subsidy instances waiting in a service task whose job failed five times: the failed job
   * and its incident (on the payment, the confirmation mail or the scheme lookup), created in the
   * last 60 days.
   */
  private static final String INCIDENT_WERKTABEL = """
      CREATE TEMPORARY TABLE bm_incident AS
      SELECT i, md5('bm-incident-instantie-' || i)::uuid::text AS id, md5('bm-incident-job-' || i)::uuid::text AS job_id,
             md5('bm-incident-' || i)::uuid::text AS incident_id, activiteit, melding,
             (SELECT ID_ FROM ACT_RU_JOBDEF WHERE PROC_DEF_ID_ = :subsidieaanvraag AND ACT_ID_ = activiteit
              AND JOB_CONFIGURATION_ = 'async-before') AS jobdefinitie,
             CASE WHEN random() < 0.75 THEN 'leiden' ELSE 'oegstgeest' END AS gemeente,
             :nu - interval '1 day' * (61 + 200 * random()) AS start,
             :nu - interval '1 day' * 60 * random() AS moment
      FROM (SELECT i, (ARRAY['Task_SubsidieUitbetalen', 'Task_OntvangstBevestigen', 'Task_RegelingVastleggen'])[1 + i % 3] AS activiteit,
                   (ARRAY['Financiën antwoordde 503 Service Unavailable op POST /betalingen',
                          'Mail niet verstuurd: verbinding met de SMTP-server geweigerd',
                          'Regeling onbekend bij de gemeente'])[1 + i % 3] AS melding
            FROM generate_series(1, :incidenten) AS i) g""";

  private static final List<String> INCIDENT_RIJEN = List.of(
      """
      INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,
          IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
          SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_)
      SELECT id, 4, id, id, 'ZAAK-' || to_char(start, 'YYYY') || '-I' || lpad(i::text, 9, '0'), :subsidieaanvraag, activiteit,
             true, false, true, false, 1, 28, 5, gemeente, 'subsidieaanvraag'
      FROM bm_incident""",
      """
      INSERT INTO ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, EXECUTION_ID_, ROOT_PROC_INST_ID_, PROCESS_INSTANCE_ID_,
          PROCESS_DEF_ID_, PROCESS_DEF_KEY_, RETRIES_, EXCEPTION_MSG_, FAILED_ACT_ID_, HANDLER_TYPE_, HANDLER_CFG_,
          DEPLOYMENT_ID_, SUSPENSION_STATE_, JOB_DEF_ID_, PRIORITY_, SEQUENCE_COUNTER_, TENANT_ID_, CREATE_TIME_)
      SELECT job_id, 6, 'message', true, id, id, id, :subsidieaanvraag, 'subsidieaanvraag', 0, melding, activiteit,
             'async-continuation', 'transition-create-scope',
             (SELECT DEPLOYMENT_ID_ FROM ACT_RE_PROCDEF WHERE ID_ = :subsidieaanvraag), 1, jobdefinitie, 0, 1, gemeente,
             moment - interval '5 minutes'
      FROM bm_incident""",
      """
      INSERT INTO ACT_RU_INCIDENT (ID_, REV_, INCIDENT_TIMESTAMP_, INCIDENT_MSG_, INCIDENT_TYPE_, EXECUTION_ID_,
          ACTIVITY_ID_, FAILED_ACTIVITY_ID_, PROC_INST_ID_, PROC_DEF_ID_, ROOT_CAUSE_INCIDENT_ID_, CONFIGURATION_,
          TENANT_ID_, JOB_DEF_ID_)
      SELECT incident_id, 1, moment, melding, 'failedJob', id, activiteit, activiteit, id, :subsidieaanvraag,
             incident_id, job_id, gemeente, jobdefinitie
      FROM bm_incident""",
      """
      INSERT INTO ACT_HI_INCIDENT (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
          CREATE_TIME_, INCIDENT_MSG_, INCIDENT_TYPE_, ACTIVITY_ID_, FAILED_ACTIVITY_ID_, ROOT_CAUSE_INCIDENT_ID_,
          CONFIGURATION_, INCIDENT_STATE_, TENANT_ID_, JOB_DEF_ID_)
      SELECT incident_id, 'subsidieaanvraag', :subsidieaanvraag, id, id, id, moment, melding, 'failedJob', activiteit,
             activiteit, incident_id, job_id, 0, gemeente, jobdefinitie
      FROM bm_incident""",
      """
      INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
          START_USER_ID_, START_ACT_ID_, ROOT_PROC_INST_ID_, TENANT_ID_, STATE_)
      SELECT id, id, 'ZAAK-' || to_char(start, 'YYYY') || '-I' || lpad(i::text, 9, '0'), 'subsidieaanvraag',
             :subsidieaanvraag, start, 'loket', 'StartEvent_AanvraagOntvangen', id, gemeente, 'ACTIVE'
      FROM bm_incident""");

  /** The engine's activity instance id: activity id, colon, id; the id alone when that exceeds 64 characters. */
  private static final String ACTIVITEITINSTANTIE = """
      CREATE OR REPLACE FUNCTION pg_temp.activiteitinstantie(activiteit text, hash text) RETURNS text AS $$
        SELECT CASE WHEN length(activiteit) + 37 <= 64 THEN activiteit || ':' || hash::uuid::text ELSE hash::uuid::text END
      $$ LANGUAGE sql IMMUTABLE""";

  private static final List<String> GETELDE_TABELLEN = List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST",
      "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_INCIDENT",
      "ACT_RU_JOB", "ws_dash_gestart", "ws_dash_duur");

  private final DataSource dataSource;
  private final Instellingen instellingen;
  private final PrintStream out;

  Lading(DataSource dataSource, Instellingen instellingen, PrintStream out) {
    this.dataSource = dataSource;
    this.instellingen = instellingen;
    this.out = out;
  }

  /** Load times per step (empty when an earlier load was found) and the row counts now. */
  record Uitslag(Map<String, Long> laadtijdenMs, String eerdereLading, Map<String, Long> rijen) {
  }

  /**
   * Loads unless the marker says this volume is there already; after a load, rebuilds the rollups with
   * {@code herbouw} and analyzes. Returns what it did.
   */
  Uitslag zorgVoorGegevens(Runnable herbouw) throws SQLException {
    Map<String, Long> tijden = new LinkedHashMap<>();
    String eerder = eerdereLading();
    if (eerder != null && eerder.startsWith(instellingen.omvang())) {
      out.println("Data found (" + eerder + "); not loading again (werkstroom.benchmark.herladen=true reloads)");
      return new Uitslag(tijden, eerder, tel());
    }
    if (eerder != null || aantal("ACT_HI_PROCINST") > 1000) {
      throw new IllegalStateException("Database " + DashboardBenchmark.DATABASE + " holds other data ("
          + (eerder == null ? "no marker" : eerder) + "); run with -Dwerkstroom.benchmark.herladen=true");
    }
    out.println("Loading " + instellingen.omvang() + " set-based in SQL ...");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("SET synchronous_commit = off");
      statement.execute("SET work_mem = '256MB'");
      statement.execute("SET maintenance_work_mem = '512MB'");
      Map<String, String> waarden = waarden(connection);
      statement.execute(ACTIVITEITINSTANTIE);
      // A bulk load writes faster without the history's secondary indexes; they are built again
      // afterwards from their own definitions, so the schema ends exactly as the engine made it.
      List<String> indexen = secundaireIndexen(connection, List.of("act_hi_procinst", "act_hi_taskinst"));
      stap(tijden, "drop " + indexen.size() + " secondary indexes of the history", statement,
          indexen.stream().map(Lading::dropIndex).reduce((a, b) -> a + "; " + b).orElse("SELECT 1"), Map.of());
      stap(tijden, "completed instances (ACT_HI_PROCINST)", statement, VOLTOOIDE_INSTANTIES, waarden);
      stap(tijden, "their user tasks (ACT_HI_TASKINST)", statement, VOLTOOIDE_TAKEN, waarden);
      stap(tijden, "recreate the " + indexen.size() + " indexes", statement, String.join("; ", indexen), Map.of());
      long open = System.nanoTime();
      stap(tijden, "open tasks: work table", statement, OPEN_WERKTABEL, waarden);
      for (String sql : OPEN_RIJEN) {
        stap(tijden, "open tasks: " + tabel(sql), statement, sql, waarden);
      }
      tijden.put("open tasks, all tables", (System.nanoTime() - open) / 1_000_000);
      long incidenten = System.nanoTime();
      stap(tijden, "incidents: work table", statement, INCIDENT_WERKTABEL, waarden);
      for (String sql : INCIDENT_RIJEN) {
        stap(tijden, "incidents: " + tabel(sql), statement, sql, waarden);
      }
      tijden.put("incidents, all tables", (System.nanoTime() - incidenten) / 1_000_000);
      statement.execute("DROP TABLE bm_open");
      statement.execute("DROP TABLE bm_incident");
      stap(tijden, "VACUUM ANALYZE of the loaded tables", statement, vacuum(), waarden);
      // The connection goes back to the application's pool: undo exactly what the load set (RESET ALL
      // would also undo the pool's own connection-init-sql).
      statement.execute("RESET synchronous_commit");
      statement.execute("RESET work_mem");
      statement.execute("RESET maintenance_work_mem");
      statement.execute("DISCARD TEMP");
    }
    long herbouwStart = System.nanoTime();
    herbouw.run();
    tijden.put("DashboardRollups.herbouw()", (System.nanoTime() - herbouwStart) / 1_000_000);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      stap(tijden, "ANALYZE of the rollups", statement, "ANALYZE ws_dash_gestart; ANALYZE ws_dash_duur", Map.of());
      long totaal = tijden.entrySet().stream().filter(e -> !e.getKey().contains(", all tables"))
          .mapToLong(Map.Entry::getValue).sum();
      tijden.put("total", totaal);
      String omschrijving = instellingen.omvang() + ", loaded " + LocalDateTime.now().format(TIJD) + " in "
          + totaal / 1000 + " s";
      statement.execute("CREATE TABLE " + MARKER + " (omschrijving varchar(400) NOT NULL)");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + MARKER + " VALUES (?)")) {
        insert.setString(1, omschrijving);
        insert.executeUpdate();
      }
    }
    return new Uitslag(tijden, null, tel());
  }

  /** Machine and database, for the report's heading. */
  String omgeving() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return "PostgreSQL " + meta.getDatabaseProductVersion() + ", " + Runtime.getRuntime().availableProcessors()
          + " cores, Java " + System.getProperty("java.version");
    }
  }

  private Map<String, String> waarden(Connection connection) throws SQLException {
    Map<String, String> waarden = new LinkedHashMap<>();
    waarden.put(":contactverzoek", literal(laatsteDefinitie(connection, "contactverzoek")));
    waarden.put(":subsidieaanvraag", literal(laatsteDefinitie(connection, "subsidieaanvraag")));
    waarden.put(":nu", "TIMESTAMP '" + LocalDateTime.now().format(TIJD) + "'");
    waarden.put(":voltooid", String.valueOf(instellingen.voltooid()));
    waarden.put(":open", String.valueOf(instellingen.openTaken()));
    waarden.put(":incidenten", String.valueOf(instellingen.incidenten()));
    return waarden;
  }

  private static String laatsteDefinitie(Connection connection, String sleutel) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = ? ORDER BY VERSION_ DESC LIMIT 1")) {
      query.setString(1, sleutel);
      try (ResultSet rij = query.executeQuery()) {
        if (!rij.next()) {
          throw new IllegalStateException("Process " + sleutel + " is not deployed");
        }
        return rij.getString(1);
      }
    }
  }

  private void stap(Map<String, Long> tijden, String naam, Statement statement, String sql, Map<String, String> waarden)
      throws SQLException {
    String uitgewerkt = sql;
    for (Map.Entry<String, String> waarde : waarden.entrySet()) {
      uitgewerkt = uitgewerkt.replace(waarde.getKey(), waarde.getValue());
    }
    long start = System.nanoTime();
    long rijen = 0;
    for (String deel : uitgewerkt.split(";\\s*")) {
      statement.execute(deel);
      rijen += Math.max(statement.getUpdateCount(), 0);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    tijden.put(naam, ms);
    out.printf("  %-48s %9s rows %8.1f s%n", naam, rijen == 0 ? "" : String.valueOf(rijen), ms / 1000.0);
  }

  /** CREATE INDEX statements of the tables' indexes that back no constraint (primary key, unique). */
  private static List<String> secundaireIndexen(Connection connection, List<String> tabellen) throws SQLException {
    List<String> definities = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY (?) AND t.relnamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        ORDER BY 1""")) {
      query.setArray(1, connection.createArrayOf("text", tabellen.toArray()));
      try (ResultSet rij = query.executeQuery()) {
        while (rij.next()) {
          definities.add(rij.getString(1));
        }
      }
    }
    return definities;
  }

  private static String dropIndex(String definitie) {
    Matcher naam = Pattern.compile("CREATE (?:UNIQUE )?INDEX (\\S+) ON").matcher(definitie);
    if (!naam.find()) {
      throw new IllegalStateException("Unexpected index definition: " + definitie);
    }
    return "DROP INDEX " + naam.group(1);
  }

  private static String vacuum() {
    return String.join("; ", List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_RU_EXECUTION", "ACT_RU_TASK",
        "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_INCIDENT", "ACT_RU_JOB", "ACT_HI_INCIDENT")
        .stream().map(tabel -> "VACUUM ANALYZE " + tabel).toList());
  }

  private static String tabel(String insert) {
    String[] woorden = insert.strip().split("\\s+");
    return woorden[2];
  }

  private static String literal(String waarde) {
    return "'" + waarde.replace("'", "''") + "'";
  }

  private String eerdereLading() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet bestaat = statement.executeQuery("SELECT to_regclass('" + MARKER + "') IS NOT NULL")) {
      bestaat.next();
      if (!bestaat.getBoolean(1)) {
        return null;
      }
      try (ResultSet rij = statement.executeQuery("SELECT omschrijving FROM " + MARKER)) {
        return rij.next() ? rij.getString(1) : "";
      }
    }
  }

  private Map<String, Long> tel() throws SQLException {
    Map<String, Long> rijen = new LinkedHashMap<>();
    for (String tabel : GETELDE_TABELLEN) {
      rijen.put(tabel, aantal(tabel));
    }
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rij = statement.executeQuery("""
            SELECT count(*) FILTER (WHERE DUE_DATE_ < localtimestamp), count(*) FILTER (WHERE ASSIGNEE_ IS NULL)
            FROM ACT_RU_TASK""")) {
      rij.next();
      rijen.put("ACT_RU_TASK overdue", rij.getLong(1));
      rijen.put("ACT_RU_TASK unassigned", rij.getLong(2));
    }
    return rijen;
  }

  private long aantal(String tabel) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rij = statement.executeQuery("SELECT count(*) FROM " + tabel)) {
      rij.next();
      return rij.getLong(1);
    }
  }
}
