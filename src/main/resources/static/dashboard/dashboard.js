// The managers' dashboard: filters (kept in the page's address, so a view can be shared), and per
// section the figures of /api/dashboard as a table (with a CSV download and links to the cases in
// Cockpit or Tasklist) and, where a picture helps, a chart.
import { afmelden, sessie } from './sessie.js';
import {
  LEEG, dagVanDeWeek, dagen, datum, el, euro, getal, koppeling, korteDatum, procent, tabel, weeknummer
} from './opmaak.js';
import { KLEUREN, teken, verberg } from './grafieken.js';

const API = '/api/dashboard';
const FILTERS = ['gemeente', 'proces', 'van', 'tot'];
const formulier = document.getElementById('filters');
const status = document.getElementById('status');

const namen = { gemeenten: new Map(), processen: new Map() };
let standaardPeriode = null;

/** An answer of the API that is not the figures: its Dutch message. */
class ApiFout extends Error {
  constructor(status, melding) {
    super(melding);
    this.status = status;
  }
}

function naarAanmelden() {
  const terug = window.location.pathname + window.location.search;
  window.location.assign(`/dashboard/aanmelden?terug=${encodeURIComponent(terug)}`);
}

async function haal(pad, query) {
  const adres = query && query.toString() ? `${API}/${pad}?${query}` : `${API}/${pad}`;
  let antwoord;
  try {
    // A request that hangs must not keep the page waiting for ever.
    antwoord = await fetch(adres, { credentials: 'same-origin', headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(30000) });
  } catch (e) {
    throw new ApiFout(0, e.name === 'TimeoutError'
      ? 'De server antwoordde niet binnen 30 seconden. Probeer het later opnieuw.'
      : 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  }
  if (antwoord.status === 401) {
    naarAanmelden();
    throw new ApiFout(401, 'U bent niet meer aangemeld.');
  }
  if (!antwoord.ok) {
    let melding = `De gegevens konden niet worden opgehaald (foutcode ${antwoord.status}).`;
    try {
      const inhoud = await antwoord.json();
      melding = inhoud.melding ?? melding;
    } catch (e) {
      // keep the general sentence
    }
    throw new ApiFout(antwoord.status, melding);
  }
  try {
    return await antwoord.json();
  } catch (e) {
    // Something between browser and Werkstroom (a proxy, a login portal) answered instead.
    throw new ApiFout(antwoord.status, 'Het antwoord van de server was niet te lezen. Probeer het opnieuw.');
  }
}

// ---- filters and the address ----

function filtersUitAdres() {
  const adres = new URLSearchParams(window.location.search);
  const query = new URLSearchParams();
  for (const naam of FILTERS) {
    const waarde = adres.get(naam);
    if (waarde) {
      query.set(naam, waarde);
    }
  }
  return query;
}

function filtersInFormulier(query) {
  for (const naam of ['gemeente', 'proces']) {
    const keuze = formulier.elements[naam];
    const waarde = query.get(naam) ?? '';
    if (waarde && ![...keuze.options].some((optie) => optie.value === waarde)) {
      keuze.append(el('option', { value: waarde }, `${waarde} (onbekend)`));
    }
    keuze.value = waarde;
  }
  formulier.elements.van.value = query.get('van') ?? standaardPeriode?.van ?? '';
  formulier.elements.tot.value = query.get('tot') ?? standaardPeriode?.tot ?? '';
}

/** The form's choices; dates only when they differ from the default period, so a bookmark keeps rolling. */
function filtersUitFormulier() {
  const query = new URLSearchParams();
  for (const naam of ['gemeente', 'proces']) {
    if (formulier.elements[naam].value) {
      query.set(naam, formulier.elements[naam].value);
    }
  }
  const van = formulier.elements.van.value;
  const tot = formulier.elements.tot.value;
  if (van && tot && standaardPeriode && van === standaardPeriode.van && tot === standaardPeriode.tot) {
    return query;
  }
  if (van) {
    query.set('van', van);
  }
  if (tot) {
    query.set('tot', tot);
  }
  return query;
}

function controleerPeriode() {
  const { van, tot } = formulier.elements;
  if (van.value && tot.value && van.value > tot.value) {
    return 'De datum "Van" ligt na de datum "Tot en met". Kies een begindatum vóór de einddatum.';
  }
  return null;
}

function pasToe() {
  const fout = controleerPeriode();
  if (fout) {
    meld(fout, true);
    return;
  }
  const query = filtersUitFormulier();
  const adres = query.toString() ? `${window.location.pathname}?${query}` : window.location.pathname;
  if (adres !== window.location.pathname + window.location.search) {
    window.history.pushState(null, '', adres);
  }
  laadCijfers(query);
}

function zetCsvKoppelingen(query) {
  for (const koppelingNaarCsv of document.querySelectorAll('a.csv')) {
    const csvQuery = new URLSearchParams(query);
    csvQuery.set('formaat', 'csv');
    koppelingNaarCsv.href = `${API}/${koppelingNaarCsv.dataset.tabel}?${csvQuery}`;
  }
}

function meld(tekst, fout = false) {
  status.textContent = tekst;
  status.classList.toggle('fout', fout);
}

// ---- names ----

function gemeenteNaam(rij) {
  if (rij.gemeenteNaam) {
    return rij.gemeenteNaam;
  }
  if (!rij.gemeente) {
    return 'Zonder gemeente';
  }
  return namen.gemeenten.get(rij.gemeente) ?? rij.gemeente;
}

function procesNaam(rij) {
  return rij.procesNaam ?? namen.processen.get(rij.proces) ?? rij.proces;
}

// ---- sections ----

function vervang(id, inhoud) {
  document.getElementById(id).replaceChildren(inhoud);
}

function sectieFout(sectie, fout) {
  const houder = document.querySelector(`#${sectie} .tabel-houder`);
  houder.closest('details')?.setAttribute('open', '');
  houder.replaceChildren(el('p', { class: 'fout', role: 'alert' },
    `Dit onderdeel kon niet worden geladen: ${fout.message}`));
  for (const canvas of document.querySelectorAll(`#${sectie} canvas`)) {
    verberg(canvas.id);
  }
  const tegels = document.querySelector(`#${sectie} .tegels`);
  tegels?.replaceChildren();
}

function toonOverzicht(antwoord) {
  const rijen = antwoord.rijen;
  const som = (veld) => rijen.reduce((totaal, rij) => totaal + (rij[veld] ?? 0), 0);
  const tegels = [
    ['gestart', 'Gestart', 'in de periode'],
    ['afgerond', 'Afgerond', 'in de periode'],
    ['lopend', 'Lopend', 'nu'],
    ['openTaken', 'Open taken', 'nu'],
    ['teLaat', 'Taken te laat', 'nu'],
    ['incidenten', 'Incidenten', 'nu']
  ];
  document.getElementById('overzicht-tegels').replaceChildren(...tegels.map(([veld, naam, wanneer]) =>
    el('div', { class: `tegel${(veld === 'teLaat' || veld === 'incidenten') && som(veld) > 0 ? ' aandacht' : ''}` },
      el('span', { class: 'tegel-getal' }, getal(som(veld))),
      el('span', { class: 'tegel-naam' }, naam, el('span', { class: 'tegel-wanneer' }, ` ${wanneer}`)))));
  vervang('overzicht-tabel', tabel({
    bijschrift: 'Overzicht per proces en gemeente',
    leeg: 'Er zijn geen processen voor deze keuze.',
    rijen,
    kolommen: [
      { kop: 'Proces', waarde: procesNaam },
      { kop: 'Gemeente', waarde: gemeenteNaam },
      { kop: 'Gestart', getal: true, waarde: (rij) => getal(rij.gestart) },
      { kop: 'Afgerond', getal: true, waarde: (rij) => getal(rij.afgerond) },
      // Running cases of every version; Cockpit's page (the "Zaken" column) shows the latest version's.
      { kop: 'Lopend', getal: true, waarde: (rij) => getal(rij.lopend) },
      { kop: 'Open taken', getal: true, waarde: (rij) => getal(rij.openTaken) },
      { kop: 'Te laat', getal: true, waarde: (rij) => getal(rij.teLaat) },
      { kop: 'Incidenten', getal: true, waarde: (rij) => getal(rij.incidenten) },
      { kop: 'Zaken', waarde: (rij) => koppeling(rij.links?.cockpit, 'In Cockpit',
        `${procesNaam(rij)}, ${gemeenteNaam(rij)} in Cockpit bekijken`) }
    ]
  }));
  return new Map(rijen.map((rij) => [`${rij.proces}|${rij.gemeente}`, rij.links?.cockpit]));
}

function toonWeken(antwoord) {
  const perWeek = new Map();
  for (const rij of antwoord.rijen) {
    const week = perWeek.get(rij.week) ?? { week: rij.week, gestart: 0, afgerond: 0 };
    week.gestart += rij.gestart ?? 0;
    week.afgerond += rij.afgerond ?? 0;
    perWeek.set(rij.week, week);
  }
  const weken = [...perWeek.values()].sort((a, b) => a.week.localeCompare(b.week));
  if (!weken.length) {
    verberg('weken-grafiek');
  } else {
    teken('weken-grafiek', {
      type: 'bar',
      data: {
        labels: weken.map((w) => `wk ${weeknummer(w.week)}`),
        datasets: [
          { type: 'bar', label: 'Gestart', data: weken.map((w) => w.gestart), backgroundColor: KLEUREN.lichtblauw,
            borderRadius: 3, order: 2 },
          { type: 'line', label: 'Afgerond', data: weken.map((w) => w.afgerond), borderColor: KLEUREN.oranje,
            backgroundColor: KLEUREN.oranje, borderWidth: 2, pointRadius: 3, tension: 0.2, order: 1 }
        ]
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Zaken' } } },
        plugins: {
          tooltip: { callbacks: { title: (items) => `Week ${weeknummer(weken[items[0].dataIndex].week)}, `
            + `vanaf ${datum(weken[items[0].dataIndex].week)}` } }
        }
      }
    });
  }
  vervang('weken-tabel', tabel({
    bijschrift: 'Gestart en afgerond per week',
    leeg: 'Geen weken in deze periode.',
    rijen: weken,
    kolommen: [
      { kop: 'Week', waarde: (w) => `Week ${weeknummer(w.week)} (vanaf ${korteDatum(w.week)})` },
      { kop: 'Gestart', getal: true, waarde: (w) => getal(w.gestart) },
      { kop: 'Afgerond', getal: true, waarde: (w) => getal(w.afgerond) }
    ]
  }));
}

const METINGEN = { doorlooptijd: 'Doorlooptijd (start tot einde)', beslistermijn: 'Tijd tot besluit' };

function toonDoorlooptijden(antwoord, cockpit) {
  const rijen = antwoord.rijen;
  const metCijfers = rijen.filter((rij) => rij.aantal > 0);
  const label = (rij) => `${procesNaam(rij)} – ${gemeenteNaam(rij)} (${rij.meting === 'beslistermijn' ? 'besluit' : 'doorlooptijd'})`;
  if (!metCijfers.length) {
    verberg('doorlooptijden-grafiek');
  } else {
    teken('doorlooptijden-grafiek', {
      type: 'bar',
      data: {
        labels: metCijfers.map(label),
        datasets: [
          { label: 'Mediaan (dagen)', data: metCijfers.map((r) => r.mediaanDagen), backgroundColor: KLEUREN.blauw },
          { label: '90e percentiel (dagen)', data: metCijfers.map((r) => r.p90Dagen), backgroundColor: KLEUREN.lichtblauw },
          { label: 'Termijn (dagen)', data: metCijfers.map((r) => r.termijnDagen), backgroundColor: KLEUREN.grijs }
        ]
      },
      options: {
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, title: { display: true, text: 'Dagen' } } }
      }
    }, (index) => {
      const link = cockpit.get(`${metCijfers[index].proces}|${metCijfers[index].gemeente}`);
      if (link) {
        window.location.assign(link);
      }
    });
  }
  vervang('doorlooptijden-tabel', tabel({
    bijschrift: 'Doorlooptijden en termijnen',
    leeg: 'Er zijn in deze periode geen zaken afgerond of besloten.',
    rijen,
    kolommen: [
      { kop: 'Proces', waarde: (rij) => koppeling(cockpit.get(`${rij.proces}|${rij.gemeente}`), procesNaam(rij),
        `${procesNaam(rij)}, ${gemeenteNaam(rij)} in Cockpit bekijken`) },
      { kop: 'Gemeente', waarde: gemeenteNaam },
      { kop: 'Meting', waarde: (rij) => METINGEN[rij.meting] ?? rij.meting },
      { kop: 'Aantal', getal: true, waarde: (rij) => getal(rij.aantal) },
      { kop: 'Mediaan', getal: true, waarde: (rij) => dagen(rij.mediaanDagen) },
      { kop: '90e percentiel', getal: true, waarde: (rij) => dagen(rij.p90Dagen) },
      { kop: 'Termijn', waarde: (rij) => rij.termijnDagen === null || rij.termijnDagen === undefined ? 'geen termijn'
        : el('span', { title: rij.termijnOmschrijving ?? '' }, `${dagen(rij.termijnDagen)} (${rij.termijnSoort ?? ''})`) },
      { kop: 'Binnen termijn', getal: true, waarde: (rij) => rij.binnenTermijnPercentage === null
        || rij.binnenTermijnPercentage === undefined ? LEEG
        : `${getal(rij.binnenTermijn)} (${procent(rij.binnenTermijnPercentage)})` }
    ]
  }));
}

