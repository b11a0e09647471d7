package nl.werkstroom.simulator.zgw;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer of the ZGW APIs ({@code application/problem+json}, schemas {@code Fout} and
 * {@code ValidatieFout}): a stable {@code code}, a Dutch {@code title}, the HTTP {@code status}, a
 * {@code detail}, a unique {@code instance}, and for validation errors the {@code invalidParams}:
 * which field ({@code name}), which rule ({@code code}) and why ({@code reason}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ZgwProblem(String type, String code, String title, int status, String detail, String instance,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<InvalidParam> invalidParams) {

  /** One invalid field; {@code nonFieldErrors} when the rule concerns the request as a whole. */
  public record InvalidParam(String name, String code, String reason) {
  }
}
