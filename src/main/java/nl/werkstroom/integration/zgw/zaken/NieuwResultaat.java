package nl.werkstroom.integration.zgw.zaken;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of a zaak ({@code POST /resultaten}), needed before the final status closes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuwResultaat(String zaak, String resultaattype, String toelichting) {
}
