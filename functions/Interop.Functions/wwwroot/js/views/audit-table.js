// The audit log as a table, shared by the audit view and a message's page.
import { messageLink, table, time } from '../dom.js';

export function auditTable(caption, entries) {
  return table(caption, [
    { label: 'Time', value: entry => time(entry.at) },
    { label: 'Operator', value: entry => entry.actor },
    { label: 'Action', value: entry => entry.action },
    { label: 'Message', value: entry => (entry.messageId ? messageLink(entry.messageId) : '') },
    { label: 'Detail', value: entry => entry.detail },
  ], entries, 'no entries.');
}
