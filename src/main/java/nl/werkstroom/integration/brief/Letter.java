package nl.werkstroom.integration.brief;

/** A letter rendered from a template: its title and its text. */
public record Letter(String titel, String tekst) {

  @Override
  public String toString() {
    // Never the text: a letter holds personal data and would end up in logs otherwise.
    return "Letter[...]";
  }
}
