// Dutch formatting and small DOM helpers for the dashboard: numbers, days, euros, dates and tables.

const getalOpmaak = new Intl.NumberFormat('nl-NL');
const dagenOpmaak = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euroOpmaak = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const datumOpmaak = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const korteDatumOpmaak = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short' });

export const LEEG = '–';

export function getal(waarde) {
  return waarde === null || waarde === undefined ? LEEG : getalOpmaak.format(waarde);
}

export function dagen(waarde) {
  return waarde === null || waarde === undefined ? LEEG : `${dagenOpmaak.format(waarde)} d`;
}

export function euro(waarde) {
  return waarde === null || waarde === undefined ? LEEG : euroOpmaak.format(waarde);
}

export function procent(waarde) {
  return waarde === null || waarde === undefined ? LEEG : `${getalOpmaak.format(Math.round(waarde))}%`;
}

/** An ISO date (yyyy-MM-dd) as a local calendar date, without time-zone surprises. */
export function alsDatum(iso) {
  const [jaar, maand, dag] = iso.slice(0, 10).split('-').map(Number);
  return new Date(jaar, maand - 1, dag);
}

export function datum(iso) {
  return iso ? datumOpmaak.format(alsDatum(iso)) : LEEG;
}

export function korteDatum(iso) {
  return iso ? korteDatumOpmaak.format(alsDatum(iso)) : LEEG;
}

/** The Monday (0) or Sunday (6) of the ISO week of a date, as an ISO date. */
export function dagVanDeWeek(iso, dagnummer) {
  const dag = alsDatum(iso);
  const gezocht = new Date(dag.getFullYear(), dag.getMonth(), dag.getDate() - ((dag.getDay() + 6) % 7) + dagnummer);
  return `${gezocht.getFullYear()}-${String(gezocht.getMonth() + 1).padStart(2, '0')}-${String(gezocht.getDate()).padStart(2, '0')}`;
}

/** The ISO week number of a date. */
export function weeknummer(iso) {
  const dag = alsDatum(iso);
  const donderdag = new Date(dag.getFullYear(), dag.getMonth(), dag.getDate() + 3 - ((dag.getDay() + 6) % 7));
  const eersteDonderdag = new Date(donderdag.getFullYear(), 0, 4);
  return 1 + Math.round(((donderdag - eersteDonderdag) / 86400000 - 3 + ((eersteDonderdag.getDay() + 6) % 7)) / 7);
}

/** An element with attributes and children (strings become text, never HTML). */
export function el(naam, eigenschappen = {}, ...kinderen) {
  const element = document.createElement(naam);
  for (const [sleutel, waarde] of Object.entries(eigenschappen)) {
    if (waarde === undefined || waarde === null || waarde === false) {
      continue;
    }
    if (sleutel === 'class') {
      element.className = waarde;
    } else if (sleutel === 'text') {
      element.textContent = waarde;
    } else {
      element.setAttribute(sleutel, waarde === true ? '' : waarde);
    }
  }
  for (const kind of kinderen.flat()) {
    if (kind !== null && kind !== undefined && kind !== false) {
      element.append(kind instanceof Node ? kind : String(kind));
    }
  }
  return element;
}

/** A link to the cases behind a figure, or the plain figure when there is no link. */
export function koppeling(href, tekst, label) {
  if (!href) {
    return tekst;
  }
  return el('a', { href, 'aria-label': label, title: label }, tekst);
}

/**
 * A table: columns {kop, waarde(rij) → string|Node, getal?, rijkop?}; an empty list shows the
 * sentence given. Numeric columns are right-aligned; the first column heads its row.
 */
export function tabel({ bijschrift, kolommen, rijen, leeg, voet }) {
  if (!rijen.length) {
    return el('p', { class: 'leeg' }, leeg);
  }
  const kop = el('tr', {}, kolommen.map((kolom) =>
    el('th', { scope: 'col', class: kolom.getal ? 'getal' : null }, kolom.kop)));
  const romp = rijen.map((rij) => {
    if (rij.volledigeRij) {
      return rij.volledigeRij(kolommen.length);
    }
    return el('tr', {}, kolommen.map((kolom, index) => {
      const inhoud = kolom.waarde(rij);
      return index === 0
        ? el('th', { scope: 'row', class: kolom.getal ? 'getal' : null }, inhoud)
        : el('td', { class: kolom.getal ? 'getal' : null }, inhoud);
    }));
  });
  return el('table', {},
    el('caption', { class: 'verborgen' }, bijschrift),
    el('thead', {}, kop),
    el('tbody', {}, romp),
    voet ? el('tfoot', {}, voet) : null);
}
