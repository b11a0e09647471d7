package nl.werkstroom.integration.financien;

/** Who receives the money of a commitment: a name and an IBAN. Personal data when a person. */
public record Crediteur(String naam, String iban) {

  @Override
  public String toString() {
    return "Crediteur[...]";
  }
}
