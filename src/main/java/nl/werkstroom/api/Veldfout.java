package nl.werkstroom.api;

/** One problem with one field of a request: the field's name as the client sends it, and what is wrong, in Dutch. */
public record Veldfout(String veld, String melding) {
}
