package nl.werkstroom.servicetask.zgw;

import java.text.Normalizer;
import java.util.Locale;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.brief.Letter;
import nl.werkstroom.integration.brief.LetterTemplate;
import nl.werkstroom.integration.brief.LetterTemplates;
import nl.werkstroom.integration.tekst.TemplateException;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.documenten.DocumentenClient;
import nl.werkstroom.integration.zgw.documenten.EnkelvoudigInformatieObject;
import nl.werkstroom.integration.zgw.documenten.NieuwInformatieObject;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.servicetask.TaskInputs;
import nl.werkstroom.servicetask.TemplateValues;
import nl.werkstroom.zaak.ZaakUrl;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Document vastleggen": stores a letter ({@code titel}, {@code inhoud} as UTF-8 text) as a document
 * of informatieobjecttype {@code informatieobjecttype} (its omschrijving, e.g. "Brief") in the
 * Documenten API, for the municipality of the process instance, and links it to the instance's zaak.
 * Instead of {@code inhoud} the task may name a letter template, {@code sjabloon}: the text is then
 * the rendered letter, with values from {@code gegevens} or the process variables (as the mail task
 * has them, {@link TemplateValues}), and the title is the template's unless {@code titel} is given.
 * Returns {@code documentUrl} (a letter's text can be longer than a process variable holds, so it is
 * not returned: the mail task reads it from the document). Idempotent: the document's
 * identificatie is derived from the task ({@link Identificatie}), so a retry finds the document of
 * an earlier attempt instead of storing a second one, and the Zaken client links a document only once.
 */
@Component("documentVastleggen")
public class DocumentVastleggen implements JavaDelegate {

  static final String DOCUMENT_URL = "documentUrl";
  /** The Documenten API allows 40 characters. */
  static final int MAX_IDENTIFICATIE = 40;
  private static final String FORMAAT = "text/plain";
  private static final Logger log = LoggerFactory.getLogger(DocumentVastleggen.class);

  private final DocumentenClient documenten;
  private final ZakenClient zaken;
  private final CatalogusTypen typen;
  private final ZgwProperties zgw;
  private final LetterTemplates brieven;
  private final TemplateValues waarden;

  DocumentVastleggen(DocumentenClient documenten, ZakenClient zaken, CatalogusTypen typen, ZgwProperties zgw,
      LetterTemplates brieven, TemplateValues waarden) {
    this.documenten = documenten;
    this.zaken = zaken;
    this.typen = typen;
    this.zgw = zgw;
    this.brieven = brieven;
    this.waarden = waarden;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String gemeente = TaskInputs.tenant(execution);
    Letter brief = brief(execution);
    String titel = brief.titel();
    String inhoud = brief.tekst();
    String type = TaskInputs.required(execution, "informatieobjecttype");
    String bestandsnaam = TaskInputs.optional(execution, "bestandsnaam");
    String zaakUrl = ZaakUrl.of(execution);
    String rsin = zgw.tenant(gemeente).rsin();
    String identificatie = Identificatie.voor(execution, MAX_IDENTIFICATIE);

    EnkelvoudigInformatieObject document = documenten.findByIdentificatie(rsin, identificatie).stream()
        .findFirst()
        .orElseGet(() -> documenten.create(new NieuwInformatieObject(rsin, TaskInputs.today(), titel,
            auteur(gemeente), NieuwInformatieObject.NEDERLANDS, FORMAAT + "; charset=utf-8",
            bestandsnaam != null ? bestandsnaam : bestandsnaam(titel), NieuwInformatieObject.base64(inhoud), null,
            typen.informatieobjecttype(gemeente, type), identificatie, NieuwInformatieObject.DEFINITIEF)));
    zaken.koppelInformatieobject(zaakUrl, document.url(), titel);
    execution.setVariableLocal(DOCUMENT_URL, document.url());
    log.info("Document {} stored and linked to the zaak of process instance {}", document.identificatie(),
        execution.getProcessInstanceId());
  }

  /** Title and text: from the inputs 'titel' and 'inhoud', or rendered from the letter template 'sjabloon'. */
  private Letter brief(DelegateExecution execution) {
    String sjabloon = TaskInputs.optional(execution, "sjabloon");
    String inhoud = TaskInputs.optional(execution, "inhoud");
    if (sjabloon == null) {
      String titel = TaskInputs.required(execution, "titel");
      if (inhoud == null) {
        throw new ModelConfigurationException(TaskInputs.task(execution)
            + " mist de invoer 'inhoud' of 'sjabloon': vul een van de twee in bij de taak in Modeler.");
      }
      return new Letter(titel, inhoud);
    }
    if (inhoud != null) {
      throw new ModelConfigurationException(TaskInputs.task(execution)
          + " heeft zowel 'inhoud' als 'sjabloon': vul er een van de twee in bij de taak in Modeler.");
    }
    Letter brief;
    try {
      LetterTemplate template = brieven.template(sjabloon);
      brief = template.render(waarden.of(execution, template.placeholders()));
    } catch (TemplateException e) {
      throw new ModelConfigurationException(e.getMessage() + " (taak '" + TaskInputs.taskName(execution) + "')");
    }
    String titel = TaskInputs.optional(execution, "titel");
    return titel == null ? brief : new Letter(titel, brief.tekst());
  }

  /** The municipality as author of its letters, e.g. "Gemeente Leiden". */
  private String auteur(String gemeente) {
    return waarden.municipalityName(gemeente).orElse(gemeente);
  }

  /** A file name from the title: "Besluit op uw aanvraag" becomes "besluit-op-uw-aanvraag.txt". */
  static String bestandsnaam(String titel) {
    String zonderAccenten = Normalizer.normalize(titel, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String naam = zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (naam.length() > 100) {
      naam = naam.substring(0, 100).replaceAll("-$", "");
    }
    return (naam.isEmpty() ? "document" : naam) + ".txt";
  }
}
