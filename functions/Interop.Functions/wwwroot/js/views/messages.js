// The message list: filters kept in the address, newest first, one page at a time.
import * as api from '../api.js';
import { el, field, messageLink, pageHeading, plural, table, tag, time } from '../dom.js';
import { href } from '../router.js';
import { announce } from '../status.js';
import { localToIso } from './dates.js';

const statuses = ['received', 'rejected', 'duplicate', 'routed', 'delivered', 'partially-delivered', 'dead-lettered'];
const filters = ['status', 'event', 'sender', 'destination', 'nhsNumber', 'from', 'to'];

export async function renderMessages(view, { params, signal }) {
  const value = name => params.get(name) ?? '';
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter messages', onsubmit: apply },
    field({ name: 'status', label: 'Status', value: value('status'), options: [['', 'Any status'], ...statuses.map(s => [s, s])] }),
    field({ name: 'event', label: 'Event', value: value('event'), hint: 'e.g. ITK014M' }),
    field({ name: 'sender', label: 'Sender ODS code', value: value('sender'), autocapitalize: 'characters' }),
    field({ name: 'destination', label: 'Destination', value: value('destination'), hint: 'Destination id' }),
    field({ name: 'nhsNumber', label: 'NHS number', value: value('nhsNumber'), inputmode: 'numeric', autocomplete: 'off' }),
    field({ name: 'from', label: 'Received from', type: 'datetime-local', value: value('from'), step: 1 }),
    field({ name: 'to', label: 'Received to', type: 'datetime-local', value: value('to'), step: 1 }),
    el('div', { class: 'actions' },
      el('button', { type: 'submit' }, 'Apply filters'),
      el('a', { href: '#/messages', class: 'button-link secondary' }, 'Clear filters')));
  const results = el('div', { class: 'results' });
  view.append(pageHeading('Messages'), form, results);

  function apply(event) {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = href('/messages', Object.fromEntries(filters.map(name => [name, data.get(name)])));
  }

  announce('Loading messages…');
  const query = Object.fromEntries(filters.map(name => [name, value(name)]));
  query.from = localToIso(query.from);
  query.to = localToIso(query.to);
  const page = await api.get('api/messages', { ...query, continuationToken: value('continuationToken') }, signal);

  results.append(table(value('continuationToken') ? 'Messages, next page' : 'Messages, newest first', [
    { label: 'Received', value: m => time(m.receivedAt) },
    { label: 'Message', value: m => messageLink(m.id) },
    { label: 'Status', value: m => tag(m.status) },
    { label: 'Event', value: m => m.event },
    { label: 'Sender', value: m => m.senderOds },
    { label: 'Client', value: m => m.clientId },
    { label: 'Destinations', value: m => (m.destinations ?? []).join(', ') },
    { label: 'Replay of', value: m => (m.replayOf ? messageLink(m.replayOf) : '') },
  ], page.items, 'no message matches these filters.'));

  const current = Object.fromEntries(filters.map(name => [name, value(name)]));
  results.append(el('nav', { class: 'pager', 'aria-label': 'Pages' },
    value('continuationToken') ? el('a', { href: href('/messages', current) }, 'First page') : null,
    page.continuationToken ? el('a', { href: href('/messages', { ...current, continuationToken: page.continuationToken }) }, 'Next page') : null));
  announce(`${plural(page.items.length, 'message')} shown${page.continuationToken ? '; more on the next page' : ''}.`);
}
