// Alerts the host has raised: those still active, and those recently resolved.
import * as api from '../api.js';
import { notAvailable, number, pageHeading, plural, section, table, time } from '../dom.js';
import { announce } from '../status.js';

export async function renderAlerts(view, { signal }) {
  view.append(pageHeading('Alerts'));
  announce('Loading alerts…');
  let alerts;
  try {
    alerts = await api.get('api/alerts', {}, signal);
  } catch (failure) {
    if (!failure.notAvailable) throw failure;
    view.append(notAvailable('Alerting'));
    announce('');
    return;
  }

  const columns = [
    { label: 'Since', value: a => time(a.since) },
    { label: 'Rule', value: a => a.rule },
    { label: 'Kind', value: a => a.kind },
    { label: 'Summary', value: a => a.summary },
    { label: 'Value', value: a => number(a.value), numeric: true },
    { label: 'Threshold', value: a => number(a.threshold), numeric: true },
  ];
  view.append(
    section('Active', table('Active alerts, oldest first', columns, alerts.active, 'no alert is active.')),
    section('Recently resolved', table('Resolved alerts', [...columns, { label: 'Resolved', value: a => time(a.resolvedAt) }], alerts.recent, 'none.')));
  announce(`${plural(alerts.active.length, 'active alert')}.`);
}
