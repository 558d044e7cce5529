// Stale contact details: generate, validate and list warn exactly when contacts_checked (or, when
// it is absent, the issue date) is more than 180 days before the run's date, naming the date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const caseText = (id: string, dates: string) => `---
id: ${id}
title: "Utopia: a case to check"
country: Utopia
${dates}deadline: 2025-12-31
languages: [en]
targets:
  - id: minister
    name: Minister of Justice
    email: minister@example.gov
---

## Letter

We ask you to release the person named in this case.
`;

const CASES: Record<string, string> = {
  'checked-old': caseText('checked-old', 'contacts_checked: 2025-01-01\nissued: 2025-06-01\n'),
  'checked-180': caseText('checked-180', 'contacts_checked: 2025-01-02\n'),
  'issued-old': caseText('issued-old', 'issued: 2024-11-20\n'),
  'undated': caseText('undated', ''),
};
const TODAY = ['--date', '2025-07-01'];
const WARNING = /the officials' contact details were last checked on 2025-01-01, 181 days ago/;
const ISSUED_WARNING = /the case was issued on 2024-11-20, 223 days ago, and does not say when the officials' contact details were checked/;

function setup(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'cases'));
  for (const [id, text] of Object.entries(CASES)) writeFileSync(join(dir, 'cases', `${id}.md`), text);
  return dir;
}

describe('stale contact details', () => {
  it('generate warns for contacts checked more than 180 days ago, or an old case that does not say, and for nothing else', async () => {
    const cwd = setup();
    const run = (id: string) => runCli(['generate', `cases/${id}.md`, '--name', 'Jo', ...TODAY, '--stdout', '--no-log'], { cwd });
    const [old, edge, issued, undated] = await Promise.all(['checked-old', 'checked-180', 'issued-old', 'undated'].map(run));
    expect(old!.code).toBe(0);
    expect(old!.stderr).toMatch(new RegExp(`cases/checked-old\\.md: ${WARNING.source}`));
    expect(issued!.stderr).toMatch(ISSUED_WARNING);
    for (const r of [edge!, undated!]) {
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain('contact details');
    }
  });

  it('validate warns the same (and still says OK), as text and as JSON', async () => {
    const cwd = setup();
    const files = Object.keys(CASES).map((id) => `cases/${id}.md`);
    const r = await runCli(['validate', ...files, ...TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`cases/checked-old\\.md contacts_checked: ${WARNING.source}`));
    expect(r.stderr).toMatch(ISSUED_WARNING);
    expect(r.stderr.match(/contact details/g)).toHaveLength(2);
    expect(r.stderr).toContain('cases/checked-old.md: OK, 1 warning');
    expect(r.stderr).toContain('cases/undated.md: OK\n');
    const json = await runCli(['validate', '--json', ...files, ...TODAY], { cwd });
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; warnings: Array<{ field: string | null; message: string }> });
    expect(rows.map((row) => row.warnings.length)).toEqual([1, 0, 1, 0]);
    expect(rows[0]!.warnings[0]).toMatchObject({ field: 'contacts_checked' });
  });

  it('list warns on stderr and marks the case in --json', async () => {
    const cwd = setup();
    const r = await runCli(['list', ...TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(WARNING);
    expect(r.stderr).toMatch(ISSUED_WARNING);
    expect(r.stderr.match(/contact details/g)).toHaveLength(2);
    const json = await runCli(['list', '--json', ...TODAY], { cwd });
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; staleContacts: boolean; contactsChecked: string | null });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.staleContacts]))).toEqual({ 'checked-old': true, 'checked-180': false, 'issued-old': true, undated: false });
    expect(rows.find((row) => row.id === 'checked-old')?.contactsChecked).toBe('2025-01-01');
  });
});
