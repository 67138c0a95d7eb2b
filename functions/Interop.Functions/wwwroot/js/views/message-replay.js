// Replaying one message: a dry run shows where it would go and what would be sent; only then can it be replayed.
import * as api from '../api.js';
import { el, fill, messageLink, plural, section } from '../dom.js';
import { announce, report } from '../status.js';
import { planIssue, planTable } from './replay-plan.js';

/** The replay section of a message's page; replayed is called after a replay, whose audit entry is then new. */
export function renderReplay(id, signal, replayed) {
  const path = `api/messages/${encodeURIComponent(id)}/replay`;
  const result = el('div', { class: 'replay-result' });
  const dryRunButton = el('button', { type: 'button', class: 'secondary', onclick: dryRun }, 'Dry run replay');
  const container = section('Replay',
    el('p', {}, 'A replay sends the message through routing and delivery again, as a new message. '
      + 'Run a dry run first: it shows where the message would go today and what would be sent, and sends nothing.'),
    dryRunButton,
    result);
  return container;

  async function dryRun() {
    dryRunButton.disabled = true;
    announce('Running a dry run…');
    try {
      const plan = await api.post(path, { dryRun: true }, undefined, signal);
      showPlan(plan);
    } catch (failure) {
      report(failure, 'The dry run');
    } finally {
      dryRunButton.disabled = false;
    }
  }

  function showPlan(plan) {
    const heading = el('h3', { tabindex: -1 }, 'Dry run: nothing was sent');
    const replayButton = el('button', { type: 'button', onclick: () => replay(replayButton, outcome) }, 'Replay');
    const outcome = el('p', { class: 'outcome' });
    fill(result,
      heading,
      planIssue(plan),
      planTable('Where the replay would go', [plan]),
      plan.destinations.filter(target => target.output?.body).map(target => el('details', {},
        el('summary', {}, `What would be sent to ${target.destinationId}`),
        el('pre', { class: 'payload', tabindex: 0 }, target.output.body))),
      el('p', {}, 'Replaying creates a new message and delivers it to the destinations above.'),
      replayButton,
      outcome);
    heading.focus();
    announce(`Dry run done: ${plural(plan.destinations.length, 'destination')}.`);
  }

  async function replay(button, outcome) {
    button.disabled = true;
    announce('Replaying…');
    try {
      const plan = await api.post(path, { dryRun: false }, undefined, signal);
      if (!plan.replayId) {
        outcome.replaceChildren(planIssue(plan) ?? 'The host did not replay the message.');
        announce('Not replayed.');
        return;
      }

      outcome.replaceChildren('Replayed as a new message: ', messageLink(plan.replayId), '.');
      announce('Replayed: the new message is linked below the Replay button.');
      replayed();
    } catch (failure) {
      button.disabled = false;
      report(failure, 'The replay');
    }
  }
}
