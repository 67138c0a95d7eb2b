// A section whose content hides patient details until the operator reveals them; every reveal is audited by the host.
import { el, fill, notAvailable, section } from '../dom.js';
import { announce } from '../status.js';

/**
 * options: title; what (for messages); revealLabel; load(reveal) → data; masked(data) → bool; render(data) → nodes;
 * revealed() called after a reveal, whose audit entry is then new.
 */
export function maskedSection(options, signal) {
  const body = el('div', { 'aria-busy': 'true' }, el('p', {}, `Loading ${options.what}…`));
  show(false);
  return section(options.title, body);

  async function show(reveal) {
    let data;
    try {
      data = await options.load(reveal);
    } catch (failure) {
      if (failure.name === 'AbortError') return;
      body.replaceChildren(failure.notAvailable
        ? notAvailable(capitalised(options.what))
        : el('p', { class: 'error' }, `Loading ${options.what} failed: ${failure.message}`));
      body.removeAttribute('aria-busy');
      return;
    }

    fill(body, note(options.masked(data), reveal), options.render(data));
    body.removeAttribute('aria-busy');
    if (reveal) {
      announce(`Patient details shown in ${options.what}; the reveal was recorded in the audit log.`);
      options.revealed();
    }
  }

  function note(masked, revealed) {
    if (!masked) {
      return el('p', { class: 'hint' }, revealed
        ? 'Patient details are shown. Your reveal was recorded in the audit log with your client id and the time.'
        : 'Nothing here is masked.');
    }

    const button = el('button', { type: 'button', class: 'secondary', onclick: () => { button.disabled = true; show(true); } }, options.revealLabel);
    return el('div', { class: 'mask-note' },
      el('p', {}, 'Patient details (names, NHS numbers, dates of birth, addresses) are masked.'),
      button,
      el('p', { class: 'hint' }, 'Revealing them is recorded in the audit log with your client id and the time.'));
  }
}

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
