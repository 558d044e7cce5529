export interface DraftScore { right: number; missed: number; wrong: number; invented: number; facts: number; details: string[] }
export function scoreDraft(caseText: string, expected: unknown): DraftScore;
export function total(scores: readonly DraftScore[]): Omit<DraftScore, 'details'>;
