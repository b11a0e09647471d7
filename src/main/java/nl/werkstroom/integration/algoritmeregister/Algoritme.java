package nl.werkstroom.integration.algoritmeregister;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One algorithm description in publicatiestandaard 1.0 ({@code AlgorithmIn} / {@code v1_0__Algorithm}
 * of the aanlever-API), field names as the standard has them. Required: name, description_short,
 * organization, status, contact_email, publication_category, lang. {@code source_id} is our own
 * reference, by which a retry finds what an earlier attempt made; {@code lars} is the register's id.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Algoritme(
    String name,
    String descriptionShort,
    String organization,
    List<String> category,
    String status,
    String beginDate,
    String endDate,
    String contactEmail,
    String website,
    String publicationCategory,
    String url,
    String goal,
    String proportionality,
    String humanIntervention,
    String risks,
    String lawfulBasis,
    List<Verwijzing> lawfulBasisGrouping,
    String processIndexUrl,
    List<Verwijzing> impacttoetsenGrouping,
    String impacttoetsen,
    String sourceData,
    List<Verwijzing> sourceDataGrouping,
    String methodsAndModels,
    String provider,
    String publiccode,
    String lang,
    String standardVersion,
    String sourceId,
    String tags,
    String lars,
    String publicationDt) {

  public static final String IN_ONTWIKKELING = "In ontwikkeling";
  public static final String IN_GEBRUIK = "In gebruik";
  public static final String BUITEN_GEBRUIK = "Buiten gebruik";

  /** Publication categories: A high-risk AI system, B impactful algorithm, C other. */
  public static final String HOOG_RISICO_AI_SYSTEEM = "Hoog-risico AI-systeem";
  public static final String IMPACTVOLLE_ALGORITMES = "Impactvolle algoritmes";
  public static final String OVERIGE_ALGORITMES = "Overige algoritmes";

  public static final String NEDERLANDS = "nld";
  public static final String STANDAARD_VERSIE = "1.0";

  /** A titled link, as the standard's *_grouping fields list them. */
  public record Verwijzing(String title, String link) {
  }

  /** The same description, retired: status "Buiten gebruik" from the given month (JJJJ-MM). */
  public Algoritme buitenGebruik(String eindmaand) {
    return new Algoritme(name, descriptionShort, organization, category, BUITEN_GEBRUIK, beginDate, eindmaand,
        contactEmail, website, publicationCategory, url, goal, proportionality, humanIntervention, risks, lawfulBasis,
        lawfulBasisGrouping, processIndexUrl, impacttoetsenGrouping, impacttoetsen, sourceData, sourceDataGrouping,
        methodsAndModels, provider, publiccode, lang, standardVersion, sourceId, tags, lars, null);
  }
}
