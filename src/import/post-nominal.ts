// Letters after a name for a rank, an honour or a bar ("Abubakar Malami, SAN", "Jane Doe, QC",
// "John Smith MP", "Ngozi Example, GCFR"): they make the line a person's, where "Town, XYZ" would
// otherwise read as a place and its region ("Canberra, ACT"). Only letters no region is written as.
const POST_NOMINAL = /^(?:SAN|QC|KC|OBE|CBE|MBE|KBE|DBE|GBE|CMG|KCMG|GCMG|MP|MEP|MLA|MPP|MNA|MHA|JP|GCFR|CFR|OFR|MFR|GCON|CON|OON|MON|PhD|Ph\.D\.|Esq\.?|LLB|LLM|SJ)$/u;

/** The comma part is a run of post-nominal letters ("SAN", "QC, MP"). */
export const isPostNominal = (part: string): boolean => part.trim().split(/[\s,]+/).every((w) => POST_NOMINAL.test(w)) && part.trim() !== '';
