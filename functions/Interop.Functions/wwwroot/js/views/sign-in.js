// Sign-in: the operator pastes a bearer token; it is checked against the API and kept for this browser tab only.
import * as api from '../api.js';
import { el, pageHeading } from '../dom.js';

const command = 'dotnet run --project src/Interop.Cli -- token --client demo-operator';

/** Shows the sign-in form; refusal explains why the operator was sent back here, if they were. */
export function renderSignIn(view, refusal, signedIn) {
  const errorId = 'sign-in-error';
  const hintId = 'token-hint';
  const error = el('p', { id: errorId, class: 'error', role: 'alert' }, refusal);
  const input = el('input', {
    id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true,
    'aria-describedby': `${hintId} ${errorId}`,
  });
  const button = el('button', { type: 'submit' }, 'Sign in');
  const form = el('form', { class: 'sign-in', novalidate: true, onsubmit: submit },
    el('div', { class: 'field' },
      el('label', { for: 'token' }, 'Operator token'),
      input,
      el('p', { id: hintId, class: 'hint' },
        'A bearer token for a client with the operator role. For the sample configuration, mint one with ',
        el('code', {}, command), '. It is kept in this browser tab only and sent with every API call.')),
    error,
    button);

  view.append(pageHeading('Sign in'), form);

  async function submit(event) {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) {
      error.textContent = 'Enter a token.';
      input.focus();
      return;
    }

    button.disabled = true;
    error.textContent = '';
    const status = await api.checkToken(token);
    button.disabled = false;
    if (status >= 200 && status < 300) {
      api.signIn(token);
      signedIn();
      return;
    }

    error.textContent = refusedBecause(status);
    input.focus();
  }
}

function refusedBecause(status) {
  switch (status) {
    case 401: return 'The host refused this token (401): it is not valid, has expired, or was signed by another key.';
    case 403: return 'This token is valid but not an operator\'s (403): mint one for an operator client.';
    case 0: return 'The host could not be reached. Is it running?';
    default: return `Signing in failed: the host answered ${status}.`;
  }
}
