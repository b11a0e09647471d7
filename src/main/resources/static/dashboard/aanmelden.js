// The dashboard's login page: logs in with the webapps' own login, so one login serves the
// dashboard, Tasklist and Cockpit. Already logged in with access: straight on to the dashboard.
import { aanmelden, afmelden, sessie, veiligTerug } from './sessie.js';

const parameters = new URLSearchParams(window.location.search);
const terug = veiligTerug(parameters.get('terug'));
const formulier = document.getElementById('aanmeldformulier');
const fout = document.getElementById('fout');
const melding = document.getElementById('melding');

function toonFout(tekst) {
  fout.textContent = tekst;
  fout.hidden = !tekst;
}

function toonMelding(tekst) {
  melding.textContent = tekst;
  melding.hidden = !tekst;
}

async function begin() {
  if (parameters.has('afgemeld')) {
    toonMelding('U bent afgemeld.');
  }
  try {
    const huidige = await sessie();
    if (huidige.aangemeld && huidige.toegang) {
      window.location.replace(terug);
      return;
    }
    if (huidige.aangemeld) {
      toonMelding(`U bent aangemeld als ${huidige.naam}, maar u heeft geen toegang tot het dashboard. `
        + 'Meld u hieronder aan als een andere gebruiker.');
    }
  } catch (e) {
    toonFout(e.message);
  }
  document.getElementById('gebruikersnaam').focus();
}

formulier.addEventListener('submit', async (event) => {
  event.preventDefault();
  toonFout('');
  const gebruikersnaam = formulier.gebruikersnaam.value.trim();
  const wachtwoord = formulier.wachtwoord.value;
  if (!gebruikersnaam || !wachtwoord) {
    toonFout('Vul uw gebruikersnaam en wachtwoord in.');
    (gebruikersnaam ? formulier.wachtwoord : formulier.gebruikersnaam).focus();
    return;
  }
  const knop = formulier.querySelector('button[type=submit]');
  knop.disabled = true;
  try {
    const huidige = await sessie();
    if (huidige.aangemeld && huidige.gebruiker !== gebruikersnaam) {
      await afmelden();
    }
    const reden = await aanmelden(gebruikersnaam, wachtwoord);
    if (reden) {
      toonFout(reden);
      formulier.wachtwoord.value = '';
      formulier.wachtwoord.focus();
      return;
    }
    window.location.assign(terug);
  } catch (e) {
    toonFout('Aanmelden lukte niet: de server is niet bereikbaar. Probeer het later opnieuw.');
  } finally {
    knop.disabled = false;
  }
});

begin();
