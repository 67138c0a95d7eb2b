// The operator API client: every call carries the signed-in operator's bearer token.
const TOKEN_KEY = 'interop.operatorToken';

/** An API call that did not succeed; notAvailable marks an endpoint this host does not have yet. */
export class ApiError extends Error {
  constructor(status, title, notAvailable) {
    super(title);
    this.status = status;
    this.notAvailable = notAvailable;
  }
}

let onRefused = () => {};

/** Called with the status when the host refuses the token (401 or 403) during use. */
export function onTokenRefused(handler) {
  onRefused = handler;
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Asks the host whether a token is an operator's; answers the HTTP status (0 when the host cannot be reached). */
export async function checkToken(value) {
  try {
    const response = await fetch(url('api/messages', { limit: 1 }), { headers: headers(value) });
    return response.status;
  } catch {
    return 0;
  }
}

export function get(path, query, signal) {
  return call('GET', path, query, undefined, signal);
}

export function post(path, query, body, signal) {
  return call('POST', path, query, body, signal);
}

async function call(method, path, query, body, signal) {
  const init = { method, headers: headers(token()), signal };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }

  let response;
  try {
    response = await fetch(url(path, query), init);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'The host could not be reached.', false);
  }

  if (response.status === 401 || response.status === 403) {
    onRefused(response.status);
    throw new ApiError(response.status, 'The host refused the token.', false);
  }

  if (!response.ok) {
    throw await failure(response);
  }

  return response.status === 204 ? null : response.json();
}

// Endpoints answer a missing record with a problem document; a path the host does not map at all gets the host's
// generic 404, which is how the console tells "not available on this host yet" from "no such record".
async function failure(response) {
  const type = response.headers.get('Content-Type') ?? '';
  let title = `The host answered ${response.status}.`;
  if (type.includes('problem+json')) {
    const problem = await response.json();
    title = problem.title ?? title;
  }

  return new ApiError(response.status, title, response.status === 404 && !type.includes('problem+json'));
}

function headers(value) {
  const result = { Accept: 'application/json' };
  if (value) result.Authorization = `Bearer ${value}`;
  return result;
}

function url(path, query) {
  const result = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') result.searchParams.set(name, value);
  }

  return result;
}
