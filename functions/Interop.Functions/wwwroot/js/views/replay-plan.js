// How a replay plan reads: where each message would go and what the engine would build for each destination.
import { el, messageLink, table } from '../dom.js';

/** Why routing would refuse the message, or null when it would not. */
export function planIssue(plan) {
  if (!plan.issue) return null;
  return el('p', { class: 'notice' }, `Routing would refuse it: ${plan.issue.code} ${plan.issue.display ?? ''}`.trim());
}

/** One row per message and destination; the message column appears when there are several messages. */
export function planTable(caption, plans) {
  const rows = plans.flatMap(plan => (plan.destinations.length
    ? plan.destinations.map(target => ({ plan, target }))
    : [{ plan, target: null }]));
  const columns = [
    plans.length > 1 ? { label: 'Message', value: row => messageLink(row.plan.messageId) } : null,
    { label: 'Destination', value: row => row.target?.destinationId ?? 'none' },
    { label: 'URL', value: row => row.target?.url },
    { label: 'Why', value: row => row.target?.reason ?? row.plan.issue?.code },
    { label: 'Mapping', value: row => row.target?.mapping },
    { label: 'Would send', value: row => wouldSend(row.target?.output) },
  ].filter(Boolean);
  return table(caption, columns, rows, 'nothing to replay.');
}

function wouldSend(output) {
  if (!output) return '';
  if (output.failureCode) return `cannot be built: ${output.failureCode}`;
  return `${output.contentType}, ${output.bytes} bytes`;
}
