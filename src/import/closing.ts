// The line that ends a letter, in the languages the importer reads: it closes the sample letter,
// and inside an official's block it is the page's own signature, never a name. Danish, Norwegian,
// Czech, Polish, Finnish and Persian letters close as the others do ("Med vennlig hilsen", "S pozdravem",
// "Z poważaniem", "Ystävällisin terveisin", "با احترام", "此致"); a writer may give his greeting a word of
// his own ("Mit nachdenklichem Gruß", "Con vigilanza democratica,"): the shape closes the letter.
// An Italian blog's appeal ends as a letter does ("Un cordiale saluto,", "Saluti", "Grazie a tutti,"):
// such a closing is never the greeting that opens a letter, even with a paragraph after it. Only
// the whole line: a letter's paragraph may open with "Saluto con favore…" or "Grazie alla…".

export const CLOSING = /^(?:yours (?:sincerely|faithfully|truly|respectfully)|sincerely(?: yours)?|respectfully(?: yours)?|kind regards|best regards|with (?:respect|regards)|atentamente|le saluda atentamente|reciba un (?:cordial|atento) saludo|cordialmente|saludos? (?:cordiales|atentos)|respetuosamente|sin otro particular|cordialement|respectueusement|veuillez agreer|je vous prie d'agreer|salutations|mit freundlichen gru(?:ss|ß)en|hochachtungsvoll|mit besten gru(?:ss|ß)en|med vanlig(?:a)? halsning(?:ar)?|vanliga halsningar|com os (?:melhores )?cumprimentos|atenciosamente|respeitosamente|cordiais saudacoes|distinti saluti|cordiali saluti|(?:con )?i (?:miei )?(?:migliori|piu cordiali|distinti) saluti|in fede|con osservanza|rispettosamente|(?:(?:un |con )?(?:(?:cordiale|caro|affettuoso|sincero|distinto|fraterno) )?saluto|(?:(?:cari|affettuosi|sinceri|fraterni) )?saluti(?: (?:cordiali|distinti))?|grazie(?: (?:a tutti|mille|per l'attenzione|dell'attenzione))?)(?=\s*[,.!]?\s*$)|met vriendelijke groet(?:en)?|(?:solidarische|herzliche|freundliche|beste|liebe|viele) gru(?:ss|ß)e|in solidarity|salutations? solidaires?|saludos? solidarios?|hoogachtend|sayg[iı]lar[iı]mla|met (?:de meeste )?hoogachting|(?:med )?(?:venlig|vennlig|venleg)e? (?:hilsen|hilsner|hilsener|helsing)|med hilsen|s pozdravem|s uctou|se srdecnym pozdravem|z powazaniem|z wyrazami szacunku|z szacunkiem|ystavallisin terveisin|parhain terveisin|kunnioittavasti|con [a-z]+(?: [a-z]+)?(?=,$))\b|^mit (?:[a-z]+ ){1,2}gru(?:ss|ß)(?:en|e)?(?![a-z])|^با\s+(?:احترام|تشکر|سپاس)|^(?:此致|敬礼|此致敬礼)\s*$/;

/** "Yours sincerely", "Atentamente", "Hochachtungsvoll", "Solidarische Grüße" (folded): the line that ends a letter. */
export const isClosing = (folded: string): boolean => CLOSING.test(folded) && folded.length < 220;
