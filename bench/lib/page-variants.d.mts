export function asHtml(text: string): string;
export function asSpaced(text: string): string;
