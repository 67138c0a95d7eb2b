// Throughput and failures over time, from /api/stats; every chart has the same numbers as a table.
import * as api from '../api.js';
import { el, field, notAvailable, pageHeading, section, table, time } from '../dom.js';
import { href } from '../router.js';
import { announce } from '../status.js';
import { lineChart } from './svg-chart.js';

const hour = 3600 * 1000;
const ranges = {
  hour: { text: 'Last hour', span: hour, bucket: 'minute' },
  day: { text: 'Last 24 hours', span: 24 * hour, bucket: 'hour' },
  week: { text: 'Last 7 days', span: 7 * 24 * hour, bucket: 'hour' },
};

export async function renderCharts(view, { params, signal }) {
  const chosen = ranges[params.get('range')] ? params.get('range') : 'day';
  const range = ranges[chosen];
  const form = el('form', { class: 'filters', onsubmit: event => { event.preventDefault(); location.hash = href('/charts', { range: new FormData(form).get('range') }); } },
    field({ name: 'range', label: 'Time range', value: chosen, options: Object.entries(ranges).map(([key, r]) => [key, `${r.text}, by ${r.bucket}`]) }),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Show')));
  const content = el('div');
  view.append(pageHeading('Charts'), form, content);

  announce('Loading statistics…');
  const to = new Date();
  let stats;
  try {
    stats = await api.get('api/stats', { from: new Date(to.getTime() - range.span).toISOString(), to: to.toISOString(), bucket: range.bucket }, signal);
  } catch (failure) {
    if (!failure.notAvailable) throw failure;
    content.append(notAvailable('Statistics over time'));
    announce('');
    return;
  }

  const points = stats.series;
  const label = point => bucketLabel(point.start, stats.bucket);
  const sum = key => points.reduce((total, point) => total + (point[key] ?? 0), 0);
  content.append(
    section('Throughput', lineChart('Messages received and delivered',
      `${sum('received')} received and ${sum('delivered')} delivered, ${range.text.toLowerCase()}. The table below has every bucket.`,
      points, [{ key: 'received', label: 'Received', className: 'received' }, { key: 'delivered', label: 'Delivered', className: 'delivered' }], label)),
    section('Failures', lineChart('Messages rejected and dead-lettered',
      `${sum('rejected')} rejected and ${sum('deadLettered')} dead-lettered, ${range.text.toLowerCase()}. The table below has every bucket.`,
      points, [{ key: 'rejected', label: 'Rejected', className: 'rejected' }, { key: 'deadLettered', label: 'Dead-lettered', className: 'dead-lettered' }], label)),
    el('details', { class: 'chart-table' },
      el('summary', {}, 'Show the numbers as a table'),
      table(`Messages per ${stats.bucket}, ${range.text.toLowerCase()}`, [
        { label: 'From', value: p => time(p.start) },
        { label: 'Received', value: p => String(p.received), numeric: true },
        { label: 'Delivered', value: p => String(p.delivered), numeric: true },
        { label: 'Rejected', value: p => String(p.rejected), numeric: true },
        { label: 'Dead-lettered', value: p => String(p.deadLettered), numeric: true },
      ], points)));
  announce('Charts loaded.');
}

function bucketLabel(iso, bucket) {
  const date = new Date(iso);
  const pad = value => String(value).padStart(2, '0');
  const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return bucket === 'minute' ? clock : `${pad(date.getDate())}/${pad(date.getMonth() + 1)} ${clock}`;
}
