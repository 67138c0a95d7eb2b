// A small line chart drawn as inline SVG; the caller always offers the same numbers as a table.
import { el, uid } from '../dom.js';

const width = 640;
const height = 220;
const margin = { top: 12, right: 16, bottom: 30, left: 48 };
const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** lines: [{ key, label, className }]; label(point) names a bucket on the x axis. */
export function lineChart(title, description, points, lines, label) {
  const titleId = uid('chart-title');
  const descriptionId = uid('chart-description');
  const top = niceMaximum(Math.max(1, ...points.flatMap(point => lines.map(line => point[line.key] ?? 0))));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = index => margin.left + (points.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = value => margin.top + plotHeight - (value * plotHeight) / top;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${titleId} ${descriptionId}`, class: 'chart' });
  chart.append(svg('title', { id: titleId }, title), svg('desc', { id: descriptionId }, description));
  for (const tick of [0, top / 2, top]) {
    chart.append(
      svg('line', { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis' }, String(tick)));
  }

  const labelled = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])].filter(index => index >= 0);
  for (const index of labelled) {
    const anchor = index === 0 ? 'start' : index === points.length - 1 ? 'end' : 'middle';
    chart.append(svg('text', { x: x(index), y: height - 8, 'text-anchor': anchor, class: 'axis' }, label(points[index])));
  }

  for (const line of lines) {
    const path = points.map((point, index) => `${x(index).toFixed(1)},${y(point[line.key] ?? 0).toFixed(1)}`).join(' ');
    chart.append(svg('polyline', { points: path, class: `series ${line.className}` }));
  }

  const legend = el('ul', { class: 'legend' }, lines.map(line => el('li', {}, el('span', { class: `swatch ${line.className}`, 'aria-hidden': 'true' }), line.label)));
  return el('figure', { class: 'chart-figure' }, chart, legend);
}

// Rounds the axis maximum up to 1, 2 or 5 times a power of ten, so the ticks read as round numbers.
function niceMaximum(value) {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find(candidate => candidate * power >= value);
  return step * power;
}
