package nl.werkstroom.subsidie;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkstroom.integration.zgw.besluiten.Besluit;
import nl.werkstroom.integration.zgw.besluiten.BesluitenClient;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.catalogi.ResultaatType;
import nl.werkstroom.integration.zgw.catalogi.StatusType;
import nl.werkstroom.integration.zgw.documenten.DocumentenClient;
import nl.werkstroom.integration.zgw.zaken.Resultaat;
import nl.werkstroom.integration.zgw.zaken.Status;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.support.RestApi;

/**
 * What the applicant and the municipality see of a case outside the engine: the zaak with its
 * statuses and result in the Zaken API, a besluit in the Besluiten API, a letter in the Documenten
 * API, and the e-mail the mail simulator caught for an address.
 */
final class Dossier {

  /** One e-mail as the applicant received it. */
  record Mail(String onderwerp, String tekst) {
  }

  private final ZakenClient zaken;
  private final CatalogiClient catalogi;
  private final BesluitenClient besluiten;
  private final DocumentenClient documenten;
  private final int port;

  Dossier(ZakenClient zaken, CatalogiClient catalogi, BesluitenClient besluiten, DocumentenClient documenten, int port) {
    this.zaken = zaken;
    this.catalogi = catalogi;
    this.besluiten = besluiten;
    this.documenten = documenten;
    this.port = port;
  }

  Zaak zaak(String zaakUrl) {
    return zaken.get(zaakUrl);
  }

  /** The statuses of the zaak by name, oldest first. */
  List<String> statussen(String zaakUrl) {
    Zaak zaak = zaken.get(zaakUrl);
    Map<String, String> namen = catalogi.statustypen(zaak.zaaktype()).stream()
        .collect(Collectors.toMap(StatusType::url, StatusType::omschrijving));
    return zaken.statussen(zaakUrl).stream()
        .sorted(Comparator.comparing(Status::datumStatusGezet))
        .map(status -> namen.get(status.statustype()))
        .toList();
  }

  /** The result of the zaak by name, or null while it has none. */
  String resultaat(String zaakUrl) {
    Zaak zaak = zaken.get(zaakUrl);
    List<Resultaat> resultaten = zaken.resultaten(zaakUrl);
    if (resultaten.isEmpty()) {
      return null;
    }
    String type = resultaten.get(0).resultaattype();
    return catalogi.resultaattypen(zaak.zaaktype()).stream()
        .filter(resultaattype -> resultaattype.url().equals(type))
        .map(ResultaatType::omschrijving)
        .findFirst().orElse(type);
  }

  Besluit besluit(String besluitUrl) {
    return besluiten.get(besluitUrl);
  }

  /** The text of a letter as stored in the Documenten API. */
  String brief(String documentUrl) {
    return new String(documenten.download(documentUrl), StandardCharsets.UTF_8);
  }

  /** The mail sent to an address, oldest first. */
  List<Mail> mailAan(String adres) {
    JsonNode berichten = RestApi.anonymous(port).get("/simulator/mail/api/berichten").json();
    List<Mail> mail = new ArrayList<>();
    for (JsonNode bericht : berichten) {
      if (adres.equalsIgnoreCase(bericht.path("aan").asText())) {
        mail.add(0, new Mail(bericht.path("onderwerp").asText(), bericht.path("tekst").asText()));
      }
    }
    return mail;
  }
}
