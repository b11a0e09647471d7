package nl.werkstroom.subsidie;

import nl.werkstroom.integration.financien.Iban;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.werkstroom.api.Telefoonnummer;
import nl.werkstroom.api.Veldfout;
import nl.werkstroom.api.Velden;
import nl.werkstroom.integration.brp.Burgerservicenummer;
import nl.werkstroom.organisation.TenantProperties;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import org.springframework.stereotype.Component;

/**
 * Checks a subsidy request as it arrives, through the API or the Tasklist start form, before any
 * case exists: every field the process needs, in the right form. The answer is the request as
 * typed process variables (Strings, Doubles, Booleans; dates as ISO text) and, per field, what is
 * wrong in Dutch. Fields the process does not know are left out; the messages never repeat what was
 * sent, so a BSN never ends up in an answer or a log. A scheme whose application period is closed
 * is not an input error: the process refuses such a request with a decision.
 */
@Component
public class AanvraagValidatie {

  public static final String PERSOON = "persoon";
  public static final String ORGANISATIE = "organisatie";

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Pattern ACHT_CIJFERS = Pattern.compile("\\d{8}");
  private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\d{9}");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int NAAM = 200;

  private final Regelingen regelingen;
  private final TenantProperties tenants;

  public AanvraagValidatie(Regelingen regelingen, TenantProperties tenants) {
    this.regelingen = regelingen;
    this.tenants = tenants;
  }

  /**
   * @param gemeente the municipality (tenant) the request is for, whose schemes apply
   * @param vandaag today, the default and the latest possible date of receipt
   */
  public Uitkomst valideer(String gemeente, Map<String, ?> invoer, LocalDate vandaag) {
    Controle in = new Controle(invoer);

    String regeling = in.tekst("regeling", "De regeling", true, 100);
    if (regeling != null && gemeente != null && regelingen.vind(gemeente, regeling).isEmpty()) {
      in.fout("regeling", onbekendeRegeling(gemeente, regeling));
    }
    aanvrager(in);
    in.tekst("aanvragerNaam", "De naam van de aanvrager", true, NAAM);
    String email = in.tekst("email", "Het e-mailadres", true, 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.fout("email", "Het e-mailadres is ongeldig; bijvoorbeeld naam@voorbeeld.nl.");
    }
    String telefoon = in.tekst("telefoonnummer", "Het telefoonnummer", false, 30);
    if (telefoon != null && !Telefoonnummer.isGeldig(telefoon)) {
      in.fout("telefoonnummer", "Het telefoonnummer is geen Nederlands nummer; bijvoorbeeld 06-12345678 of 071 516 5165.");
    }
    in.tekst("activiteit", "De omschrijving van de activiteit", true, 1000);
    activiteitsperiode(in);
    bedragen(in);
    rekening(in);
    ontvangstdatum(in, vandaag);
    return new Uitkomst(in.variabelen, in.fouten, in.overbodig);
  }

  private void aanvrager(Controle in) {
    String soort = in.tekst("soortAanvrager", "Het soort aanvrager", true, 20);
    if (soort == null) {
      return;
    }
    if (PERSOON.equals(soort)) {
      String bsn = in.tekst("bsn", "Het burgerservicenummer", true, 20);
      if (bsn != null && !NEGEN_CIJFERS.matcher(bsn).matches()) {
        in.fout("bsn", "Het burgerservicenummer moet uit precies 9 cijfers bestaan.");
      } else if (bsn != null && !Burgerservicenummer.isGeldig(bsn)) {
        in.fout("bsn", "Het burgerservicenummer is ongeldig: het voldoet niet aan de elfproef.");
      }
      if (Boolean.TRUE.equals(in.jaNee("onderneming", "Of de aanvrager een onderneming is"))) {
        in.fout("onderneming", "Kies als soort aanvrager 'organisatie' voor een onderneming.");
      }
      // A person's request is no state aid: no de-minimis check, whatever was filled in.
      in.variabelen.put("onderneming", false);
      in.variabelen.put("eerdereDeMinimisSteun", 0.0);
      in.laatWeg("kvkNummer");
    } else if (ORGANISATIE.equals(soort)) {
      String kvk = in.tekst("kvkNummer", "Het KvK-nummer", true, 20);
      if (kvk != null && !ACHT_CIJFERS.matcher(kvk).matches()) {
        in.fout("kvkNummer", "Het KvK-nummer moet uit precies 8 cijfers bestaan.");
      }
      if (in.jaNee("onderneming", "Of de organisatie een onderneming is") == null && !in.heeftFout("onderneming")) {
        in.fout("onderneming", "Geef aan of de organisatie een economische activiteit uitoefent (true of false).");
      }
      BigDecimal steun = in.bedrag("eerdereDeMinimisSteun", "De eerder ontvangen de-minimissteun", false, true);
      if (steun == null && !in.heeftFout("eerdereDeMinimisSteun")) {
        in.variabelen.put("eerdereDeMinimisSteun", 0.0);
      }
      in.laatWeg("bsn");
    } else {
      in.fout("soortAanvrager", "Het soort aanvrager is 'persoon' of 'organisatie'.");
    }
  }

