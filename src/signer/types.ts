/** Who signs a letter: from flags, the profile file or a signer list. */
export interface Signer {
  name: string;
  /** Postal address lines (street, …), without city and country. */
  address: string[];
  city?: string | undefined;
  country?: string | undefined;
  email?: string | undefined;
  /** A personal line of the signer's own ("As a nurse, I …"). */
  personal?: string | undefined;
  /** Preferred language for this signer's documents. */
  lang?: string | undefined;
  /** Paper size for printed letters. */
  paper?: 'a4' | 'letter' | undefined;
  /** Sign with initials and town only (see initials.ts): the email stays out of every text. */
  initials?: boolean | undefined;
  /** Who the signer is for the choice of phrasings, when the name no longer says it (initials). */
  varyKey?: string | undefined;
}
