package nl.werkstroom.organisation;

/**
 * The groups Werkstroom knows. Shared roles come first; each process adds its own. A user task
 * names these ids as candidate groups; the README's role table explains each.
 */
public enum Role {
  MEDEWERKER("medewerker", "Medewerkers"),
  KCC("kcc", "Klantcontactcentrum"),
  PROCESBEHEERDER("procesbeheerder", "Procesbeheerders"),
  MANAGEMENT("management", "Management"),
  BEHEERDER("beheerder", "Functioneel beheerders"),
  MONITORING("monitoring", "Monitoring (technisch account, alleen meetgegevens)"),
  DIGITAAL_LOKET("digitaal-loket", "Digitaal loket (website, e-formulieren)"),
  SUBSIDIE_BEHANDELAAR("subsidie-behandelaar", "Behandelaars subsidies"),
  SUBSIDIE_MANDAATHOUDER("subsidie-mandaathouder", "Mandaathouders subsidies"),
  FINANCIEN("financien", "Financiën"),
  VERKEERSKUNDIGE("verkeerskundige", "Verkeerskundigen"),
  JURIST("jurist", "Juristen"),
  VERKEER_MANDAATHOUDER("verkeer-mandaathouder", "Mandaathouders verkeersbesluiten"),
  HR_ADVISEUR("hr-adviseur", "HR-adviseurs"),
  ICT_SERVICEDESK("ict-servicedesk", "ICT-servicedesk"),
  FACILITAIR("facilitair", "Facilitaire dienst"),
  AI_EIGENAAR("ai-eigenaar", "Eigenaren AI-toepassingen"),
  PRIVACY_OFFICER("privacy-officer", "Privacy officers"),
  CISO("ciso", "CISO"),
  ETHISCHE_COMMISSIE("ethische-commissie", "Ethische commissie"),
  AI_TEAM("ai-team", "Centraal AI-team");

  private final String groupId;
  private final String displayName;

  Role(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }
}
