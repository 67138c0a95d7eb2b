// Dead letters grouped by why they failed, where and what; each group replays in bulk after a dry run and a confirmation.
import * as api from '../api.js';
import { el, messageLink, notAvailable, pageHeading, plural, section, table, time } from '../dom.js';
import { href } from '../router.js';
import { announce, report } from '../status.js';
import { planTable } from './replay-plan.js';

export async function renderDeadLetters(view, { signal }) {
  const groups = el('div');
  const plan = el('div', { class: 'bulk-plan' });
  view.append(pageHeading('Dead letters'),
    el('p', {}, 'Deliveries that failed for good, grouped by the code they failed with, their destination and their event. '
      + 'Fix the cause, run a dry run for the group, then replay it.'),
    groups, plan);

  announce('Loading dead letters…');
  let summary;
  try {
    summary = await api.get('api/dead-letters', {}, signal);
  } catch (failure) {
    if (!failure.notAvailable) throw failure;
    groups.append(notAvailable('Grouping dead letters'),
      el('p', {}, el('a', { href: href('/messages', { status: 'dead-lettered' }) }, 'List the dead-lettered messages instead')));
    announce('');
    return;
  }

  groups.append(table(`Dead letters: ${summary.total} in ${plural(summary.groups.length, 'group')}, biggest first`, [
    { label: 'Reason', value: group => group.reason ?? 'unknown' },
    { label: 'Destination', value: group => group.destination },
    { label: 'Event', value: group => group.event },
    { label: 'Count', value: group => String(group.count), numeric: true },
    { label: 'First', value: group => time(group.firstAt) },
    { label: 'Last', value: group => time(group.lastAt) },
    { label: 'Newest messages', value: group => el('ul', { class: 'inline' }, group.messageIds.slice(0, 3).map(id => el('li', {}, messageLink(id)))) },
    { label: 'Action', value: group => el('button', { type: 'button', class: 'secondary', onclick: () => dryRun(group), 'aria-label': `Dry run ${describe(group)}` }, 'Dry run') },
  ], summary.groups, 'there are no dead letters.'));
  announce(`${plural(summary.groups.length, 'group')} of dead letters.`);

  async function dryRun(group) {
    announce(`Running a dry run for ${describe(group)}…`);
    const filter = { reason: group.reason, destination: group.destination, event: group.event };
    try {
      const plans = await api.post('api/dead-letters/replay', undefined, { ...filter, dryRun: true }, signal);
      showPlan(group, filter, plans);
    } catch (failure) {
      report(failure, 'The dry run');
    }
  }

  function showPlan(group, filter, plans) {
    const count = plans.length;
    const outcome = el('div', { class: 'outcome' });
    const confirm = el('div', { class: 'confirm', hidden: true },
      el('p', {}, `Replay ${plural(count, 'message')} now? Each becomes a new message and is delivered to the destinations listed above.`),
      el('button', { type: 'button', onclick: replay }, `Yes, replay ${plural(count, 'message')}`),
      el('button', { type: 'button', class: 'secondary', onclick: () => { confirm.hidden = true; start.focus(); } }, 'Cancel'));
    const start = el('button', { type: 'button', onclick: () => { confirm.hidden = false; confirm.querySelector('button').focus(); } },
      `Replay ${plural(count, 'message')}`);
    plan.replaceChildren(section(`Dry run for ${describe(group)}: nothing was sent`,
      planTable(`${plural(count, 'message')} would be replayed`, plans),
      count > 0 ? start : null, confirm, outcome));

    // Focus moves to the result's heading so it is read out and Tab continues to the replay button.
    plan.querySelector('h2').focus();
    announce(`Dry run done: ${plural(count, 'message')} would be replayed.`);

    async function replay() {
      confirm.hidden = true;
      start.disabled = true;
      announce(`Replaying ${plural(count, 'message')}…`);
      try {
        const replayed = await api.post('api/dead-letters/replay', undefined, { ...filter, dryRun: false }, signal);
        const made = replayed.filter(result => result.replayId);
        outcome.replaceChildren(el('p', {}, `Replayed ${made.length} of ${replayed.length} messages as new messages:`),
          el('ul', {}, made.map(result => el('li', {}, messageLink(result.replayId), ' (replay of ', messageLink(result.messageId), ')'))));
        announce(`Replayed ${made.length} messages.`);
      } catch (failure) {
        start.disabled = false;
        report(failure, 'The bulk replay');
      }
    }
  }
}

function describe(group) {
  return `${group.reason ?? 'unknown reason'} to ${group.destination} (${group.event ?? 'any event'})`;
}