function toonTaken(antwoord) {
  const rijen = [...antwoord.rijen].sort((a, b) => (b.open ?? 0) - (a.open ?? 0));
  vervang('taken-tabel', tabel({
    bijschrift: 'Open taken per groep',
    leeg: 'Er staan geen taken open.',
    rijen,
    kolommen: [
      { kop: 'Groep', waarde: (rij) => rij.groepNaam || (rij.groep ? rij.groep : 'Zonder groep') },
      { kop: 'Proces', waarde: procesNaam },
      { kop: 'Gemeente', waarde: gemeenteNaam },
      { kop: 'Open', getal: true, waarde: (rij) => koppeling(rij.links?.tasklist, getal(rij.open),
        `${getal(rij.open)} open taken van ${rij.groepNaam || rij.groep || 'zonder groep'} in Tasklist`) },
      { kop: 'Te laat', getal: true, waarde: (rij) => rij.teLaat > 0
        ? el('span', { class: 'te-laat' }, getal(rij.teLaat)) : getal(rij.teLaat) },
      { kop: 'Oudste sinds', waarde: (rij) => rij.oudsteSinds
        ? `${datum(rij.oudsteSinds)} (${dagen(rij.oudsteDagen)})` : LEEG }
    ]
  }));
}

function toonWachttijden(antwoord) {
  const rijen = [...antwoord.rijen].sort((a, b) => (b.p90Dagen ?? -1) - (a.p90Dagen ?? -1));
  const taakLabel = (rij) => `${rij.taakNaam ?? rij.taak} – ${gemeenteNaam(rij)}`;
  const metCijfers = rijen.filter((rij) => rij.mediaanDagen !== null && rij.mediaanDagen !== undefined
    || rij.oudsteOpenDagen !== null && rij.oudsteOpenDagen !== undefined);
  if (!metCijfers.length) {
    verberg('wachttijden-grafiek');
  } else {
    teken('wachttijden-grafiek', {
      type: 'bar',
      data: {
        labels: metCijfers.map(taakLabel),
        datasets: [
          { label: 'Mediaan wachttijd afgehandeld (dagen)', data: metCijfers.map((r) => r.mediaanDagen),
            backgroundColor: KLEUREN.blauw },
          { label: '90e percentiel (dagen)', data: metCijfers.map((r) => r.p90Dagen), backgroundColor: KLEUREN.lichtblauw },
          { label: 'Oudste open taak (dagen)', data: metCijfers.map((r) => r.oudsteOpenDagen), backgroundColor: KLEUREN.oranje }
        ]
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, title: { display: true, text: 'Dagen' } } } }
    }, (index) => {
      if (metCijfers[index].links?.tasklist) {
        window.location.assign(metCijfers[index].links.tasklist);
      }
    });
  }
  vervang('wachttijden-tabel', tabel({
    bijschrift: 'Wachttijd per taak',
    leeg: 'Geen taken in deze periode.',
    rijen,
    kolommen: [
      { kop: 'Taak', waarde: (rij) => rij.taakNaam ?? rij.taak },
      { kop: 'Proces', waarde: procesNaam },
      { kop: 'Gemeente', waarde: gemeenteNaam },
      { kop: 'Open nu', getal: true, waarde: (rij) => koppeling(rij.links?.tasklist, getal(rij.open),
        `${getal(rij.open)} open taken "${rij.taakNaam ?? rij.taak}" in Tasklist`) },
      { kop: 'Oudste open', getal: true, waarde: (rij) => dagen(rij.oudsteOpenDagen) },
      { kop: 'Afgehandeld', getal: true, waarde: (rij) => getal(rij.afgehandeld) },
      { kop: 'Mediaan', getal: true, waarde: (rij) => dagen(rij.mediaanDagen) },
      { kop: '90e percentiel', getal: true, waarde: (rij) => dagen(rij.p90Dagen) },
      { kop: 'Op tijd', getal: true, waarde: (rij) => procent(rij.opTijdPercentage) }
    ]
  }));
}

