// Fitting a letter's body to its page. The steps are tried in order, each giving up a little more
// of the comfortable layout: first the space between blocks, then the type size (down to 9.5 pt,
// still easy to read), then the room left for the handwritten signature. The first step at which
// everything fits is used; when none does, the letter runs over at the last step (page 1 holds
// as much as it can), and the report says how many lines to cut for it to fit. The text is
// measured once (text-pieces.ts); each step only re-breaks it by arithmetic, and a size is broken
// once however many steps share it. Pure.
import { breakLines, type Line, type Piece } from './break-lines.js';
import { MM } from './layout.js';

export interface FitStep {
  /** Body type size, points. */
  size: number;
  /** Extra leading between lines, points. */
  lineGap: number;
  /** Space between paragraphs, in lines. */
  paragraphGap: number;
  /** Room for a handwritten signature above the printed name, points. */
  signatureRoom: number;
  /** How much closer to the foot of the page the body may run than the layout's margin, points. */
  footGain: number;
}

export const FIT_STEPS: readonly FitStep[] = [
  { size: 10.5, lineGap: 1.5, paragraphGap: 0.75, signatureRoom: 20 * MM, footGain: 0 },
  // Tighter gaps between lines and paragraphs, and the body down to 12 mm from the foot.
  { size: 10.5, lineGap: 1, paragraphGap: 0.5, signatureRoom: 20 * MM, footGain: 6 * MM },
  // Smaller type, step by step.
  { size: 10, lineGap: 1, paragraphGap: 0.5, signatureRoom: 20 * MM, footGain: 6 * MM },
  { size: 9.5, lineGap: 0.8, paragraphGap: 0.4, signatureRoom: 20 * MM, footGain: 6 * MM },
  // Less room to sign (15, then 12 mm: still enough for a signature).
  { size: 9.5, lineGap: 0.8, paragraphGap: 0.4, signatureRoom: 15 * MM, footGain: 6 * MM },
  { size: 9.5, lineGap: 0.5, paragraphGap: 0.3, signatureRoom: 12 * MM, footGain: 6 * MM },
];

/** The body in blocks: running paragraphs, then the closing and the name kept together. */
export interface BodyBlocks<P extends Piece = Piece> {
  paragraphs: readonly (readonly P[])[];
  closing: readonly P[] | undefined;
  signature: readonly P[] | undefined;
}

export interface FitSpace {
  /** Line width, points. */
  width: number;
  /** Height from the body's first line to the lowest a line may end on the first page, points. */
  height: number;
  /** Line height of the font at size 1 (ascender − descender + gap), without lineGap. */
  lineHeightAtOne: number;
}

export interface LetterPlan {
  step: FitStep;
  /** Index of the step in the list (0: the comfortable layout). */
  index: number;
  fits: boolean;
  /** Line advance and paragraph gap at this step, points. */
  advance: number;
  gap: number;
  paragraphs: Line[][];
  closing: Line[];
  signature: Line[];
  /** Height of the whole body at this step, points. */
  height: number;
  /** When it does not fit: how much is over at the tightest step, in points and body lines. */
  over?: { points: number; lines: number } | undefined;
}

/** Chooses the first step at which the body fits `space`. */
export function fitLetter(blocks: BodyBlocks, space: FitSpace, steps: readonly FitStep[] = FIT_STEPS): LetterPlan {
  const breaks = new Map<number, Broken>();
  const brokenAt = (size: number): Broken => {
    let broken = breaks.get(size);
    if (broken === undefined) {
      const width = space.width / size;
      broken = {
        paragraphs: blocks.paragraphs.map((p) => breakLines(p, width)),
        closing: blocks.closing ? breakLines(blocks.closing, width) : [],
        signature: blocks.signature ? breakLines(blocks.signature, width) : [],
      };
      breaks.set(size, broken);
    }
    return broken;
  };
  let last: LetterPlan | undefined;
  for (const [index, step] of steps.entries()) {
    const plan = planAt(step, index, brokenAt(step.size), blocks, space);
    if (plan.fits) return plan;
    last = plan;
  }
  if (last === undefined) throw new Error('fitLetter: no steps');
  const points = last.height - space.height - last.step.footGain;
  return { ...last, over: { points, lines: Math.max(1, Math.ceil(points / last.advance - 0.01)) } };
}

interface Broken {
  paragraphs: Line[][];
  closing: Line[];
  signature: Line[];
}

function planAt(step: FitStep, index: number, broken: Broken, blocks: BodyBlocks, space: FitSpace): LetterPlan {
  const advance = space.lineHeightAtOne * step.size + step.lineGap;
  const gap = step.paragraphGap * advance;
  const height = bodyHeight(broken, blocks, advance, gap, step.signatureRoom);
  return { step, index, fits: height <= space.height + step.footGain + 1e-6, advance, gap, ...broken, height };
}

/** Paragraphs with gaps between them, then (a gap,) the closing, the signature room and the name. */
export function bodyHeight(broken: Broken, blocks: BodyBlocks, advance: number, gap: number, signatureRoom: number): number {
  let height = 0;
  broken.paragraphs.forEach((lines, i) => {
    height += (i > 0 ? gap : 0) + lines.length * advance;
  });
  if (blocks.signature !== undefined) height += tailHeight(broken, blocks, advance, gap, signatureRoom);
  return height;
}

/** The closing, the room to sign and the name: the part that stays together. */
export function tailHeight(broken: Pick<Broken, 'closing' | 'signature'>, blocks: BodyBlocks, advance: number, gap: number, signatureRoom: number): number {
  const before = blocks.paragraphs.length > 0 ? gap : 0;
  return before + broken.closing.length * advance + signatureRoom + broken.signature.length * advance;
}
