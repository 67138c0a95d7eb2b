// One message: what it is, where it went, every step and attempt, its payload and outputs, replays and audit.
import * as api from '../api.js';
import { details, el, messageLink, number, pageHeading, section, table, tag, time } from '../dom.js';
import { announce } from '../status.js';
import { renderMessageAudit } from './message-audit.js';
import { renderOutputs, renderPayload } from './message-payload.js';
import { renderReplay } from './message-replay.js';

const settled = new Set(['rejected', 'duplicate', 'delivered', 'partially-delivered', 'dead-lettered']);
const pollMilliseconds = 1000;

export async function renderMessage(view, { id, signal }) {
  const live = el('div', { class: 'live' });
  view.append(pageHeading(`Message ${id}`), live);
  announce('Loading the message…');

  let message;
  try {
    message = await load(id, signal);
  } catch (failure) {
    if (failure.status === 404) {
      live.append(el('p', { class: 'notice' }, 'There is no message with this id.'));
      announce('');
      return;
    }

    throw failure;
  }

  let shown = JSON.stringify(message);
  live.append(...parts(message));
  const audit = el('div');
  view.append(
    renderReplay(id, signal, () => renderMessageAudit(audit, id, signal)),
    renderPayload(id, signal, () => renderMessageAudit(audit, id, signal)),
    renderOutputs(id, signal, () => renderMessageAudit(audit, id, signal)),
    audit);
  renderMessageAudit(audit, id, signal);
  announce(`Message loaded: ${message.status}.`);

  // A message still on its way is followed until it settles, so the operator sees a replay get delivered.
  while (inFlight(message)) {
    await delay(signal);
    message = await load(id, signal);
    const next = JSON.stringify(message);
    if (next !== shown) {
      shown = next;
      live.replaceChildren(...parts(message));
      announce(`Message status: ${message.status}.`);
    }
  }
}

function load(id, signal) {
  return api.get(`api/messages/${encodeURIComponent(id)}`, {}, signal);
}

function inFlight(message) {
  return !settled.has(message.status) || message.deliveries.some(d => d.status === 'pending' || d.status === 'retrying');
}

function delay(signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, pollMilliseconds);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Navigated away.', 'AbortError'));
    }, { once: true });
  });
}

function parts(message) {
  return [
    section('Summary', details([
      ['Status', tag(message.status)],
      ['Received', time(message.receivedAt)],
      ['Event', message.event],
      ['Sender ODS code', message.sender],
      ['Recipient ODS code', message.recipient],
      ['Client', message.clientId],
      ['FHIR version', message.fhirVersion],
      ['MessageHeader id', message.messageHeaderId],
      ['Document id', message.documentId],
      ['Replaces document', message.replacesDocumentId],
      ['Replay of', message.replayOf ? messageLink(message.replayOf) : null],
      ['Replays', message.replays?.length ? el('ul', { class: 'inline' }, message.replays.map(replay => el('li', {}, messageLink(replay)))) : null],
    ])),
    section('Deliveries', table('Deliveries, one per destination', [
      { label: 'Destination', value: d => d.destination },
      { label: 'Status', value: d => tag(d.status) },
      { label: 'Attempts', value: d => String(d.attempts), numeric: true },
      { label: 'Last error', value: d => d.lastError },
      { label: 'Mapping', value: d => d.mapping },
      { label: 'Updated', value: d => time(d.updatedAt) },
    ], message.deliveries, 'none (the message was not routed anywhere).')),
    section('Timeline', table('Every step and delivery attempt, oldest first', [
      { label: 'Time', value: e => time(e.at) },
      { label: 'Step', value: e => e.step },
      { label: 'Outcome', value: e => tag(e.outcome) },
      { label: 'Code', value: e => e.code },
      { label: 'Destination', value: e => e.destination },
      { label: 'Attempt', value: e => (e.attempt ? String(e.attempt) : ''), numeric: true },
      { label: 'HTTP status', value: e => (e.httpStatus ? String(e.httpStatus) : ''), numeric: true },
      { label: 'Latency', value: e => number(e.latencyMs, ' ms'), numeric: true },
      { label: 'Detail', value: e => e.detail },
    ], message.timeline)),
  ];
}