  private static void activiteitsperiode(Controle in) {
    LocalDate start = in.datum("startdatumActiviteit", "De startdatum van de activiteit", true);
    LocalDate eind = in.datum("einddatumActiviteit", "De einddatum van de activiteit", true);
    if (start != null && eind != null && eind.isBefore(start)) {
      in.fout("einddatumActiviteit", "De einddatum van de activiteit ligt voor de startdatum.");
    }
  }

  private static void bedragen(Controle in) {
    BigDecimal aangevraagd = in.bedrag("aangevraagdBedrag", "Het aangevraagde bedrag", true, false);
    BigDecimal begroting = in.bedrag("begroting", "De begroting", true, false);
    if (aangevraagd != null && begroting != null && begroting.compareTo(aangevraagd) < 0) {
      in.fout("begroting", "De begroting (de totale kosten van de activiteit) is lager dan het aangevraagde bedrag.");
    }
  }

  private static void rekening(Controle in) {
    String iban = in.tekst("iban", "Het IBAN", true, 50);
    if (iban != null) {
      if (Iban.isGeldig(iban)) {
        in.variabelen.put("iban", Iban.normaliseer(iban));
      } else {
        in.fout("iban", "Het IBAN is ongeldig; controleer het rekeningnummer, bijvoorbeeld NL91ABNA0417164300.");
      }
    }
    in.tekst("rekeninghouder", "De naam van de rekeninghouder", true, NAAM);
  }

  private static void ontvangstdatum(Controle in, LocalDate vandaag) {
    LocalDate ontvangen = in.datum("ontvangstdatum", "De ontvangstdatum", false);
    if (ontvangen == null && !in.heeftFout("ontvangstdatum")) {
      in.variabelen.put("ontvangstdatum", vandaag.toString());
    } else if (ontvangen != null && ontvangen.isAfter(vandaag)) {
      in.fout("ontvangstdatum", "De ontvangstdatum ligt in de toekomst.");
    }
  }

  private String onbekendeRegeling(String gemeente, String code) {
    String naam = tenants.tenants().stream().filter(tenant -> tenant.id().equals(gemeente))
        .map(TenantProperties.Tenant::name).findFirst().orElse("Gemeente " + gemeente);
    List<Regeling> bekend = regelingen.van(gemeente);
    String welke = code.length() <= 60 && CODE.matcher(code).matches() ? " '" + code + "'" : "";
    if (bekend.isEmpty()) {
      return naam + " kent geen regeling" + welke + ": er zijn geen subsidieregelingen.";
    }
    return naam + " kent geen regeling" + welke + ". Kies uit: "
        + bekend.stream().map(Regeling::code).collect(Collectors.joining(", ")) + ".";
  }

  /** The request as process variables, and what is wrong with it. */
  public record Uitkomst(Map<String, Object> variabelen, List<Veldfout> fouten, Set<String> overbodig) {

    public Uitkomst {
      variabelen = Collections.unmodifiableMap(new LinkedHashMap<>(variabelen));
      fouten = List.copyOf(fouten);
      overbodig = Set.copyOf(overbodig);
    }

    public boolean inOrde() {
      return fouten.isEmpty();
    }

    /** All problems in one Dutch text, as Tasklist shows an engine error. */
    public String samenvatting() {
      return "De aanvraag is niet in orde. "
          + fouten.stream().map(Veldfout::melding).collect(Collectors.joining(" "));
    }
  }

