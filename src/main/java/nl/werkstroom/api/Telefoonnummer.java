package nl.werkstroom.api;

import java.util.regex.Pattern;

/** A Dutch telephone number as the start forms accept it: 06-12345678, 071 516 5165, +31 6 12345678. */
public final class Telefoonnummer {

  private static final Pattern NEDERLANDS = Pattern.compile("(?:\\+31[ -]?|0031[ -]?|0)[1-9](?:[ -]?[0-9]){8}");

  private Telefoonnummer() {
  }

  public static boolean isGeldig(String nummer) {
    return nummer != null && NEDERLANDS.matcher(nummer.strip()).matches();
  }
}
