// The audit entries about one message: who revealed it or replayed it, and when.
import * as api from '../api.js';
import { el, notAvailable, section } from '../dom.js';
import { auditTable } from './audit-table.js';

/** Fills container with the message's audit entries, newest first. */
export async function renderMessageAudit(container, id, signal) {
  let content;
  try {
    const page = await api.get('api/audit', { messageId: id, limit: 50 }, signal);
    content = auditTable('Operator actions on this message, newest first', page.items);
  } catch (failure) {
    if (failure.name === 'AbortError') return;
    content = failure.notAvailable ? notAvailable('The audit log') : el('p', { class: 'error' }, `Loading the audit entries failed: ${failure.message}`);
  }

  container.replaceChildren(section('Audit', content));
}
