// The action pages of --format html (issue 17): for each case and signer one self-contained web
// page with every action on it. One signer: `<case>/index.html`; a batch: `<case>/<signer>/index.html`
// per signer and `<case>/index.html` listing them (names in layout.ts). Pages are published as
// every other file is (atomic-write.ts: never half-written, never overwritten without --force).
import { resolve } from 'node:path';
import type { Case } from '../case/types.js';
import type { Channel, RenderedDocument } from '../channels/types.js';
import type { TemplateSet } from '../render/template-set.js';
import { isPublished, removeTempFilesInFlight, writeFileAtomic, type PublishStatus } from './atomic-write.js';
import { renderActionPage, renderCaseIndex } from './html/action-page.js';
import { documentRecord } from './json-lines.js';
import { actionPagePath, caseIndexPath, resolveInside } from './layout.js';
import { PublishedTally } from './published.js';
import type { Sink, SinkOptions, SinkOutput } from './sink.js';

/** What a page is made from besides the documents. */
export interface PageSources {
  /** The run's cases, by id. */
  cases: ReadonlyMap<string, Case>;
  templates: TemplateSet;
  /**
   * Documents come signer by signer (every document of one signer, then the next's): a page is
   * written as soon as its signer is done. Otherwise (officials outermost, for a combined PDF) the
   * pages of a case are written when the case is done.
   */
  bySigner: boolean;
  /** Hand each document's record on (--json) with its page as its file: no other sink does. */
  records: boolean;
}

interface Group {
  caseId: string;
  signerDir: string | undefined;
  docs: RenderedDocument[];
}

interface IndexEntry {
  name: string;
  href: string;
  what: string;
}

export function htmlSink(options: SinkOptions, sources: PageSources, output: SinkOutput): Sink {
  const outDir = resolve(options.cwd, options.outDir);
  const groups = new Map<string, Group>();
  const indexes = new Map<string, IndexEntry[]>();
  const totals = { written: 0, skipped: 0 };

  const publish = async (relative: string, html: string): Promise<{ path: string; bytes: number; status: 'written' | 'skipped'; outcome: PublishStatus }> => {
    const shown = `${options.outDir}/${relative}`;
    const status = await writeFileAtomic(resolveInside(outDir, relative), html, { force: options.force, displayPath: shown });
    if (isPublished(status)) totals.written++;
    else totals.skipped++;
    return { path: shown, bytes: Buffer.byteLength(html), status: isPublished(status) ? 'written' : 'skipped', outcome: status };
  };
  // Documents by what became of the page that holds them (the action log's counts when the pages
  // are the only files: beside text files or PDFs, those count).
  const published = new PublishedTally();

  const writePage = async (group: Group): Promise<void> => {
    const c = sources.cases.get(group.caseId);
    const first = group.docs[0];
    if (!c || !first) return;
    const signer = first.signer;
    const html = renderActionPage({
      case: c,
      signer,
      documents: group.docs,
      today: options.today,
      paper: signer.paper ?? options.paper ?? options.defaultPaper,
      window: options.window,
      templates: sources.templates,
    });
    const { outcome, ...file } = await publish(actionPagePath(group.caseId, group.signerDir), html);
    const counted = outcome === 'written' ? 'created' : outcome === 'replaced' ? 'replaced' : 'kept';
    for (const doc of group.docs) published.add(published.tag(doc.caseId, doc.targetId, doc.channel), counted);
    if (sources.records) for (const doc of group.docs) output.onRecord?.(documentRecord(doc, [file]));
    if (group.signerDir !== undefined) {
      const list = indexes.get(group.caseId) ?? [];
      list.push({ name: signer.name, href: `${encodeURIComponent(group.signerDir)}/index.html`, what: contents(group.docs) });
      indexes.set(group.caseId, list);
    }
  };

  /** Writes the pages of every signer not in `keep` (all of them when undefined). */
  const flush = async (keep?: (g: Group) => boolean): Promise<void> => {
    for (const [key, group] of groups) {
      if (keep?.(group)) continue;
      groups.delete(key);
      await writePage(group);
    }
  };

  return {
    async add(doc, signerDir) {
      const key = `${doc.caseId}\u0000${signerDir ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        // A new signer: the previous one is done when documents come signer by signer, and every
        // signer of a previous case is done in any order.
        await flush(sources.bySigner ? undefined : (g) => g.caseId === doc.caseId);
        group = { caseId: doc.caseId, signerDir, docs: [] };
        groups.set(key, group);
      }
      group.docs.push(doc);
    },
    async close() {
      await flush();
      for (const [caseId, pages] of indexes) {
        const c = sources.cases.get(caseId);
        if (c) await publish(caseIndexPath(caseId), renderCaseIndex({ case: c, today: options.today, templates: sources.templates, pages }));
      }
      indexes.clear();
      return { written: totals.written, skipped: totals.skipped, pages: 0, notes: [], writerThreads: 0 };
    },
    async abort() {
      // Pages not yet written are dropped: a rerun writes them (published ones are complete).
      groups.clear();
      indexes.clear();
      await removeTempFilesInFlight();
    },
    published: () => published.counts(),
  };
}

const NAMES: Record<Channel, [string, string]> = { letter: ['letter', 'letters'], fax: ['fax', 'faxes'], email: ['email', 'emails'], tweet: ['post', 'posts'], call: ['call script', 'call scripts'] };

/** "2 letters, 2 emails, 1 post": what a signer's page holds, for the case index. */
function contents(docs: readonly RenderedDocument[]): string {
  const counts = new Map<Channel, number>();
  for (const d of docs) counts.set(d.channel, (counts.get(d.channel) ?? 0) + 1);
  return [...counts].map(([ch, n]) => `${n} ${NAMES[ch][n === 1 ? 0 : 1]}`).join(', ');
}
