package nl.werkstroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deploying from Camunda Modeler: a multipart POST to /engine-rest/deployment/create. */
@ApplicationTest
class DeploymentTest {

  @LocalServerPort
  int port;

  @Test
  void aProcessOwnerDeploysFromModeler() {
    Answer answer = RestApi.as(port, "pieter").deploy("modeler-test", Map.of("proef.bpmn", model("proefProces")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("deployedProcessDefinitions").toString()).contains("proefProces");
    assertThat(definitionCount("proefProces", "pieter")).isEqualTo(1);
  }

  @Test
  void anEmployeeCannotDeploy() {
    Answer answer = RestApi.as(port, "fatima").deploy("by-employee", Map.of("x.bpmn", model("medewerkerProces")));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(definitionCount("medewerkerProces", "demo")).isZero();
  }

  @Test
  void malformedBpmnIsRefusedWith400AndChangesNothing() {
    long deploymentsBefore = deploymentCount();
    byte[] broken = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"kapot\""
        .getBytes(StandardCharsets.UTF_8);

    Answer answer = RestApi.as(port, "pieter").deploy("broken", Map.of("kapot.bpmn", broken));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain("at org.");
    assertThat(deploymentCount()).isEqualTo(deploymentsBefore);
  }

  @Test
  void bpmnWithExternalEntitiesIsRefusedWith400() {
    long deploymentsBefore = deploymentCount();
    String xxe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE definitions [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
          <process id="xxe" name="&geheim;" isExecutable="true" camunda:historyTimeToLive="1">
            <startEvent id="start"/>
          </process>
        </definitions>
        """;

    Answer answer = RestApi.as(port, "pieter").deploy("xxe", Map.of("xxe.bpmn", xxe.getBytes(StandardCharsets.UTF_8)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain("root:");
    assertThat(deploymentCount()).isEqualTo(deploymentsBefore);
  }

  @Test
  void malformedDmnIsRefusedWith400() {
    long deploymentsBefore = deploymentCount();
    byte[] broken = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision id=\"x\">"
        .getBytes(StandardCharsets.UTF_8);

    Answer answer = RestApi.as(port, "pieter").deploy("broken-dmn", Map.of("kapot.dmn", broken));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(deploymentCount()).isEqualTo(deploymentsBefore);
  }

  private long definitionCount(String key, String user) {
    return RestApi.as(port, user).get("/engine-rest/process-definition/count?key=" + key).json().get("count").asLong();
  }

  private long deploymentCount() {
    return RestApi.as(port, "pieter").get("/engine-rest/deployment/count").json().get("count").asLong();
  }

  private static byte[] model(String key) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .endEvent()
        .done();
    return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
  }
}
