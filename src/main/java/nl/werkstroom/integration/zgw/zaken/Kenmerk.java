package nl.werkstroom.integration.zgw.zaken;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reference to the zaak in another system ({@code kenmerken} of a zaak): the key and the system (max. 40 each). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Kenmerk(String kenmerk, String bron) {
}
