// Hash routes: #/path?query. The hash keeps the console's state in the address, so views can be bookmarked and shared.
const routes = [];

/** Registers a view for a path pattern; the pattern's first group, if any, is passed as the id. */
export function route(pattern, title, render) {
  routes.push({ pattern, title, render });
}

/** The view for the current address, its id and its query parameters; null when nothing matches. */
export function resolve() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/messages';
  const [path, query = ''] = hash.split(/\?(.*)/s, 2);
  for (const candidate of routes) {
    const match = candidate.pattern.exec(path);
    if (match) {
      return { ...candidate, path, id: match[1] && decodeURIComponent(match[1]), params: new URLSearchParams(query) };
    }
  }

  return null;
}

/** The address of a view with the given query parameters (empty ones left out). */
export function href(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  }

  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

export function onNavigate(handler) {
  window.addEventListener('hashchange', () => {
    // In-page anchors such as the skip link are not routes.
    if (location.hash.startsWith('#/') || location.hash === '') handler();
  });
}
