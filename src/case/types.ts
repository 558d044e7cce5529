/** The typed model of a case file (format version 1, see docs/case-format.md). */

/** A calendar date as written in the case, `YYYY-MM-DD`; never a JS Date (no time-zone shifts). */
export type PlainDate = string;

/** ISO 639-1 language code, lower case (`en`, `es`). */
export type LangCode = string;

/** A string for every language, or one per language code. */
export type Localized = string | Readonly<Record<LangCode, string>>;

export interface Subject {
  name: string;
  pronouns?: string | undefined;
}

export interface Target {
  /** Slug, unique within the case. */
  id: string;
  name: string;
  honorific?: Localized | undefined;
  title?: Localized | undefined;
  organisation?: string | undefined;
  salutation?: Localized | undefined;
  /** Postal address lines, the country last when the case gives it. Empty: no letter. */
  address: string[];
  /** Zero or more addresses. Empty: no email. */
  emails: string[];
  fax?: string | undefined;
  phone?: string | undefined;
  /** X/Twitter handle without the '@'. */
  twitter?: string | undefined;
  /** true: the official is sent a copy (e.g. a diplomatic mission). */
  copy: boolean;
}

/** A level-2 section of the Markdown body: `## Letter (es)` → {name: 'Letter', lang: 'es'}. */
export interface Section {
  name: string;
  /** The language code in parentheses, if any. */
  lang?: LangCode | undefined;
  /** The section's Markdown, without its heading, trimmed. */
  markdown: string;
  /** 1-based line of the heading in the file. */
  line: number;
}

export interface Case {
  /** The file the case was read from (as given by the user; `-` for stdin). */
  file: string;
  id: string;
  reference?: string | undefined;
  title: string;
  country: string;
  issued?: PlainDate | undefined;
  deadline: PlainDate;
  /** Preferred languages of the officials, best first; at least one. */
  languages: LangCode[];
  subjects: Subject[];
  /** Named URLs: `previous`, `report`, … */
  links: Readonly<Record<string, string>>;
  /** Without the '#'. */
  hashtags: string[];
  status: 'open' | 'closed';
  bcc: string[];
  contactsChecked?: PlainDate | undefined;
  targets: Target[];
  sections: Section[];
  /** Optional fields a later format version or the user added (kept, not interpreted). */
  extra: Readonly<Record<string, unknown>>;
}

/** A non-fatal remark about a case (unknown field, language without a letter section). */
export interface CaseWarning {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
  message: string;
}
