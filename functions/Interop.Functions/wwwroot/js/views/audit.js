// The audit log: every reveal of patient details, replay and bulk replay, newest first.
import * as api from '../api.js';
import { el, field, notAvailable, pageHeading } from '../dom.js';
import { href } from '../router.js';
import { announce } from '../status.js';
import { auditTable } from './audit-table.js';
import { localToIso } from './dates.js';

const filters = ['actor', 'action', 'messageId', 'from', 'to'];
const actions = [['', 'Any action'], ['reveal', 'reveal'], ['replay', 'replay'], ['bulk-replay', 'bulk-replay']];

export async function renderAudit(view, { params, signal }) {
  const value = name => params.get(name) ?? '';
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the audit log', onsubmit: apply },
    field({ name: 'actor', label: 'Operator', value: value('actor'), hint: 'Client id' }),
    field({ name: 'action', label: 'Action', value: value('action'), options: actions }),
    field({ name: 'messageId', label: 'Message id', value: value('messageId') }),
    field({ name: 'from', label: 'From', type: 'datetime-local', value: value('from'), step: 1 }),
    field({ name: 'to', label: 'To', type: 'datetime-local', value: value('to'), step: 1 }),
    el('div', { class: 'actions' },
      el('button', { type: 'submit' }, 'Apply filters'),
      el('a', { href: '#/audit', class: 'button-link secondary' }, 'Clear filters')));
  const results = el('div');
  view.append(pageHeading('Audit log'), form, results);

  function apply(event) {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = href('/audit', Object.fromEntries(filters.map(name => [name, data.get(name)])));
  }

  announce('Loading the audit log…');
  const current = Object.fromEntries(filters.map(name => [name, value(name)]));
  let page;
  try {
    page = await api.get('api/audit', { ...current, from: localToIso(current.from), to: localToIso(current.to), continuationToken: value('continuationToken') }, signal);
  } catch (failure) {
    if (!failure.notAvailable) throw failure;
    results.append(notAvailable('The audit log'));
    announce('');
    return;
  }

  results.append(auditTable('Operator actions, newest first', page.items),
    el('nav', { class: 'pager', 'aria-label': 'Pages' },
      value('continuationToken') ? el('a', { href: href('/audit', current) }, 'First page') : null,
      page.continuationToken ? el('a', { href: href('/audit', { ...current, continuationToken: page.continuationToken }) }, 'Next page') : null));
  announce(`${page.items.length} entries shown.`);
}
