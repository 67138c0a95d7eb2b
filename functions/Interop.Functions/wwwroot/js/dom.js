// Builds DOM nodes from data. Text always goes in as text nodes, never as HTML, so no value can inject markup.
let nextId = 0;

/** A unique id for labelling one element by another. */
export function uid(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** An element with attributes (on* keys become listeners) and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }

  node.append(...flatten(children));
  return node;
}

/** Replaces a node's children; unlike replaceChildren, leaves out null and flattens arrays as el does. */
export function fill(node, ...children) {
  node.replaceChildren(...flatten(children));
  return node;
}

function flatten(children) {
  return children.flat(Infinity).filter(child => child !== undefined && child !== null && child !== false)
    .map(child => (child instanceof Node ? child : String(child)));
}

/** A local date and time, with the exact instant in the datetime attribute. */
export function time(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = value => String(value).padStart(2, '0');
  const text = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return el('time', { datetime: iso }, text);
}

const knownTags = new Set(['received', 'rejected', 'duplicate', 'routed', 'delivered', 'partially-delivered', 'dead-lettered',
  'pending', 'retrying', 'ok', 'failed', 'retry', 'skipped', 'closed', 'open', 'half-open', 'isolated']);

/** A status word styled by its meaning; the word itself carries the meaning, the colour only repeats it. */
export function tag(value) {
  if (!value) return '';
  return el('span', { class: knownTags.has(value) ? `tag tag-${value}` : 'tag' }, value);
}

/** A link to a message's page. */
export function messageLink(id) {
  return el('a', { href: `#/messages/${encodeURIComponent(id)}`, class: 'mono' }, id);
}

export function number(value, suffix = '') {
  if (value === undefined || value === null) return '';
  return `${Math.round(value * 10) / 10}${suffix}`;
}

/** A description list of [term, value] pairs; pairs with an empty value are left out. */
export function details(pairs) {
  return el('dl', { class: 'summary' }, pairs
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));
}

/**
 * A data table with a caption, inside a scrollable region that keyboard users can reach.
 * columns: [{ label, value: row => node or text, numeric }]
 */
export function table(caption, columns, rows, empty = 'Nothing to show.') {
  if (rows.length === 0) return el('p', { class: 'empty' }, `${caption}: ${empty}`);
  const captionId = uid('caption');
  return el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 },
    el('table', {},
      el('caption', { id: captionId }, caption),
      el('thead', {}, el('tr', {}, columns.map(column => el('th', { scope: 'col', class: column.numeric ? 'numeric' : null }, column.label)))),
      el('tbody', {}, rows.map(row => el('tr', {}, columns.map(column => el('td', { class: column.numeric ? 'numeric' : null }, column.value(row) ?? '')))))));
}

/** A section headed by an h2, labelled by it. */
export function section(title, ...children) {
  const headingId = uid('heading');
  return el('section', { 'aria-labelledby': headingId }, el('h2', { id: headingId, tabindex: -1 }, title), ...children);
}

/** A labelled form field: text inputs, or a select when options are given. */
export function field({ name, label, value = '', type = 'text', options, hint, ...rest }) {
  const id = uid(`field-${name}`);
  const hintId = hint ? `${id}-hint` : null;
  const control = options
    ? el('select', { id, name, 'aria-describedby': hintId, ...rest }, options.map(([optionValue, text]) => el('option', { value: optionValue, selected: optionValue === value }, text)))
    : el('input', { id, name, type, value, 'aria-describedby': hintId, ...rest });
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, hint ? el('p', { id: hintId, class: 'hint' }, hint) : null);
}

/** A paragraph telling the operator that this host does not offer something yet. */
export function notAvailable(what) {
  return el('p', { class: 'notice' }, `${what}: not available on this host yet.`);
}

/** The view's h1, focusable so the router can move focus to it on navigation. */
export function pageHeading(text) {
  return el('h1', { tabindex: -1 }, text);
}

/** "1 message", "2 messages". */
export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
