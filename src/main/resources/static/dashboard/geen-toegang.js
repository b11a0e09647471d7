// The refusal page: says who is logged in and offers to log in as someone else.
import { afmelden, sessie } from './sessie.js';

sessie().then((huidige) => {
  if (huidige.aangemeld) {
    document.getElementById('wie').textContent =
      `U bent aangemeld als ${huidige.naam} (${huidige.gebruiker}), maar u heeft geen toegang tot het dashboard.`;
  }
}).catch(() => { /* the general sentence stays */ });

document.getElementById('afmelden').addEventListener('click', async () => {
  try {
    await afmelden();
  } finally {
    window.location.assign('/dashboard/aanmelden?afgemeld=ja');
  }
});
