// The line that ends a letter, in the languages the importer reads: it closes the sample letter,
// and inside an official's block it is the page's own signature, never a name.

export const CLOSING = /^(?:yours (?:sincerely|faithfully|truly|respectfully)|sincerely(?: yours)?|respectfully(?: yours)?|kind regards|best regards|with (?:respect|regards)|atentamente|le saluda atentamente|reciba un (?:cordial|atento) saludo|cordialmente|saludos? (?:cordiales|atentos)|respetuosamente|sin otro particular|cordialement|respectueusement|veuillez agreer|je vous prie d'agreer|salutations|mit freundlichen gru(?:ss|ß)en|hochachtungsvoll|mit besten gru(?:ss|ß)en|med vanlig(?:a)? halsning(?:ar)?|vanliga halsningar|com os (?:melhores )?cumprimentos|atenciosamente|respeitosamente|cordiais saudacoes|distinti saluti|cordiali saluti|(?:con )?i (?:miei )?(?:migliori|piu cordiali|distinti) saluti|in fede|con osservanza|rispettosamente|met vriendelijke groet(?:en)?|(?:solidarische|herzliche|freundliche|beste|liebe|viele) gru(?:ss|ß)e|in solidarity|salutations? solidaires?|saludos? solidarios?|hoogachtend|sayg[iı]lar[iı]mla|met (?:de meeste )?hoogachting)\b/;

/** "Yours sincerely", "Atentamente", "Hochachtungsvoll", "Solidarische Grüße" (folded): the line that ends a letter. */
export const isClosing = (folded: string): boolean => CLOSING.test(folded) && folded.length < 220;
