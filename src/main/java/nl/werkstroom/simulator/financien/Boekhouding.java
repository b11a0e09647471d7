package nl.werkstroom.simulator.financien;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulated finance system's books: budgets, reservations, commitments and payments in their
 * own tables, and receivables (vorderingen) to recover money. Money moves between three buckets of a budget, gereserveerd → vastgelegd → betaald,
 * and every move is one conditional UPDATE, so the ceiling holds whatever arrives at the same time:
 * the database, not this JVM, decides which of two concurrent reservations still fits. Each
 * creating call runs in one transaction with its {@code Idempotency-Key}, whose unique index makes
 * a concurrent repeat wait for the first and then return the same resource.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class Boekhouding {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final int ATTEMPTS = 3;

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  Boekhouding(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.clock = Clock.system(ZONE);
  }

  // ---- the resources as the API shows them (amounts as decimal strings with two decimals)

  record Budget(String administratie, String budgetcode, String omschrijving,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plafond,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gereserveerd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vastgelegd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal betaald,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal beschikbaar) {
  }

  record Reservering(String id, String budgetcode, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
      String referentie, String omschrijving, String status, OffsetDateTime aangemaakt) {
  }

  record Crediteur(String naam, String iban) {
  }

  record Verplichting(String id, String reservering, String budgetcode,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal betaald,
      Crediteur crediteur, String status, OffsetDateTime aangemaakt) {
  }

  record Betaling(String id, String verplichting, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
      String iban, String omschrijving, LocalDate betaaldatum, String status, OffsetDateTime aangemaakt) {
  }

  record Vordering(String id, String debiteurNaam, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
      String omschrijving, String referentie, LocalDate vervaldatum, String status, OffsetDateTime aangemaakt) {
  }

  /** A resource and whether this call made it (201) or an earlier call with the same key did (200). */
  record Resultaat<T>(T resource, boolean nieuw) {
  }

  // ---- budgets

  /** Creates a budget when its administratie has none with that code; an existing one is left alone. */
  boolean maakBudgetAlsOntbreekt(String administratie, String budgetcode, String omschrijving, BigDecimal plafond) {
    if (budget(administratie, budgetcode).isPresent()) {
      return false;
    }
    try {
      jdbc.sql("INSERT INTO ws_fin_budget (administratie, budgetcode, omschrijving, plafond) VALUES (?, ?, ?, ?)")
          .params(administratie, budgetcode, omschrijving, plafond.setScale(2, RoundingMode.UNNECESSARY))
          .update();
      return true;
    } catch (DuplicateKeyException createdMeanwhile) {
      return false;
    }
  }

  boolean kentAdministratie(String administratie) {
    return jdbc.sql("SELECT COUNT(*) FROM ws_fin_budget WHERE administratie = ?")
        .param(administratie).query(Long.class).single() > 0;
  }

  Optional<Budget> budget(String administratie, String budgetcode) {
    return jdbc.sql("""
            SELECT administratie, budgetcode, omschrijving, plafond, gereserveerd, vastgelegd, betaald
            FROM ws_fin_budget WHERE administratie = ? AND budgetcode = ?""")
        .params(administratie, budgetcode)
        .query(Boekhouding::budget)
        .optional();
  }

  List<Budget> budgetten(String administratie) {
    return jdbc.sql("""
            SELECT administratie, budgetcode, omschrijving, plafond, gereserveerd, vastgelegd, betaald
            FROM ws_fin_budget WHERE administratie = ? ORDER BY budgetcode""")
        .param(administratie)
        .query(Boekhouding::budget)
        .list();
  }

  // ---- reservations

  Resultaat<Reservering> reserveer(String administratie, String budgetcode, BigDecimal bedrag, String referentie,
      String omschrijving, String sleutel) {
    if (budget(administratie, budgetcode).isEmpty()) {
      throw Probleem.nietGevonden("Budget " + budgetcode + " in administratie " + administratie);
    }
    String vingerafdruk = vingerafdruk("reservering", budgetcode, bedrag.toPlainString(), referentie, omschrijving);
    return idempotent(administratie, sleutel, "reservering", vingerafdruk, id -> {
      int updated = jdbc.sql("""
              UPDATE ws_fin_budget SET gereserveerd = gereserveerd + ?
              WHERE administratie = ? AND budgetcode = ? AND gereserveerd + vastgelegd + betaald + ? <= plafond""")
          .params(bedrag, administratie, budgetcode, bedrag)
          .update();
      if (updated == 0) {
        throw new Probleem.Fout(422, "plafond-bereikt", "Het budgetplafond is bereikt.",
            "Een reservering van " + bedrag.toPlainString() + " EUR past niet meer binnen het plafond van budget "
                + budgetcode + ".");
      }
      jdbc.sql("""
              INSERT INTO ws_fin_reservering (id, administratie, budgetcode, bedrag, referentie, omschrijving, status, aangemaakt)
              VALUES (?, ?, ?, ?, ?, ?, 'gereserveerd', ?)""")
          .params(id, administratie, budgetcode, bedrag, referentie, omschrijving, now())
          .update();
    }, id -> reservering(administratie, id).orElseThrow());
  }

  Optional<Reservering> reservering(String administratie, String id) {
    return jdbc.sql("""
            SELECT id, budgetcode, bedrag, referentie, omschrijving, status, aangemaakt
            FROM ws_fin_reservering WHERE administratie = ? AND id = ?""")
        .params(administratie, id)
        .query((rs, row) -> new Reservering(rs.getString("id"), rs.getString("budgetcode"), bedrag(rs, "bedrag"),
            rs.getString("referentie"), rs.getString("omschrijving"), rs.getString("status"),
            tijdstip(rs, "aangemaakt")))
        .optional();
  }

  /** Releases a reservation: its amount becomes available again. A released one stays released. */
  Reservering geefVrij(String administratie, String id) {
    tx.executeWithoutResult(status -> {
      Reservering reservering = reservering(administratie, id)
          .orElseThrow(() -> Probleem.nietGevonden("Reservering " + id));
      int released = jdbc.sql("UPDATE ws_fin_reservering SET status = 'vrijgegeven' WHERE id = ? AND status = 'gereserveerd'")
          .param(id).update();
      if (released == 1) {
        jdbc.sql("UPDATE ws_fin_budget SET gereserveerd = gereserveerd - ? WHERE administratie = ? AND budgetcode = ?")
            .params(reservering.bedrag(), administratie, reservering.budgetcode())
            .update();
      } else if ("vastgelegd".equals(reservering.status())) {
        throw new Probleem.Fout(409, "reservering-vastgelegd", "De reservering is al vastgelegd.",
            "Reservering " + id + " is omgezet in een verplichting en kan niet meer worden vrijgegeven.");
      }
    });
    return reservering(administratie, id).orElseThrow();
  }

  // ---- commitments

  Resultaat<Verplichting> legVast(String administratie, String reserveringId, BigDecimal bedrag, Crediteur crediteur,
      String sleutel) {
    String vingerafdruk = vingerafdruk("verplichting", reserveringId, bedrag.toPlainString(), crediteur.naam(),
        crediteur.iban());
    return idempotent(administratie, sleutel, "verplichting", vingerafdruk, id -> {
      Reservering reservering = reservering(administratie, reserveringId)
          .orElseThrow(() -> Probleem.nietGevonden("Reservering " + reserveringId));
      if (bedrag.compareTo(reservering.bedrag()) > 0) {
        throw Probleem.ongeldig(List.of(new Probleem.InvalidParam("bedrag", "groter-dan-reservering",
            "Het bedrag is groter dan de reservering (" + reservering.bedrag().toPlainString() + ").")));
      }
      int claimed = jdbc.sql("UPDATE ws_fin_reservering SET status = 'vastgelegd' WHERE id = ? AND status = 'gereserveerd'")
          .param(reserveringId).update();
      if (claimed == 0) {
        throw new Probleem.Fout(409, "reservering-niet-open", "De reservering is niet meer open.",
            "Reservering " + reserveringId + " heeft status " + reservering.status()
                + "; alleen een gereserveerd bedrag kan worden vastgelegd.");
      }
      jdbc.sql("""
              UPDATE ws_fin_budget SET gereserveerd = gereserveerd - ?, vastgelegd = vastgelegd + ?
              WHERE administratie = ? AND budgetcode = ?""")
          .params(reservering.bedrag(), bedrag, administratie, reservering.budgetcode())
          .update();
      jdbc.sql("""
              INSERT INTO ws_fin_verplichting (id, administratie, reservering_id, budgetcode, bedrag, crediteur_naam,
                crediteur_iban, status, aangemaakt)
              VALUES (?, ?, ?, ?, ?, ?, ?, 'vastgelegd', ?)""")
          .params(id, administratie, reserveringId, reservering.budgetcode(), bedrag, crediteur.naam(), crediteur.iban(),
              now())
          .update();
    }, id -> verplichting(administratie, id).orElseThrow());
  }

  Optional<Verplichting> verplichting(String administratie, String id) {
    return jdbc.sql("""
            SELECT id, reservering_id, budgetcode, bedrag, betaald, crediteur_naam, crediteur_iban, status, aangemaakt
            FROM ws_fin_verplichting WHERE administratie = ? AND id = ?""")
        .params(administratie, id)
        .query((rs, row) -> new Verplichting(rs.getString("id"), rs.getString("reservering_id"),
            rs.getString("budgetcode"), bedrag(rs, "bedrag"), bedrag(rs, "betaald"),
            new Crediteur(rs.getString("crediteur_naam"), rs.getString("crediteur_iban")), rs.getString("status"),
            tijdstip(rs, "aangemaakt")))
        .optional();
  }

  // ---- payments

  Resultaat<Betaling> betaal(String administratie, String verplichtingId, BigDecimal bedrag, String iban,
      String omschrijving, LocalDate betaaldatum, String sleutel) {
    String vingerafdruk = vingerafdruk("betaling", verplichtingId, bedrag.toPlainString(), iban, omschrijving,
        String.valueOf(betaaldatum));
    return idempotent(administratie, sleutel, "betaling", vingerafdruk, id -> {
      Verplichting verplichting = verplichting(administratie, verplichtingId)
          .orElseThrow(() -> Probleem.nietGevonden("Verplichting " + verplichtingId));
      int paid = jdbc.sql("""
              UPDATE ws_fin_verplichting SET betaald = betaald + ?,
                status = CASE WHEN betaald + ? = bedrag THEN 'betaald' ELSE status END
              WHERE id = ? AND betaald + ? <= bedrag""")
          .params(bedrag, bedrag, verplichtingId, bedrag)
          .update();
      if (paid == 0) {
        throw new Probleem.Fout(422, "verplichting-overschreden", "De betaling is groter dan wat nog open staat.",
            "Van verplichting " + verplichtingId + " staat nog "
                + verplichting.bedrag().subtract(verplichting.betaald()).toPlainString() + " EUR open.");
      }
      jdbc.sql("""
              UPDATE ws_fin_budget SET vastgelegd = vastgelegd - ?, betaald = betaald + ?
              WHERE administratie = ? AND budgetcode = ?""")
          .params(bedrag, bedrag, administratie, verplichting.budgetcode())
          .update();
      jdbc.sql("""
              INSERT INTO ws_fin_betaling (id, administratie, verplichting_id, bedrag, iban, omschrijving, betaaldatum,
                aangemaakt)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(id, administratie, verplichtingId, bedrag, iban, omschrijving, betaaldatum, now())
          .update();
    }, id -> betaling(administratie, id).orElseThrow());
  }

  Optional<Betaling> betaling(String administratie, String id) {
    LocalDate vandaag = LocalDate.now(clock);
    return jdbc.sql("""
            SELECT id, verplichting_id, bedrag, iban, omschrijving, betaaldatum, aangemaakt
            FROM ws_fin_betaling WHERE administratie = ? AND id = ?""")
        .params(administratie, id)
        .query((rs, row) -> {
          LocalDate datum = rs.getObject("betaaldatum", LocalDate.class);
          return new Betaling(rs.getString("id"), rs.getString("verplichting_id"), bedrag(rs, "bedrag"),
              rs.getString("iban"), rs.getString("omschrijving"), datum,
              datum.isBefore(vandaag) ? "uitgevoerd" : "ingepland", tijdstip(rs, "aangemaakt"));
        })
        .optional();
  }

  // ---- receivables

  Resultaat<Vordering> stelVorderingIn(String administratie, String debiteurNaam, BigDecimal bedrag,
      String omschrijving, String referentie, LocalDate vervaldatum, String sleutel) {
    String vingerafdruk = vingerafdruk("vordering", debiteurNaam, bedrag.toPlainString(), omschrijving, referentie,
        String.valueOf(vervaldatum));
    return idempotent(administratie, sleutel, "vordering", vingerafdruk, id -> jdbc.sql("""
            INSERT INTO ws_fin_vordering (id, administratie, debiteur_naam, bedrag, omschrijving, referentie, vervaldatum,
              status, aangemaakt)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)""")
        .params(id, administratie, debiteurNaam, bedrag, omschrijving, referentie, vervaldatum, now())
        .update(), id -> vordering(administratie, id).orElseThrow());
  }

  Optional<Vordering> vordering(String administratie, String id) {
    return jdbc.sql("""
            SELECT id, debiteur_naam, bedrag, omschrijving, referentie, vervaldatum, status, aangemaakt
            FROM ws_fin_vordering WHERE administratie = ? AND id = ?""")
        .params(administratie, id)
        .query(Boekhouding::vordering)
        .optional();
  }

  /** The receivables with this reference, oldest first. */
  List<Vordering> vorderingen(String administratie, String referentie) {
    return jdbc.sql("""
            SELECT id, debiteur_naam, bedrag, omschrijving, referentie, vervaldatum, status, aangemaakt
            FROM ws_fin_vordering WHERE administratie = ? AND referentie = ? ORDER BY aangemaakt, id""")
        .params(administratie, referentie)
        .query(Boekhouding::vordering)
        .list();
  }

  LocalDate vandaag() {
    return LocalDate.now(clock);
  }

  // ---- idempotency

  /**
   * Makes a resource once per key. The key's row is written first, in the same transaction as the
   * resource: a concurrent request with the same key waits on the unique index until the first one
   * commits (then it reads that resource) or rolls back (then it tries itself).
   */
  private <T> Resultaat<T> idempotent(String administratie, String sleutel, String soort, String vingerafdruk,
      Consumer<String> maak, Function<String, T> lees) {
    for (int attempt = 1; ; attempt++) {
      try {
        String id = tx.execute(status -> {
          String nieuwId = UUID.randomUUID().toString();
          jdbc.sql("""
                  INSERT INTO ws_fin_idempotentie (administratie, sleutel, soort, vingerafdruk, resource_id, aangemaakt)
                  VALUES (?, ?, ?, ?, ?, ?)""")
              .params(administratie, sleutel, soort, vingerafdruk, nieuwId, now())
              .update();
          maak.accept(nieuwId);
          return nieuwId;
        });
        return new Resultaat<>(lees.apply(id), true);
      } catch (DuplicateKeyException repeat) {
        Optional<String[]> earlier = jdbc.sql("""
                SELECT soort, vingerafdruk, resource_id FROM ws_fin_idempotentie WHERE administratie = ? AND sleutel = ?""")
            .params(administratie, sleutel)
            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .optional();
        if (earlier.isEmpty()) {
          if (attempt < ATTEMPTS) {
            continue;
          }
          throw repeat;
        }
        if (!earlier.get()[0].equals(soort) || !earlier.get()[1].equals(vingerafdruk)) {
          throw new Probleem.Fout(422, "idempotency-key-hergebruikt", "De Idempotency-Key is al gebruikt.",
              "Deze Idempotency-Key hoort bij een eerder verzoek met andere gegevens.");
        }
        return new Resultaat<>(lees.apply(earlier.get()[2]), false);
      }
    }
  }

  private static String vingerafdruk(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  private static Budget budget(ResultSet rs, int row) throws SQLException {
    BigDecimal plafond = bedrag(rs, "plafond");
    BigDecimal gereserveerd = bedrag(rs, "gereserveerd");
    BigDecimal vastgelegd = bedrag(rs, "vastgelegd");
    BigDecimal betaald = bedrag(rs, "betaald");
    return new Budget(rs.getString("administratie"), rs.getString("budgetcode"), rs.getString("omschrijving"),
        plafond, gereserveerd, vastgelegd, betaald, plafond.subtract(gereserveerd).subtract(vastgelegd).subtract(betaald));
  }

  private static Vordering vordering(ResultSet rs, int row) throws SQLException {
    return new Vordering(rs.getString("id"), rs.getString("debiteur_naam"), bedrag(rs, "bedrag"),
        rs.getString("omschrijving"), rs.getString("referentie"), rs.getObject("vervaldatum", LocalDate.class),
        rs.getString("status"), tijdstip(rs, "aangemaakt"));
  }

  private static BigDecimal bedrag(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column).setScale(2, RoundingMode.UNNECESSARY);
  }

  private static OffsetDateTime tijdstip(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant().atZone(ZONE).toOffsetDateTime();
  }
}
