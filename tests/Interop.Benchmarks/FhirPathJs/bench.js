'use strict';
// fhirpath.js's side of scripts/bench-fhirpath.sh: evaluates the cases of the bench folder (cases.json, written by
// `dotnet run -- fhirpath-export` in tests/Interop.Benchmarks) with HL7's engine, each expression compiled once.
// Writes js-errors.json (cases it throws on, which neither side measures) and js-results.json (evaluations/s per set).
const fs = require('fs');
const path = require('path');
const fhirpath = require('fhirpath');

const models = {
  r4: require('fhirpath/fhir-context/r4'),
  stu3: require('fhirpath/fhir-context/stu3'),
};
// trace() would print to the console inside the timed loop; the C# side traces nothing either.
const COMPILE_OPTIONS = { traceFn: () => {} };
const WARM_UP_SECONDS = 3;
const ROUND_SECONDS = 2;
const ROUNDS = 5;

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node bench.js BENCH_FOLDER');
  process.exit(2);
}

const cases = JSON.parse(fs.readFileSync(path.join(folder, 'cases.json'), 'utf8'));
const inputs = new Map();

// No input is the empty collection, as Evaluate(null) is on the C# side.
function input(relativePath) {
  if (relativePath === null) {
    return [];
  }
  if (!inputs.has(relativePath)) {
    inputs.set(relativePath, JSON.parse(fs.readFileSync(path.join(folder, relativePath), 'utf8')));
  }
  return inputs.get(relativePath);
}

const errors = [];
const runnable = [];
for (const c of cases) {
  try {
    const evaluate = fhirpath.compile(c.expression, models[c.model], COMPILE_OPTIONS);
    const resource = input(c.input);
    // fhirpath.js needs %resource supplied; the C# engine takes it to be the input when none is given.
    const environment = { resource, rootResource: resource };
    evaluate(resource, environment);
    runnable.push({ set: c.set, evaluate, resource, environment });
  } catch (e) {
    errors.push({ set: c.set, id: c.id, message: String(e && e.message).split('\n')[0] });
  }
}
fs.writeFileSync(path.join(folder, 'js-errors.json'), JSON.stringify(errors, null, 2));

function evaluateAll(list) {
  let items = 0;
  for (const r of list) {
    items += r.evaluate(r.resource, r.environment).length;
  }
  return items;
}

// Evaluations per second over whole passes of the set, for at least `seconds`.
function measure(list, seconds) {
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let evaluations = 0;
  let now;
  do {
    evaluateAll(list);
    evaluations += list.length;
    now = process.hrtime.bigint();
  } while (now < end);
  return evaluations / (Number(now - start) / 1e9);
}

const results = [];
for (const set of ['suite', 'routing']) {
  const list = runnable.filter(r => r.set === set);
  const excluded = errors.filter(e => e.set === set).length;
  if (list.length === 0) {
    console.log(`fhirpath.js ${fhirpath.version} ${set}: no cases`);
    continue;
  }
  measure(list, WARM_UP_SECONDS);
  const rounds = Array.from({ length: ROUNDS }, () => measure(list, ROUND_SECONDS)).sort((a, b) => a - b);
  const median = rounds[Math.floor(ROUNDS / 2)];
  results.push({ set, cases: list.length, evaluationsPerSecond: median });
  console.log(`fhirpath.js ${fhirpath.version} ${set}: ${list.length} cases (${excluded} it cannot evaluate left out), ` +
    `${Math.round(median).toLocaleString('en')} evaluations/s (median of ${ROUNDS} rounds of ${ROUND_SECONDS} s)`);
}
fs.writeFileSync(path.join(folder, 'js-results.json'), JSON.stringify(results, null, 2));
