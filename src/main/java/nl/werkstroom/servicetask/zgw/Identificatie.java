package nl.werkstroom.servicetask.zgw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import nl.werkstroom.servicetask.TaskInputs;
import nl.werkstroom.zaak.ZaakVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The identificatie under which a ZGW service task stores its document or besluit, the same on every
 * attempt of the task: a retried job finds what an earlier attempt stored (whose answer may have been
 * lost) with a lookup by identificatie, instead of storing it twice.
 *
 * <p>It is derived from the task's idempotency key: process instance and activity, plus the loop
 * counter inside a multi-instance task, plus the number of earlier completed runs of the activity when
 * a process loops back to it (a rewritten letter is a new document). Readable when possible: the
 * zaak identificatie with a short suffix ({@code ZAAK-2026-0000000001-7F3A9C0B}), unique because the
 * zaak identificatie is unique for the municipality; otherwise {@code WS-} and a longer hash.
 */
final class Identificatie {

  private Identificatie() {
  }

  static String voor(DelegateExecution execution, int maximaleLengte) {
    String hash = sha256(TaskInputs.idempotencyKey(execution));
    String zaak = TaskInputs.optional(execution, ZaakVariables.ZAAK_IDENTIFICATIE);
    if (zaak != null) {
      String leesbaar = zaak + "-" + hash.substring(0, 8);
      if (leesbaar.length() <= maximaleLengte) {
        return leesbaar;
      }
    }
    return "WS-" + hash.substring(0, Math.min(32, maximaleLengte - 3));
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
