// The session shared with Tasklist, Cockpit and Admin: who is logged in, logging in and out with
// the webapps' own endpoints (which want their CSRF token in the X-XSRF-TOKEN header).

const WEBAPP_AUTH = '/camunda/api/admin/auth/user/default';

/** {aangemeld, gebruiker, naam, toegang, xsrfToken?} of this browser's session. */
export async function sessie() {
  const answer = await fetch('/dashboard/sessie', { credentials: 'same-origin', cache: 'no-store' });
  if (!answer.ok) {
    throw new Error('De aanmeldgegevens konden niet worden opgehaald.');
  }
  return answer.json();
}

/**
 * The webapps' CSRF token of this session. The webapps hand out a new token (in a response header)
 * to a session that has none; otherwise the dashboard's session answer carries it.
 */
async function xsrfToken() {
  const known = (await sessie()).xsrfToken;
  if (known) {
    return known;
  }
  const probe = await fetch('/camunda/api/engine/engine', { credentials: 'same-origin', cache: 'no-store' });
  const given = probe.headers.get('X-XSRF-TOKEN');
  if (given) {
    return given;
  }
  const again = (await sessie()).xsrfToken;
  if (!again) {
    throw new Error('De beveiligingssleutel voor het aanmelden ontbreekt. Laad de pagina opnieuw.');
  }
  return again;
}

/** Logs in to all webapps the user may use; returns null when it worked, else a Dutch reason. */
export async function aanmelden(gebruikersnaam, wachtwoord) {
  const token = await xsrfToken();
  const answer = await fetch(`${WEBAPP_AUTH}/login/welcome`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token },
    body: new URLSearchParams({ username: gebruikersnaam, password: wachtwoord })
  });
  if (answer.ok) {
    return null;
  }
  if (answer.status === 401) {
    return 'Gebruikersnaam of wachtwoord is onjuist. Na een paar onjuiste pogingen moet u even wachten '
      + 'voordat u het opnieuw kunt proberen.';
  }
  if (answer.status === 403) {
    return 'U kunt op dit moment niet aanmelden. Laad de pagina opnieuw en probeer het nog eens.';
  }
  return `Aanmelden lukte niet (foutcode ${answer.status}). Probeer het later opnieuw.`;
}

/** Logs out of the dashboard and all webapps (one session). */
export async function afmelden() {
  const token = await xsrfToken();
  await fetch(`${WEBAPP_AUTH}/logout`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-XSRF-TOKEN': token }
  });
}

/** Where to go after logging in: only a page of this dashboard, never another site. */
export function veiligTerug(terug) {
  if (!terug) {
    return '/dashboard';
  }
  try {
    const doel = new URL(terug, window.location.origin);
    if (doel.origin === window.location.origin
        && (doel.pathname === '/dashboard' || doel.pathname.startsWith('/dashboard/'))
        && !doel.pathname.startsWith('/dashboard/aanmelden')) {
      return doel.pathname + doel.search;
    }
  } catch (e) {
    // not a URL: fall through to the dashboard itself
  }
  return '/dashboard';
}
