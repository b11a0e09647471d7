package nl.werkstroom.simulator.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.werkstroom.integration.mail.Mail;
import nl.werkstroom.integration.mail.MailRejectedException;
import nl.werkstroom.integration.mail.MailSender;
import nl.werkstroom.integration.mail.MailTemplates;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.RestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail sent by Werkstroom over SMTP arrives in the simulator and shows on its page and in its API. */
@ApplicationTest
class MailSimulatorTest {

  @Autowired
  MailSender sender;

  @Autowired
  MailTemplates templates;

  @Autowired
  SmtpSimulator smtp;

  @Autowired
  JavaMailSender javaMail;

  @LocalServerPort
  int port;

  @Test
  void theMailServerIsNeverWaitedForForever() {
    assertThat(((JavaMailSenderImpl) javaMail).getJavaMailProperties())
        .containsEntry("mail.smtp.connectiontimeout", "5000")
        .containsEntry("mail.smtp.timeout", "30000")
        .containsEntry("mail.smtp.writetimeout", "30000");
  }

  @Test
  void aSentMailIsVisibleInTheApiAndOnThePage() {
    String address = "aanvrager." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    Mail mail = templates.render("ontvangstbevestiging", address, Map.of(
        "naam", "Joost <de> Vries", "onderwerp", "subsidieaanvraag", "zaaknummer", "ZAAK-2026-0042",
        "datum", LocalDate.of(2026, 3, 2), "beslisdatum", LocalDate.of(2026, 4, 27), "gemeente", "Gemeente Leiden"));

    String messageId = sender.send(mail, "proces-" + address + ":Task_Bevestig");

    assertThat(smtp.port()).as("the simulator took a free port").isPositive().isNotEqualTo(2525);
    JsonNode berichten = RestApi.anonymous(port).get("/simulator/mail/api/berichten").json();
    JsonNode bericht = berichten.get(0);
    assertThat(bericht.path("aan").asText()).as("newest first").isEqualTo(address);
    assertThat(bericht.path("van").asText()).isEqualTo("noreply@werkstroom.example");
    assertThat(bericht.path("messageId").asText()).isEqualTo(messageId);
    assertThat(bericht.path("onderwerp").asText()).isEqualTo("Wij hebben uw subsidieaanvraag ontvangen (ZAAK-2026-0042)");
    assertThat(bericht.path("tekst").asText())
        .startsWith("Beste Joost <de> Vries,")
        .contains("op 2 maart 2026 goed ontvangen")
        .contains("uiterlijk 27 april 2026");
    assertThat(bericht.path("ontvangen").asText()).isNotBlank();
    assertThat(bericht.path("herhaald").asBoolean()).isFalse();

    RestApi.Answer page = RestApi.anonymous(port).get("/simulator/mail");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<html lang=\"nl\">")
        .contains("Verstuurde e-mail")
        .contains(address)
        .contains("Wij hebben uw subsidieaanvraag ontvangen (ZAAK-2026-0042)");

    RestApi.Answer detail = RestApi.anonymous(port).get("/simulator/mail/berichten/" + bericht.path("id").asText());
    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.body())
        .contains("Beste Joost &lt;de&gt; Vries,")
        .doesNotContain("Joost <de>")
        .contains(messageId.replace("<", "&lt;").replace(">", "&gt;"))
        .contains("Met vriendelijke groet");
    assertThat(RestApi.anonymous(port).get("/simulator/mail/berichten/bestaat-niet").status()).isEqualTo(404);
  }

  @Test
  void aRepeatedSendKeepsItsMessageIdAndShowsAsRepeated() {
    String address = "herhaald." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    Mail mail = new Mail(address, "Herinnering", "Tekst", "<p>Tekst</p>", "herinnering");

    String first = sender.send(mail, "proces-x:Task_Herinner:" + address);
    String second = sender.send(mail, "proces-x:Task_Herinner:" + address);

    assertThat(second).isEqualTo(first);
    JsonNode berichten = RestApi.anonymous(port).get("/simulator/mail/api/berichten").json();
    assertThat(berichten.get(0).path("aan").asText()).isEqualTo(address);
    assertThat(berichten.get(0).path("herhaald").asBoolean()).isTrue();
    assertThat(berichten.get(1).path("aan").asText()).isEqualTo(address);
    assertThat(berichten.get(1).path("herhaald").asBoolean()).isFalse();
    assertThat(RestApi.anonymous(port).get("/simulator/mail").body()).contains("(herhaald)");
  }

  @Test
  void aRecipientInTheRefusedDomainIsRefusedByTheServer() {
    Mail mail = new Mail("iemand@onbestelbaar.example", "Test", "Tekst", "<p>Tekst</p>", "test");

    assertThatThrownBy(() -> sender.send(mail, "proces-y:Task_Mail"))
        .isInstanceOfSatisfying(MailRejectedException.class, e -> {
          assertThat(e.recipientRejected()).isTrue();
          assertThat(e.status()).isEqualTo(553);
          assertThat(e.getMessage()).doesNotContain("iemand@");
        });
  }
}
