// The message as received and what the engine builds for each destination, both pretty-printed and masked.
import * as api from '../api.js';
import { details, el } from '../dom.js';
import { maskedSection } from './masked-section.js';

export function renderPayload(id, signal, revealed) {
  return maskedSection({
    title: 'Payload',
    what: 'the payload',
    revealLabel: 'Reveal patient details',
    load: reveal => api.get(`api/messages/${encodeURIComponent(id)}/payload`, { reveal }, signal),
    masked: payload => payload.masked,
    render: payload => [
      el('p', { class: 'hint' }, `As received: ${payload.contentType} (${payload.format}).`),
      body(payload.body, 'The payload'),
    ],
    revealed,
  }, signal);
}

export function renderOutputs(id, signal, revealed) {
  return maskedSection({
    title: 'Outputs per destination',
    what: 'the outputs',
    revealLabel: 'Reveal patient details in the outputs',
    load: reveal => api.get(`api/messages/${encodeURIComponent(id)}/outputs`, { reveal }, signal),
    masked: outputs => outputs.items.some(output => output.masked),
    render: outputs => (outputs.items.length === 0
      ? [el('p', { class: 'empty' }, 'No outputs: the message has no deliveries.')]
      : outputs.items.map(output => el('article', { class: 'output' },
        el('h3', {}, `For ${output.destination}`),
        details([
          ['Mapping', output.mapping ?? 'none (the message as received)'],
          ['Content type', output.contentType],
          ['Size', `${output.bytes} bytes`],
          ['Cannot be built', output.failureCode],
        ]),
        output.body ? body(output.body, `The output for ${output.destination}`) : null))),
    revealed,
  }, signal);
}

function body(text, label) {
  // Focusable so keyboard users can scroll a long body; labelled so screen readers say what it is.
  return el('pre', { class: 'payload', tabindex: 0, 'aria-label': label }, text);
}
