package nl.werkstroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;

/** The published contract (/openapi/dashboard.yaml) describes every endpoint the controller serves, with its filter and refusals. */
class DashboardOpenApiTest {

  @Test
  void everyEndpointIsDocumentedWithItsParametersAndRefusals() throws Exception {
    JsonNode document;
    try (InputStream in = new ClassPathResource("static/openapi/dashboard.yaml").getInputStream()) {
      document = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    List<String> endpoints = Arrays.stream(DashboardController.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(GetMapping.class))
        .map(method -> "/api/dashboard" + method.getAnnotation(GetMapping.class).value()[0])
        .toList();
    List<String> paden = new ArrayList<>();
    document.get("paths").fieldNames().forEachRemaining(paden::add);

    assertThat(paden).containsExactlyInAnyOrderElementsOf(endpoints).hasSize(8);
    for (String pad : paden) {
      JsonNode get = document.get("paths").get(pad).get("get");
      assertThat(get.get("responses").has("401")).as(pad).isTrue();
      assertThat(get.get("responses").has("403")).as(pad).isTrue();
      if (!pad.endsWith("/keuzes")) {
        assertThat(get.get("parameters").findValuesAsText("$ref")).as(pad).containsExactly(
            "#/components/parameters/Gemeente", "#/components/parameters/Proces", "#/components/parameters/Van",
            "#/components/parameters/Tot", "#/components/parameters/Formaat");
        assertThat(get.get("responses").has("400")).as(pad).isTrue();
        assertThat(get.get("responses").get("200").get("content").has("text/csv")).as(pad).isTrue();
      }
    }
  }
}
