package nl.werkstroom.zaak;

/** The process variables through which a process and its zaak know each other. */
public final class ZaakVariables {

  /** The zaak's URL in the Zaken API, set when the zaak is registered. */
  public static final String ZAAK_URL = "zaakUrl";
  /** The zaak's identificatie, also the process instance's business key. */
  public static final String ZAAK_IDENTIFICATIE = "zaakIdentificatie";
  /** The resultaattype (omschrijving) to close the zaak with; set by the model or an end event's property. */
  public static final String ZAAK_RESULTAAT = "zaakresultaat";

  /** BPMN extension property on a flow node: the zaak status (statustype omschrijving) it marks. */
  public static final String STATUS_PROPERTY = "zaakstatus";
  /** BPMN extension property on an end event: the zaak result (resultaattype omschrijving) it means. */
  public static final String RESULTAAT_PROPERTY = "zaakresultaat";

  private ZaakVariables() {
  }
}
