package nl.werkstroom.simulator.zgw;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list answer of the ZGW APIs: {@code count} (all matches), {@code next} and
 * {@code previous} (absolute URLs or null) and {@code results}, 100 per page as Open Zaak pages.
 * Query parameter {@code page} (from 1) chooses the page; a page beyond the last answers 404.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ZgwPage<T>(int count, String next, String previous, List<T> results) {

  public static final int SIZE = 100;

  public static <T> ZgwPage<T> of(List<T> all, HttpServletRequest request) {
    return of(all, Function.identity(), request);
  }

  /** Cuts out the page first and renders only its resources, which may each cost a query. */
  public static <S, T> ZgwPage<T> of(List<S> all, Function<S, T> render, HttpServletRequest request) {
    int page = page(request.getParameter("page"));
    long first = (page - 1L) * SIZE;
    if (first > 0 && first >= all.size()) {
      throw new ZgwProblemException(HttpStatus.NOT_FOUND, "NotFound", "not_found",
          "Niet gevonden.", "Ongeldige pagina.", null);
    }
    int from = (int) first;
    int to = Math.min(all.size(), from + SIZE);
    String next = to < all.size() ? link(page + 1) : null;
    String previous = page > 1 ? link(page - 1) : null;
    return new ZgwPage<>(all.size(), next, previous, all.subList(from, to).stream().map(render).toList());
  }

  private static int page(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(value.trim());
      if (page >= 1) {
        return page;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ZgwProblemException(HttpStatus.NOT_FOUND, "NotFound", "not_found",
        "Niet gevonden.", "Ongeldige pagina.", null);
  }

  private static String link(int page) {
    ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest();
    return page == 1 ? builder.replaceQueryParam("page").build().toUriString()
        : builder.replaceQueryParam("page", page).build().toUriString();
  }
}
