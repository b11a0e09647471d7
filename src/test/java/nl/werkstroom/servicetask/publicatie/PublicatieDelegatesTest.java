package nl.werkstroom.servicetask.publicatie;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.publicatie.NieuwePublicatie;
import nl.werkstroom.integration.publicatie.Publicatie;
import nl.werkstroom.integration.publicatie.PublicatieClient;
import nl.werkstroom.integration.publicatie.PublicatieProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicatieDelegatesTest {

  private final PublicatieClient client = mock(PublicatieClient.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final PublicatieProperties properties = new PublicatieProperties("/x", "t", Duration.ofSeconds(1),
      Duration.ofSeconds(1), Map.of("leiden", new PublicatieProperties.Tenant("gm0546")));

  @BeforeEach
  void eenProcesVanLeiden() {
    when(execution.getTenantId()).thenReturn("leiden");
    when(execution.getProcessInstanceId()).thenReturn("pi-7");
    when(execution.getCurrentActivityId()).thenReturn("Task_Publiceren");
  }

  @Test
  void submitsToTheStaatscourantForTheMunicipalityWithTheTasksKey() {
    when(execution.getVariable("soort")).thenReturn("verkeersbesluit");
    when(execution.getVariable("titel")).thenReturn("Verkeersbesluit parkeerverbod Breestraat");
    when(execution.getVariable("tekst")).thenReturn("Burgemeester en wethouders besluiten ...");
    when(client.dienIn(any(), anyString())).thenReturn(publicatie("ingediend", null, null));

    new PublicerenStaatscourant(client, properties).execute(execution);

    verify(client).dienIn(new NieuwePublicatie("staatscourant", "verkeersbesluit", "gm0546",
        "Verkeersbesluit parkeerverbod Breestraat", "Burgemeester en wethouders besluiten ...", null, null), "pi-7:Task_Publiceren");
    verify(execution).setVariableLocal("publicatieId", "pub-1");
  }

  @Test
  void anUnknownKindIsAModellingError() {
    when(execution.getVariable("soort")).thenReturn("persbericht");
    when(execution.getVariable("titel")).thenReturn("T");
    when(execution.getVariable("tekst")).thenReturn("x");

    assertThatThrownBy(() -> new PublicerenStaatscourant(client, properties).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("soort 'persbericht' bestaat niet");
    verify(client, never()).dienIn(any(), anyString());
  }

  @Test
  void notYetPublishedIsAnAnswerWithEmptyDateAndUrl() {
    when(execution.getVariable("publicatieId")).thenReturn("pub-1");
    when(client.status("pub-1")).thenReturn(publicatie("ingediend", null, null));

    new PublicatieStatusOpvragen(client).execute(execution);

    verify(execution).setVariableLocal("publicatieStatus", "ingediend");
    verify(execution).setVariableLocal("publicatiedatum", null);
    verify(execution).setVariableLocal("publicatieUrl", null);
  }

  @Test
  void aPublishedTextGivesItsDateAndUrl() {
    when(execution.getVariable("publicatieId")).thenReturn("pub-1");
    when(client.status("pub-1")).thenReturn(publicatie("gepubliceerd", LocalDate.of(2026, 3, 3),
        "https://zoek.officielebekendmakingen.nl/stcrt-2026-10001"));

    new PublicatieStatusOpvragen(client).execute(execution);

    verify(execution).setVariableLocal("publicatieStatus", "gepubliceerd");
    verify(execution).setVariableLocal("publicatiedatum", "2026-03-03");
    verify(execution).setVariableLocal("publicatieUrl", "https://zoek.officielebekendmakingen.nl/stcrt-2026-10001");
  }

  private static Publicatie publicatie(String status, LocalDate datum, String url) {
    return new Publicatie("pub-1", "staatscourant", "verkeersbesluit", "gm0546", "T", status, null, datum,
        url == null ? null : "stcrt-2026-10001", url, null);
  }
}
