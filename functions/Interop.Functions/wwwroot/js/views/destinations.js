// Destinations' health over a window: circuit breaker, success rate, latency, backlog; and the queues' depth.
import * as api from '../api.js';
import { el, field, notAvailable, number, pageHeading, section, table, tag } from '../dom.js';
import { href } from '../router.js';
import { announce } from '../status.js';

const windows = [['PT1H', 'Last hour'], ['PT24H', 'Last 24 hours'], ['PT168H', 'Last 7 days']];

export async function renderDestinations(view, { params, signal }) {
  const span = params.get('window') ?? 'PT24H';
  const form = el('form', { class: 'filters', onsubmit: event => { event.preventDefault(); location.hash = href('/destinations', { window: new FormData(form).get('window') }); } },
    field({ name: 'window', label: 'Counts over', value: span, options: windows }),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Show')));
  const content = el('div');
  view.append(pageHeading('Destinations'), form, content);

  announce('Loading destinations…');
  let health;
  try {
    health = await api.get('api/destinations', { window: span }, signal);
  } catch (failure) {
    if (!failure.notAvailable) throw failure;
    content.append(notAvailable('Destination health'));
    announce('');
    return;
  }

  content.append(
    section('Destinations', table('Each destination over the window', [
      { label: 'Destination', value: d => d.id },
      { label: 'Kind', value: d => d.kind },
      { label: 'Circuit', value: d => tag(d.circuit) },
      { label: 'Success rate', value: d => (d.successRate === undefined ? 'no attempts' : `${number(d.successRate * 100)}%`), numeric: true },
      { label: 'Latency p50', value: d => number(d.latencyP50Ms, ' ms'), numeric: true },
      { label: 'Latency p95', value: d => number(d.latencyP95Ms, ' ms'), numeric: true },
      { label: 'Pending', value: d => String(d.pending), numeric: true },
      { label: 'Delivered', value: d => String(d.delivered), numeric: true },
      { label: 'Dead-lettered', value: d => String(d.deadLettered), numeric: true },
      { label: 'Attempts (failed)', value: d => `${d.attempts} (${d.failedAttempts})`, numeric: true },
      { label: 'FHIR', value: d => `${d.fhirVersion} ${d.format}` },
      { label: 'URL', value: d => el('span', { class: 'url' }, d.url) },
    ], health.items, 'no destinations are configured.')),
    section('Queues', table('Queue depth now', [
      { label: 'Queue', value: q => q.queue },
      { label: 'Depth', value: q => String(q.depth), numeric: true },
      { label: 'Oldest waiting', value: q => (q.oldestAgeSeconds === undefined ? '' : `${number(q.oldestAgeSeconds)} s`), numeric: true },
    ], health.queues, 'no queues.')));
  announce(`${health.items.length} destinations.`);
}
