// An open letter's headline may hold both the one it is addressed to and the one it is copied to:
//   Carta Aberta ao Coordenador Nacional do Programa Exemplo, Sr. João Exemplo, Com cópia para a
//   Secretária Nacional de Exemplos, Ministra Maria Exemplo
// "Com cópia para", "con copia a", "avec copie à", "with a copy to", "cc" inside a line part the
// copy off: what follows is a recipient of copies, never more of the addressee's office or name.
// The headline's own words ("Carta Aberta ao", "Open letter to") are no part of his office.
import type { BlockLine } from './official-block.js';

/** ", com cópia para a", "; with a copy to the", " cc ": the phrase inside a line, with the article after it. */
const COPY_INSIDE =
  /[,;]?\s+(?:com\s+c[óo]pia\s+(?:para|a|ao|à)|con\s+copia\s+(?:a|al|para)|avec\s+(?:une\s+)?copie\s+(?:à|a|au|aux)|with\s+(?:a\s+)?cop(?:y|ies)\s+to|mit\s+(?:einer\s+)?Kopie\s+an|cc\s?:?|c\.c\.\s?:?)\s+(?:(?:the|a|o|as|os|la|le|les|l['’]|el|los|las|den|die|das)\s+)?(?=\p{Lu})/iu;
/** "Carta Aberta ao", "Open letter to the", "Lettre ouverte au": an open letter's headline before its addressee. */
const OPEN_LETTER = /^(?:carta\s+aberta|carta\s+abierta|open\s+letter|lettre\s+ouverte|offener\s+brief|lettera\s+aperta)\s+(?:ao|à|a|aos|às|to(?:\s+the)?|au|aux|à\s+la|à\s+l['’]|an(?:\s+den|\s+die)?|al|a\s+la|alla|all['’]|allo|ai)\s+(?=\p{Lu})/iu;

export interface InlineCopy {
  /** The block with the copy cut off its line (and the headline's words off the addressee). */
  own: BlockLine[];
  /** The copy's part of the line, as a block of its own. */
  copy: BlockLine[];
}

/** Where a copy phrase inside the line starts and its copy's words start, or undefined. */
export function inlineCopyAt(text: string): { index: number; end: number } | undefined {
  // Cheap first: the phrase needs a word of copying in the line.
  if (text.length > 600 || !/c[óo]pi|cop(?:y|ies)|kopie|\bcc\b|c\.c\./iu.test(text)) return undefined;
  const m = COPY_INSIDE.exec(text);
  // At the line's start the phrase is a copies label, read by the copy readers.
  return m && m.index > 0 ? { index: m.index, end: m.index + m[0].length } : undefined;
}

/** The block parted at a copy phrase inside one of its lines, or undefined when none holds one. */
export function splitInlineCopy(lines: readonly BlockLine[]): InlineCopy | undefined {
  for (const [i, line] of lines.entries()) {
    const at = line.address ? undefined : inlineCopyAt(line.text);
    if (!at) continue;
    const before = line.text.slice(0, at.index).replace(OPEN_LETTER, '').trim();
    const after = line.text.slice(at.end).trim();
    // A sentence is no addressee's line ("Mr Doe was arrested, cc …"); "Sr.", "Dr." end no sentence.
    if (before === '' || after === '' || /[.!?]\s/u.test(before.replace(/(?<!\p{L})\p{L}{1,3}\./gu, ''))) continue;
    return {
      own: [...lines.slice(0, i), { ...line, text: before }, ...lines.slice(i + 1)],
      copy: [{ n: line.n, text: after, address: false }],
    };
  }
  return undefined;
}
