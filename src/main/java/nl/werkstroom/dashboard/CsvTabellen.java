package nl.werkstroom.dashboard;

import static nl.werkstroom.dashboard.CsvTabel.kolom;

import nl.werkstroom.dashboard.Antwoorden.BudgetRij;
import nl.werkstroom.dashboard.Antwoorden.DoorlooptijdRij;
import nl.werkstroom.dashboard.Antwoorden.IncidentRij;
import nl.werkstroom.dashboard.Antwoorden.OverzichtRij;
import nl.werkstroom.dashboard.Antwoorden.TaakGroepRij;
import nl.werkstroom.dashboard.Antwoorden.WachttijdRij;
import nl.werkstroom.dashboard.Antwoorden.WeekRij;

/** The columns of each table's CSV download: the JSON's figures under Dutch headers, without links. */
final class CsvTabellen {

  static final CsvTabel<OverzichtRij> OVERZICHT = CsvTabel.van(
      kolom("Proces", OverzichtRij::procesNaam),
      kolom("Gemeente", OverzichtRij::gemeenteNaam),
      kolom("Gestart", OverzichtRij::gestart),
      kolom("Afgerond", OverzichtRij::afgerond),
      kolom("Lopend", OverzichtRij::lopend),
      kolom("Open taken", OverzichtRij::openTaken),
      kolom("Taken te laat", OverzichtRij::teLaat),
      kolom("Incidenten", OverzichtRij::incidenten));

  static final CsvTabel<WeekRij> WEKEN = CsvTabel.van(
      kolom("Week (maandag)", WeekRij::week),
      kolom("Proces", WeekRij::proces),
      kolom("Gemeente", WeekRij::gemeente),
      kolom("Gestart", WeekRij::gestart),
      kolom("Afgerond", WeekRij::afgerond));

  static final CsvTabel<DoorlooptijdRij> DOORLOOPTIJDEN = CsvTabel.van(
      kolom("Proces", DoorlooptijdRij::procesNaam),
      kolom("Gemeente", DoorlooptijdRij::gemeente),
      kolom("Meting", DoorlooptijdRij::meting),
      kolom("Aantal", DoorlooptijdRij::aantal),
      kolom("Mediaan (dagen)", DoorlooptijdRij::mediaanDagen),
      kolom("90e percentiel (dagen)", DoorlooptijdRij::p90Dagen),
      kolom("Termijn (dagen)", DoorlooptijdRij::termijnDagen),
      kolom("Soort termijn", DoorlooptijdRij::termijnSoort),
      kolom("Termijn", DoorlooptijdRij::termijnOmschrijving),
      kolom("Binnen termijn", DoorlooptijdRij::binnenTermijn),
      kolom("Binnen termijn (%)", DoorlooptijdRij::binnenTermijnPercentage));

  static final CsvTabel<TaakGroepRij> TAKEN = CsvTabel.van(
      kolom("Gemeente", TaakGroepRij::gemeente),
      kolom("Proces", TaakGroepRij::procesNaam),
      kolom("Groep", TaakGroepRij::groepNaam),
      kolom("Open", TaakGroepRij::open),
      kolom("Te laat", TaakGroepRij::teLaat),
      kolom("Oudste sinds", TaakGroepRij::oudsteSinds),
      kolom("Oudste (dagen)", TaakGroepRij::oudsteDagen));

  static final CsvTabel<WachttijdRij> WACHTTIJDEN = CsvTabel.van(
      kolom("Gemeente", WachttijdRij::gemeente),
      kolom("Proces", WachttijdRij::procesNaam),
      kolom("Taak", WachttijdRij::taakNaam),
      kolom("Open", WachttijdRij::open),
      kolom("Oudste open (dagen)", WachttijdRij::oudsteOpenDagen),
      kolom("Afgehandeld", WachttijdRij::afgehandeld),
      kolom("Mediaan wachttijd (dagen)", WachttijdRij::mediaanDagen),
      kolom("90e percentiel wachttijd (dagen)", WachttijdRij::p90Dagen),
      kolom("Op tijd (%)", WachttijdRij::opTijdPercentage));

  static final CsvTabel<IncidentRij> INCIDENTEN = CsvTabel.van(
      kolom("Gemeente", IncidentRij::gemeente),
      kolom("Proces", IncidentRij::procesNaam),
      kolom("Activiteit", IncidentRij::activiteitNaam),
      kolom("Soort incident", IncidentRij::incidentType),
      kolom("Laatste melding", IncidentRij::melding),
      kolom("Aantal", IncidentRij::aantal),
      kolom("Oudste sinds", IncidentRij::oudsteSinds));

  static final CsvTabel<BudgetRij> BUDGETTEN = CsvTabel.van(
      kolom("Gemeente", BudgetRij::gemeente),
      kolom("Regeling", BudgetRij::regelingNaam),
      kolom("Budgetcode", BudgetRij::budgetcode),
      kolom("Plafond", BudgetRij::plafond),
      kolom("Gereserveerd", BudgetRij::gereserveerd),
      kolom("Vastgelegd", BudgetRij::vastgelegd),
      kolom("Betaald", BudgetRij::betaald),
      kolom("Beschikbaar", BudgetRij::beschikbaar),
      kolom("Benut (%)", BudgetRij::benutPercentage),
      kolom("Fout", BudgetRij::fout));

  private CsvTabellen() {
  }
}
