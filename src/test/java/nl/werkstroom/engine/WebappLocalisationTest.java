package nl.werkstroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit, Admin and the Welcome app open in Dutch and never show the red
 * "migrate to Camunda 8" banner of Camunda 7.24 CE.
 *
 * <p>Our files under {@code META-INF/resources/webjars/camunda/app/<app>/} shadow the same paths in
 * the {@code camunda-webapp-webjar} (our classes come first on the classpath); the stock files are
 * read from inside that jar through {@link ClassLoader#getResources}.
 */
class WebappLocalisationTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configurationMakesDutchTheLanguageOfEveryUser(String app) {
    String config = withoutComments(ours(app + "/scripts/config.js"));

    Matcher locales = Pattern.compile("locales['\"]?\\s*:\\s*\\{(.*?)}", Pattern.DOTALL).matcher(config);
    assertThat(locales.find()).as("%s config.js sets locales", app).isTrue();
    String block = locales.group(1);
    assertThat(block).as("%s falls back to Dutch", app)
        .containsPattern("fallbackLocale['\"]?\\s*:\\s*['\"]nl['\"]");
    assertThat(block).as("%s offers Dutch first", app)
        .containsPattern("availableLocales['\"]?\\s*:\\s*\\[\\s*['\"]nl['\"]");
    // The webapp picks the browser's first language when it is listed: with Dutch alone every user gets Dutch.
    assertThat(block).as("%s lists no other language", app)
        .doesNotContainPattern("availableLocales['\"]?\\s*:\\s*\\[[^\\]]*['\"](?!nl['\"])[a-z-]+['\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void dutchTranslationHasEveryKeyOfTheStockEnglishOne(String app) {
    JsonNode english = json(stock(app + "/locales/en.json"));
    JsonNode dutch = json(ours(app + "/locales/nl.json"));

    Set<String> missing = new TreeSet<>(paths(english, ""));
    missing.removeAll(paths(dutch, ""));
    assertThat(missing).as("%s keys of the stock en.json missing from nl.json", app).isEmpty();
    assertThat(english.path("labels").size()).as("%s stock labels", app).isGreaterThan(100);

    List<String> problems = new ArrayList<>();
    english.path("labels").fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      String en = entry.getValue().asText();
      String nl = dutch.path("labels").path(key).asText();
      if (!en.isBlank() && nl.isBlank()) {
        problems.add(key + ": empty");
      }
      if (!placeholders(en).equals(placeholders(nl))) {
        problems.add(key + ": placeholders " + placeholders(en) + " became " + placeholders(nl));
      }
    });
    assertThat(problems).as("%s nl.json labels", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void dutchLabelsAreDutch(String app) {
    JsonNode labels = json(ours(app + "/locales/nl.json")).path("labels");

    assertThat(labels.path("CAM_WIDGET_HEADER_SIGN_OUT").asText()).isEqualTo("Uitloggen");
    assertThat(labels.path("PAGE_LOGIN_USERNAME").asText()).isEqualTo("Gebruikersnaam");
    if (app.equals("tasklist")) {
      assertThat(labels.path("CLAIM_TASK").asText()).isEqualTo("Claimen");
      assertThat(labels.path("COMPLETE").asText()).isEqualTo("Afronden");
      assertThat(labels.path("DUE_DATE").asText()).isEqualTo("Vervaldatum");
      assertThat(labels.path("FOLLOW_UP_DATE").asText()).isEqualTo("Opvolgdatum");
      assertThat(labels.path("START_PROCESS").asText()).isEqualTo("Proces starten");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void camunda8MigrationBannerIsHidden(String app) {
    // Stock 7.24: the header renders the banner whenever isCommunityEdition is true, which the
    // webapp hard-codes; if Camunda renames the element, this test must fail rather than let it show.
    assertThat(stock(app + "/camunda-" + app + "-bootstrap.js"))
        .contains("<div ng-if=\"isCommunityEdition\" class=\"ce-eol-banner\"");
    // The stock page loads the app's user stylesheet after its own CSS ...
    assertThat(stock(app + "/index.html")).contains("app/" + app + "/styles/user-styles.css");
    // ... and ours hides the banner.
    String css = withoutComments(ours(app + "/styles/user-styles.css"));
    assertThat(css).containsPattern(
        "\\.ce-eol-banner\\s*\\{[^}]*display\\s*:\\s*none\\s*!important");
  }

  /** The file the application serves: the first on the classpath, which must be ours, not the webjar's. */
  private static String ours(String path) {
    URL url = WebappLocalisationTest.class.getClassLoader().getResource(APP + path);
    assertThat(url).as("our %s", path).isNotNull();
    assertThat(url.toString()).as("%s shadows the webjar's", path).doesNotContain(WEBJAR);
    return read(url);
  }

  /** The stock file inside the Camunda webjar, even where one of ours shadows it. */
  private static String stock(String path) {
    try {
      List<URL> inJar = Collections.list(
              WebappLocalisationTest.class.getClassLoader().getResources(APP + path)).stream()
          .filter(url -> url.toString().contains(WEBJAR))
          .toList();
      assertThat(inJar).as("stock %s in %s", path, WEBJAR).hasSize(1);
      return read(inJar.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // the stock en.json starts with a BOM
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every object key, as a dotted path; arrays count as a leaf with their length. */
  private static Set<String> paths(JsonNode node, String prefix) {
    Set<String> paths = new TreeSet<>();
    node.fields().forEachRemaining(entry -> {
      String path = prefix + entry.getKey();
      JsonNode value = entry.getValue();
      paths.add(value.isArray() ? path + "[" + value.size() + "]" : path);
      if (value.isObject()) {
        paths.addAll(paths(value, path + "."));
      }
    });
    return paths;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1).replaceAll("\\s+", ""));
    }
    return names;
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }
}
