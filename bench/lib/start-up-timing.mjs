// Timing of short commands against a bare `node -e ''`, shared by bench/startup.mjs and
// bench/import.mjs. Runs are interleaved (baseline, command, baseline, …) so machine noise hits
// all alike. Each run is timed by the wall clock and, where /usr/bin/time is there, by its CPU time
// (user + system): on a loaded machine wall-clock medians swing by a third between two runs of a
// bench, the CPU a command takes much less.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall-clock ms, and CPU ms when /usr/bin/time can tell it. */
function timeOnce([cmd, args], env) {
  const start = process.hrtime.bigint();
  const r = timeCommand
    ? spawnSync(timeCommand, ['-f', 'cpu %U %S', cmd, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const times = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: times ? (Number(times[1]) + Number(times[2])) * 1000 : undefined };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// CPU times come in 10 ms steps: their mean over many runs says more than their median.
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Runs every command `runs` times, interleaved, after one warm-up round (file-system cache).
 * Returns per command its median wall ms and mean CPU ms (undefined without /usr/bin/time).
 */
export function timeCommands(commands, runs, env) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const c of Object.values(commands)) timeOnce(c, env);
  for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(commands)) samples[k].push(timeOnce(c, env));
  return Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, {
    wall: median(s.map((x) => x.wall)),
    cpu: s.every((x) => x.cpu !== undefined) ? mean(s.map((x) => x.cpu)) : undefined,
  }]));
}
