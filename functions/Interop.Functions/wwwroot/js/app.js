// Starts the console: sign-in first, then the view the address names.
import * as api from './api.js';
import { resolve, route, onNavigate } from './router.js';
import { clearMessages, report } from './status.js';
import { renderSignIn } from './views/sign-in.js';
import { renderMessages } from './views/messages.js';
import { renderMessage } from './views/message.js';
import { renderDeadLetters } from './views/dead-letters.js';
import { renderDestinations } from './views/destinations.js';
import { renderCharts } from './views/charts.js';
import { renderAudit } from './views/audit.js';
import { renderAlerts } from './views/alerts.js';

route(/^\/messages$/, 'Messages', renderMessages);
route(/^\/messages\/([^/]+)$/, 'Message', renderMessage);
route(/^\/dead-letters$/, 'Dead letters', renderDeadLetters);
route(/^\/destinations$/, 'Destinations', renderDestinations);
route(/^\/charts$/, 'Charts', renderCharts);
route(/^\/audit$/, 'Audit log', renderAudit);
route(/^\/alerts$/, 'Alerts', renderAlerts);

const view = document.getElementById('view');
const nav = document.getElementById('nav');
const signOutButton = document.getElementById('sign-out');
let navigation = new AbortController();
let refusal = '';

api.onTokenRefused(status => {
  api.signOut();
  refusal = status === 403
    ? 'The host refused your token (403): it is not an operator\'s token. Sign in with an operator token.'
    : 'The host refused your token (401): it has expired or is not valid here. Sign in again.';
  show();
});

signOutButton.addEventListener('click', () => {
  api.signOut();
  refusal = '';
  show();
});

onNavigate(show);
show();

function show() {
  navigation.abort();
  navigation = new AbortController();
  clearMessages();
  view.replaceChildren();
  const signedIn = Boolean(api.token());
  nav.hidden = !signedIn;
  signOutButton.hidden = !signedIn;
  if (!signedIn) {
    document.title = 'Sign in — Interop console';
    renderSignIn(view, refusal, () => {
      refusal = '';
      show();
    });
    return;
  }

  const target = resolve();
  if (!target) {
    location.replace('#/messages');
    return;
  }

  document.title = `${target.title} — Interop console`;
  for (const link of nav.querySelectorAll('a')) {
    const current = target.path === link.hash.slice(1) || target.path.startsWith(`${link.hash.slice(1)}/`);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }

  // Views write their heading before their first request, so focus can move to it at once: screen readers hear the
  // new page's name and Tab continues from the top of the new content.
  const rendering = target.render(view, { id: target.id, params: target.params, signal: navigation.signal });
  view.querySelector('h1')?.focus();
  rendering.catch(failure => report(failure, `Loading ${target.title.toLowerCase()}`));
}