  /** Reads the fields one by one, collecting the typed values and the problems. */
  private static final class Controle {

    private final Map<String, ?> invoer;
    private final Map<String, Object> variabelen = new LinkedHashMap<>();
    private final List<Veldfout> fouten = new ArrayList<>();
    private final Set<String> overbodig = new HashSet<>();

    Controle(Map<String, ?> invoer) {
      this.invoer = invoer;
    }

    void fout(String veld, String melding) {
      fouten.add(new Veldfout(veld, melding));
    }

    boolean heeftFout(String veld) {
      return fouten.stream().anyMatch(fout -> fout.veld().equals(veld));
    }

    /** An identification that does not belong to this kind of applicant: never kept. */
    void laatWeg(String veld) {
      overbodig.add(veld);
    }

    private Object waarde(String veld) {
      Object waarde = invoer.get(veld);
      return waarde instanceof String text && text.isBlank() ? null : waarde;
    }

    String tekst(String veld, String label, boolean verplicht, int maximum) {
      Object waarde = waarde(veld);
      if (waarde == null) {
        ontbreekt(veld, label, verplicht);
        return null;
      }
      if (!(waarde instanceof String text)) {
        fout(veld, label + " moet tekst zijn.");
        return null;
      }
      String tekst = text.strip();
      if (tekst.length() > maximum) {
        fout(veld, label + " is te lang: ten hoogste " + maximum + " tekens.");
        return null;
      }
      variabelen.put(veld, tekst);
      return tekst;
    }

    Boolean jaNee(String veld, String label) {
      Object waarde = waarde(veld);
      if (waarde == null) {
        return null;
      }
      if (!(waarde instanceof Boolean jaNee)) {
        fout(veld, label + " moet true of false zijn.");
        return null;
      }
      variabelen.put(veld, jaNee);
      return jaNee;
    }

    /** An amount in euros: a number, above 0 (or 0 when allowed), at most two decimals, not absurd. */
    BigDecimal bedrag(String veld, String label, boolean verplicht, boolean nulMag) {
      Object waarde = waarde(veld);
      if (waarde == null) {
        ontbreekt(veld, label, verplicht);
        return null;
      }
      BigDecimal bedrag = waarde instanceof Number number ? decimaal(number) : null;
      if (bedrag == null) {
        fout(veld, label + " moet een bedrag in euro's zijn: een getal, bijvoorbeeld 1250.50.");
        return null;
      }
      if (bedrag.signum() < 0 || bedrag.signum() == 0 && !nulMag) {
        fout(veld, label + (nulMag ? " mag niet negatief zijn." : " moet groter zijn dan 0."));
        return null;
      }
      if (bedrag.stripTrailingZeros().scale() > 2) {
        fout(veld, label + " heeft ten hoogste twee decimalen (hele centen).");
        return null;
      }
      if (bedrag.compareTo(Velden.HOOGSTE_BEDRAG) > 0) {
        fout(veld, label + " is onwaarschijnlijk hoog: ten hoogste € 100.000.000.");
        return null;
      }
      variabelen.put(veld, bedrag.doubleValue());
      return bedrag;
    }

    LocalDate datum(String veld, String label, boolean verplicht) {
      Object waarde = waarde(veld);
      if (waarde == null) {
        ontbreekt(veld, label, verplicht);
        return null;
      }
      LocalDate datum = null;
      if (waarde instanceof LocalDate date) {
        datum = date;
      } else if (waarde instanceof java.sql.Date date) {
        datum = date.toLocalDate(); // a java.sql.Date has no instant: toInstant() throws
      } else if (waarde instanceof Date date) {
        datum = LocalDate.ofInstant(date.toInstant(), AMSTERDAM);
      } else if (waarde instanceof String text) {
        datum = parse(text.strip());
      }
      if (datum == null) {
        fout(veld, label + " moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.");
        return null;
      }
      variabelen.put(veld, datum.toString());
      return datum;
    }

    private void ontbreekt(String veld, String label, boolean verplicht) {
      if (verplicht) {
        fout(veld, label + " ontbreekt.");
      }
    }

    private static LocalDate parse(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    private static BigDecimal decimaal(Number number) {
      try {
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
      } catch (NumberFormatException notFinite) {
        return null;
      }
    }
  }
}
