// The page's two live regions: progress for screen readers (polite) and errors (assertive).
const status = () => document.getElementById('status');
const error = () => document.getElementById('error');

export function announce(text) {
  status().textContent = text;
}

export function showError(text) {
  error().textContent = text;
}

export function clearMessages() {
  status().textContent = '';
  error().textContent = '';
}

/**
 * Shows a failed API call as an error, unless it was abandoned because the operator navigated away, or the token was
 * refused: then the sign-in form already says why.
 */
export function report(failure, what) {
  if (failure.name === 'AbortError' || failure.status === 401 || failure.status === 403) return;
  announce('');
  showError(`${what} failed: ${failure.message}`);
}
