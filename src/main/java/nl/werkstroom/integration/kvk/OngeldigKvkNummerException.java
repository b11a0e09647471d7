package nl.werkstroom.integration.kvk;

/** A KVK number that cannot be valid (not eight digits), refused before any call to KVK. */
public class OngeldigKvkNummerException extends IllegalArgumentException {

  public OngeldigKvkNummerException(String message) {
    super(message);
  }
}
