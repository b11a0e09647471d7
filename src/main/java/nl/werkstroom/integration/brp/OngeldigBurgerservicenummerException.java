package nl.werkstroom.integration.brp;

/**
 * A BSN that cannot be valid (not nine digits, or failing the elfproef), refused before any call to
 * the BRP. Its message never contains the number.
 */
public class OngeldigBurgerservicenummerException extends IllegalArgumentException {

  public OngeldigBurgerservicenummerException(String message) {
    super(message);
  }
}
