// A line that presents what follows — "Here is a suggested message:", "Voici un message suggéré :",
// "Mensaje sugerido:", "Vorschlag für Ihren Anruf:" — ends in a colon and has running text under it,
// as a salutation with no courtesy word does ("Fiscal General de México:"). But a salutation
// addresses someone; this line names the letter, message or call script it introduces, or points
// at it ("here is", "the following"), and greets nobody: it is never an official's salutation.
import { fold } from './fold.js';

/** Opens with a courtesy word or a rank: whatever else it says, the line greets someone. */
const GREETS = /^(?:dear|your (?:royal )?(?:excellency|highness|majesty|honou?r)|excellen(?:cy|ce|tie)|exzellenz|eccellenza|excelencia|excelentisim[oa]|excelentissim[oa]|excm[oa]|exm[oa]|estimad[oa]s?|distinguid[oa]s?|senor(?:a|es|as)?\b|senhor(?:a|es|as)?\b|sra?\.|monsieur|madame|mesdames|messieurs|monseigneur|sehr geehrte|liebe[rs]?\b|geachte|hooggeachte|egregi[oa]|gentile|illustre|onorevole|signor|prezad[oa]|szanown|baste|hon(?:ou?rable)?\b)/;

/** Words that point at what follows ("here is", "voici", "the following"). */
const POINTS_ON = /^(?:here(?:'s| is| are)|voici|voila|aqui (?:tienes|tiene|hay|esta)|he aqui|hier (?:ist|sind|is|zijn)|ecco|eis|har (?:ar|finns))\b|\b(?:(?:the |as )?follows?|following|suivante?s?|siguientes?|folgende[nrs]?|seguintes?|seguent[ei]|volgende|foljande)\b/;

/** What is introduced: a letter, a message or its text (whole words, folded). */
const LETTER_WORD = /\b(?:letter|message|text|wording|template|suggested|suggestion|lettre|texte|modele de|suggeree?s?|proposition|mensaje|carta|texto|sugerid[oa]s?|propuesta|brief|nachricht|vorschlag|vorlage|musterbrief|mustertext|formulierung|lettera|messaggio|testo|suggerit[oa]|mensagem|sugestao|bericht|tekst|voorstel|meddelande|brev|forslag)\b/;

/** A call, its script or a post: what is read out or posted, never a letter to send. */
const CALL_WORD = /\b(?:script|talking points|call|phone|tweet|appel telephonique|appeler|telephone|llamada|llamar|guion|tuit|anruf|telefonat|gesprach(?:sleitfaden)?|telefonata|chiamata|roteiro|ligacao|chamada|telefoontje|bellen|samtal|ringa|manus)\b/;

/** "Sign the petition:", "Signez la pétition :": the petition's text under it, greeting nobody. */
const PETITION = /\b(?:petition|petitie|peticion|petizione|peticao)\b/;

/** A line ending in a colon that presents the letter, a script or a petition below it, greeting nobody. */
export function introducesScript(line: string): boolean {
  const f = folded(line);
  return f !== undefined && (POINTS_ON.test(f) || LETTER_WORD.test(f) || CALL_WORD.test(f) || PETITION.test(f));
}

/**
 * "What to include in your letter:", "Points to make in your message:", "Your letter should
 * mention:": the points a writer puts in a letter of their own words follow, no letter to send.
 */
const POINTS_FOR_LETTER = /\b(?:what to (?:include|say|mention|cover)|(?:points|things|issues) to (?:include|make|raise|mention|cover)|(?:should|could|may|might|can) (?:include|mention|cover)|que (?:incluir|decir|mencionar)|ce qu'il faut (?:dire|ecrire|mentionner)|points? a (?:inclure|mentionner|soulever))\b/;

/** "SUGGESTED ACTION:", "Recommended actions:": a heading over what to do (whom to write to), not over a text to send. */
const ACTION_HEADING = /\b(?:suggested|recommended|requested) actions?\b/;

/**
 * Such a line that presents a letter or a message, not a call's script nor the points to make in
 * one's own letter: the running text under it is the sample letter. Under the letter's own heading,
 * a line that only points on ("Here is what you can write:") presents the letter too.
 */
export function introducesLetter(line: string, underLetterHeading = false): boolean {
  const f = line.trim().endsWith(':') ? folded(line) : undefined;
  return f !== undefined && !CALL_WORD.test(f) && !POINTS_FOR_LETTER.test(f) && !ACTION_HEADING.test(f) && (LETTER_WORD.test(f) || (underLetterHeading && POINTS_ON.test(f)));
}

function folded(line: string): string | undefined {
  const f = fold(line.trim()).replace(/\s*:$/, '');
  return f.length > 120 || f === '' || GREETS.test(f) ? undefined : f;
}