function toonIncidenten(antwoord) {
  vervang('incidenten-tabel', tabel({
    bijschrift: 'Incidenten',
    leeg: 'Er zijn geen incidenten. Alles loopt.',
    rijen: antwoord.rijen,
    kolommen: [
      { kop: 'Proces', waarde: procesNaam },
      { kop: 'Gemeente', waarde: gemeenteNaam },
      { kop: 'Stap', waarde: (rij) => rij.activiteitNaam ?? rij.activiteit },
      { kop: 'Soort', waarde: (rij) => rij.incidentType === 'failedJob' ? 'Mislukte taak'
        : rij.incidentType === 'failedExternalTask' ? 'Mislukte externe taak' : rij.incidentType },
      { kop: 'Melding', waarde: (rij) => el('span', { class: 'melding-tekst' }, rij.melding ?? '') },
      { kop: 'Aantal', getal: true, waarde: (rij) => koppeling(rij.links?.cockpit, getal(rij.aantal),
        `${getal(rij.aantal)} incidenten bij ${rij.activiteitNaam ?? rij.activiteit ?? 'een onbekende stap'} in Cockpit`) },
      { kop: 'Oudste sinds', waarde: (rij) => datum(rij.oudsteSinds) }
    ]
  }));
}

function toonBudgetten(antwoord, query) {
  const rijen = antwoord.rijen;
  const label = (rij) => `${rij.regelingNaam ?? rij.regeling} – ${gemeenteNaam(rij)}`;
  const metBedragen = rijen.filter((rij) => !rij.fout);
  if (!metBedragen.length) {
    verberg('budgetten-grafiek');
  } else {
    const deel = (veld, naam, kleur, extra = {}) => ({ label: naam, data: metBedragen.map((r) => r[veld] ?? 0),
      backgroundColor: kleur, stack: 'budget', ...extra });
    teken('budgetten-grafiek', {
      type: 'bar',
      data: {
        labels: metBedragen.map(label),
        datasets: [
          deel('betaald', 'Betaald', KLEUREN.blauw),
          deel('vastgelegd', 'Vastgelegd', KLEUREN.lichtblauw),
          deel('gereserveerd', 'Gereserveerd', KLEUREN.oranje),
          deel('beschikbaar', 'Beschikbaar', KLEUREN.lichtgroen, { borderColor: KLEUREN.groen, borderWidth: 1 })
        ]
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { callback: (waarde) => euro(waarde) } },
          y: { stacked: true }
        },
        plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${euro(item.raw)}` } } }
      }
    });
  }
  const leeg = query.get('proces') && query.get('proces') !== 'subsidieaanvraag'
    ? 'Budgetten horen bij subsidieaanvragen; kies dat proces of alle processen om ze te zien.'
    : 'Er zijn geen subsidieregelingen voor deze keuze.';
  const bedragen = ['plafond', 'betaald', 'vastgelegd', 'gereserveerd', 'beschikbaar'];
  vervang('budgetten-tabel', tabel({
    bijschrift: 'Subsidiebudgetten per regeling',
    leeg,
    rijen: rijen.map((rij) => (rij.fout ? { ...rij, volledigeRij: (kolommen) => el('tr', { class: 'met-fout' },
      el('th', { scope: 'row' }, rij.regelingNaam ?? rij.regeling),
      el('td', {}, gemeenteNaam(rij)),
      el('td', {}, rij.budgetcode ?? ''),
      el('td', { class: 'getal' }, euro(rij.plafond)),
      el('td', { colspan: String(kolommen - 4), class: 'fout' }, rij.fout)) } : rij)),
    kolommen: [
      { kop: 'Regeling', waarde: (rij) => rij.regelingNaam ?? rij.regeling },
      { kop: 'Gemeente', waarde: gemeenteNaam },
      { kop: 'Budgetcode', waarde: (rij) => rij.budgetcode ?? '' },
      ...bedragen.map((veld) => ({ kop: veld[0].toUpperCase() + veld.slice(1), getal: true, waarde: (rij) => euro(rij[veld]) })),
      { kop: 'Benut', getal: true, waarde: (rij) => procent(rij.benutPercentage) }
    ]
  }));
}

// ---- loading ----

function toonPeriode(periode) {
  if (!periode) {
    return;
  }
  // The figures count whole weeks: say which days that covers.
  document.getElementById('periode-tekst').textContent = `Periode: ${datum(dagVanDeWeek(periode.van, 0))} tot en met `
    + `${datum(dagVanDeWeek(periode.tot, 6))} (week ${weeknummer(periode.van)} tot en met week ${weeknummer(periode.tot)})`;
  // The dates the figures were counted for, also where the address named only one of them.
  formulier.elements.van.value = periode.van;
  formulier.elements.tot.value = periode.tot;
}

let laadTeller = 0;

async function laadCijfers(query) {
  const dezeLading = ++laadTeller;
  zetCsvKoppelingen(query);
  filtersInFormulier(query);
  document.body.setAttribute('aria-busy', 'true');
  meld('De cijfers worden geladen…');
  const secties = ['overzicht', 'weken', 'doorlooptijden', 'taken', 'wachttijden', 'incidenten', 'budgetten'];
  const antwoorden = await Promise.allSettled(secties.map((sectie) => haal(sectie, query)));
  if (dezeLading !== laadTeller) {
    return; // a newer choice is loading
  }
  const [overzicht, weken, doorlooptijden, taken, wachttijden, incidenten, budgetten] = antwoorden;
  let cockpit = new Map();
  const tonen = [
    ['overzicht', overzicht, (a) => { cockpit = toonOverzicht(a); toonPeriode(a.periode); }],
    ['weken', weken, toonWeken],
    ['doorlooptijden', doorlooptijden, (a) => toonDoorlooptijden(a, cockpit)],
    ['taken', taken, toonTaken],
    ['wachttijden', wachttijden, toonWachttijden],
    ['incidenten', incidenten, toonIncidenten],
    ['budgetten', budgetten, (a) => toonBudgetten(a, query)]
  ];
  const fouten = [];
  for (const [sectie, antwoord, toon] of tonen) {
    if (antwoord.status === 'fulfilled') {
      try {
        toon(antwoord.value);
      } catch (e) {
        sectieFout(sectie, new Error('de gegevens hebben een onverwachte vorm.'));
        fouten.push(e);
      }
    } else {
      sectieFout(sectie, antwoord.reason);
      fouten.push(antwoord.reason);
    }
  }
  document.body.removeAttribute('aria-busy');
  if (fouten.some((fout) => fout.status === 401)) {
    return;
  }
  const keuzeFout = fouten.find((fout) => fout.status === 400 || fout.status === 403);
  if (keuzeFout) {
    meld(keuzeFout.message, true);
  } else if (fouten.length) {
    meld('Niet alle onderdelen konden worden geladen; zie de meldingen hieronder.', true);
  } else {
    const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' }).format(new Date());
    meld(`Bijgewerkt om ${tijd}.`);
  }
}

async function laadKeuzes() {
  const keuzes = await haal('keuzes');
  standaardPeriode = keuzes.periode;
  const gemeente = formulier.elements.gemeente;
  const proces = formulier.elements.proces;
  gemeente.replaceChildren(el('option', { value: '' }, 'Alle gemeenten'),
    ...keuzes.gemeenten.map((g) => el('option', { value: g.id }, g.naam)));
  proces.replaceChildren(el('option', { value: '' }, 'Alle processen'),
    ...keuzes.processen.map((p) => el('option', { value: p.sleutel }, p.naam)));
  keuzes.gemeenten.forEach((g) => namen.gemeenten.set(g.id, g.naam));
  keuzes.processen.forEach((p) => namen.processen.set(p.sleutel, p.naam));
  if (keuzes.gemeenten.length === 1) {
    gemeente.closest('.veld').classList.add('enkel');
  }
}

async function toonGebruiker() {
  try {
    const huidige = await sessie();
    document.getElementById('gebruiker-naam').textContent = huidige.aangemeld ? huidige.naam : '';
  } catch (e) {
    // the header stays without a name
  }
}

formulier.addEventListener('submit', (event) => {
  event.preventDefault();
  pasToe();
});
for (const naam of ['gemeente', 'proces']) {
  formulier.elements[naam].addEventListener('change', pasToe);
}
document.getElementById('standaard').addEventListener('click', () => {
  if (standaardPeriode) {
    formulier.elements.van.value = standaardPeriode.van;
    formulier.elements.tot.value = standaardPeriode.tot;
  }
  pasToe();
});
document.getElementById('afmelden').addEventListener('click', async () => {
  try {
    await afmelden();
  } finally {
    window.location.assign('/dashboard/aanmelden?afgemeld=ja');
  }
});
window.addEventListener('popstate', () => laadCijfers(filtersUitAdres()));

async function begin() {
  toonGebruiker();
  try {
    await laadKeuzes();
  } catch (e) {
    if (e.status !== 401) {
      meld(`De keuzes konden niet worden geladen: ${e.message}`, true);
    }
    return;
  }
  await laadCijfers(filtersUitAdres());
}

begin();
