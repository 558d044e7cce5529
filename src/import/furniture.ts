// The furniture of a UA page that is never an official nor part of one: headings ("CONTACT
// INFORMATION", "APPELLE AN", "Modèle de lettre") and instructions to the reader ("Write a letter
// in your own words…", "Actúa: redacta tu propio llamamiento…", "Due to postal restrictions…").
// Matched on folded text (no accents, lower case), in en/es/fr/de/sv/nl/pt/it and Danish/Norwegian. Whatever the officials'
// reader skips because of these is reported, never silently lost.
import { foldedLabels, labelsOf } from './field-labels.js';
import { fold } from './fold.js';
import { isAddressOpener } from './address-words.js';
import { isCallHeading } from './call-heading.js';
import { pageFurnitureKind, type PageFurniture } from './page-furniture.js';

/** Headings that open the list of officials (or of those who get copies). "Please post the letter to the following address:" under a letter opens its envelope. */
const CONTACT_HEADING = /^(?:target'?s? contact details(?: & "?copies to"?)?|target'?s? contact details.*|contact information|contact details|contacts?|officials? to (?:write|contact)|write to|(?:please )?send (?:it|them|this|your (?:letters?|appeals?|emails?|messages?)) to the (?:relevant |competent |following )?(?:authorities|officials)|(?:please )?(?:post|send|mail) (?:the|this|your) (?:letters?|appeals?) to the following (?:address(?:es)?|officials?|authorit(?:y|ies))|appelle an|appell an|(?:bitte )?(?:sende|senden sie|schicke|schicken sie)? ?(?:eine )?kopien? an|kopien an|adressaten|skriv till|skriv til|send (?:din |dit |en )?(?:appel|appell|brev|breve|brevet|appellen)(?:er)? til|kontaktoplysninger|kontaktinformasjon|iletis[iı]m bilgileri|(?:na)?pisz(?:cie)?(?: (?:list|listy|apel))? do|napiste (?:(?:dopis|dopisy) )?(?:na adresu|adresatovi)|schrijf (?:een |je |uw )?(?:brief )?(?:naar|aan)|stuur (?:een |je |uw )?brief (?:naar|aan)|adresa(?:t|ci)|escribe a|escribele a|escriban a|dirigete a|envia tus llamamientos a|destinatarios?|datos de contacto|ecrivez a|schreiben sie (?:bitte )?an|escreva (?:para|a)|envi(?:e|em) (?:os seus )?apelos (?:para|a)|scriv(?:ete|i) (?:a|al|alla|ai)|invia(?:te)? (?:(?:i vostri|il tuo|i tuoi) )?appelli (?:a|al|alla|ai)|destinatari|envia (?:tus )?llamamientos a|adresses?|destinataires?|copies? (?:to|a|au|aux)|and copies to|copias? a|con copia a|(?:please )?send (?:a )?cop(?:y|ies) of (?:this|your|the) letter to|(?:stuur|verstuur) (?:een )?kopie(?:en)? (?:van (?:deze|uw|je) brief )?(?:\([^()]{0,30}\) )?(?:naar|aan))\s*:?$/;

/**
 * The headings other organisations' appeals (writers' centres, networks against torture, unions)
 * print over their list of officials: "APPEALS TO:", "PLEASE SEND YOUR LETTERS TO:", "Addresses:".
 * Kept apart from CONTACT_HEADING so each list stays readable.
 */
const APPEAL_LIST_HEADING = /^(?:(?:please )?send (?:your |polite |courteous )?(?:appeals?|letters?|messages?) to|appeals? (?:should be )?(?:sent |addressed )?to|addresses)\s*:?$/;

/** Those appeals' section headings ("SUGGESTED ACTION:", "Actions requested:", "CASE NARRATIVE:"): never an official. */
const APPEAL_SECTION_HEADING = /^(?:suggested actions?|(?:actions?|interventions?) requested|requested actions?|recommended actions?|case narrative|case details|description of the situation|issues)\s*:?$/;

/** Headings that open the sample letter. */
const LETTER_HEADING = /^(?:(?:the |urgent action |suggested |model |sample )?letter|sample letter|suggested message|sample message|musterbriefe?|briefvorschlag|briefvorlage|brief|carta modelo|modelo de carta|texto sugerido|sugestao de carta|minuta de carta|proposta de carta|exemplo de carta|modello di lettera|lettera (?:modello|tipo)|testo della lettera|proposta di lettera|esempio di lettera|lettera|modele de lettre|lettre type|voorbeeld ?brief|voorbeeld van een brief|brevforslag|forslag pa brev|forslag til brev|eksempel pa brev|brevtekst|texto da carta|sugestao de texto|text|brieftext|appelltext|texte|texto|(?:suggested |sample |model )?(?:body|text|wording) (?:of|for) (?:the |your |a )?letter)\s*:?$/;

/** Other headings of the layouts: never an official, whatever their capitals suggest. */
/**
 * "Ejemplo:", "Beispiel:", "Example letter:" present the sample letter under them: a heading, never
 * its greeting (only with its colon: "Beispiel" alone may be a name). Not a letter heading: the
 * letter is still found by its own greeting or by the readers of a letter with none.
 */
const EXAMPLE_HEADING = /^(?:ejemplo|example|beispiel|exemple|esempio|exemplo|modelo|modele|modello|vorlage)(?: letter)?\s*:$/;
// A group's page heads each month's case "Schrijfactie Voorbeeldland:" (letter action), as German
// and Nordic pages do "Briefaktion Beispielland:", "Brevaksjon …:": a heading, never a letter's
// greeting. Only with what it is about and the colon: "Briefaktion: Lehrer in Haft" is a headline.
const OTHER_HEADING = /^(?:\d{1,2}[.)]\s+)?(?:take action|act now|what you can do|agir(?: maintenant| vite)?|passez a l'action|participe(?: nesta acao)?|aja agora|hastesag|hasteaktion|hasteaksjon|haster|det kan du g[øo]re|hvad kan du g[øo]re\??|hva kan du gj[øo]re\??|g[øo]r noget nu|gj[øo]r noe na|handl nu|que puedes hacer|¿?que puedes hacer\??|actua|actuen|actuar|agissez|schreiben sie bitte|bitte schreiben sie|e-mails?, faxe.*|fatta pennan|gor sa har|pilna akcja|urgent action(?: update)?|accion urgente|action urgente|acc?ao urgente|azione urgente|ua|cosa puoi fare\??|agisci ora|o que (?:voce )?pode fazer\??|informazioni (?:aggiuntive|supplementari)|ulteriori informazioni|informac(?:ao|oes) (?:adicional|adicionais|complementar|complementares)|additional information|background(?: information)?|informacion adicional|hintergrund(?:informationen)?|bakgrund|contexte|complement d'information|amnesty (?:international )?(?:fordert|demande|exige|pide|reclama)|amnistia(?: internacional)? (?:pide|exige|reclama)|wir fordern|nous demandons|forderungen|domagamy sie|zadamy|pozadujeme|chiediamo|(?:wij |we )?eisen|onze eisen|we demand|our demands|(?:option|step|opcion|paso|etape|schritt|variante) (?:one|two|three|uno|dos|tres|une|deux|trois|eins|zwei|drei|[1-9]|[a-c])|(?:free|liberez|liberen|libertad para|freiheit fur|release|liberdade para) [^,.:;]{3,60}?!?|date de (?:debut|fin)(?: de l'action)?|(?:start|end) date(?: of (?:the )?action)?|fecha de (?:inicio|fin|cierre)(?: de la accion)?|the embassy|the high commission|die botschaft|l'ambassade|la embajada|sachlage|zur sachlage|die lage|antecedentes|contexto|situacion|la situation|les faits|achtergrond(?:informatie)?|baggrund|bakgrunn|tausta|tlo|the situation|what happened|(?:schrijfactie|brievenactie|schrijfmarathon|briefaktion|brevaktion|brevaksjon|skrivaktion) [a-z][^,.:;]{2,40}:|\[sections to add when relevant\])\s*:?$/;

/** A line telling the reader what to do: an imperative or a "please" at its start, after a bullet or a step's number ("2) LET US KNOW…"). */
const INSTRUCTION = /^(?:[¿¡•·\-–*]\s*|\d{1,2}[.)]\s+)?(?:please\b|kindly\b|due to\b|write\b|click\b|send\b|call\b|llame\b|llamen\b|appelez\b|telephonez\b|rufen sie\b|chiamate\b|ligue para\b|liguem para\b|tweet\b|email them\b|you can\b|let us know\b|it'?s important\b|actua\b|actuen\b|redacta\b|escribe\b|escriban\b|envia\b|envien\b|utiliza\b|por favor\b|haz clic\b|pulsa\b|ecrivez\b|envoyez\b|merci d|cliquez\b|vous pouvez\b|n'oubliez\b|schreiben sie\b|bitte\b|senden sie\b|sie konnen\b|skriv\b|skicka\b|klicka\b|du kan\b|escreva\b|envie\b|clique\b|schrijf\b|stuur\b|u kunt\b|klik\b|enviem\b|escrevam\b|participe\b|participem\b|utilize\b|utilizem\b|venligst\b|vennligst\b|scrivete\b|scrivi\b|inviate\b|invia\b|per favore\b|si prega\b|clicca\b)/;

/** "Complaint form online", "Formulaire en ligne": a web form the case format has no field for. */
/** "Über das Kontaktformular der Website:", "via the contact form": a short line that sends the reader to a form. */
const WEB_FORM_NAMED = /\b(?:kontaktformulars?|contact form|web ?form|online form|formulaire de contact|formulario de contacto)\b/u;
/**
 * "Your Information", "Your Message", "Vos informations", "Tu mensaje": an online action's form
 * heads its fields so, above the recipients' label and the message. Two capitalised words, they
 * read as a name and an address line to the block readers; no official is ever called so.
 */
const ACTION_FORM_SECTION = /^(?:your (?:information|info|details|message|letter|email)|vos (?:informations|coordonnees)|votre (?:message|lettre|courriel)|tus datos|tu mensaje|sus datos|su mensaje|ihre (?:daten|angaben|nachricht)|i tuoi dati|il tuo messaggio)\s*:?$/u;
const WEB_FORM = /^(?:(?:(?:online|web|contact|complaint)\s*)+form(?:\s+(?:online|in \p{L}+))?|formulario (?:en linea|de contacto|de (?:denuncia|queja)s?)|formulaire (?:en ligne|de contact|de plainte)|kontaktformular|webbformular)\s*$/u;

/**
 * "copier-coller la lettre sur : http://…/Ecrire-au-ministre", "écrire via le formulaire : http://…",
 * "use the contact form at https://…": a line that sends the reader to a web form by its address.
 * Under an official's postal address it would print as one more address line.
 */
const WEB_FORM_LINK = /^[^@]{0,80}?\b(?:copier-coller|copier coller|copy and paste|copy-paste|kopieren und einfugen|copiar y pegar|copia e incolla|formulaire|formulario|formular|kontaktformular|web ?form|online form|contact form)\b[^@]{0,80}?(?:https?:\/\/|www\.)\S+\s*$/;

export function isContactHeading(line: string): boolean {
  // A heading is a few words: a longer line is not folded to learn that it is none.
  if (line.length > 120) return false;
  const f = folded(line);
  return CONTACT_HEADING.test(f) || APPEAL_LIST_HEADING.test(f) || isCopiesHeading(line);
}

/**
 * Headings that open the list of those who get copies. Besides "Copies to:" / "Kopien an", a page
 * may head the list with the word alone ("And copy:", "Copie :", "Kopie:", "Con copia:", "cc:"):
 * on a line of its own it asks for nothing else. The labels are the copy labels of field-labels.ts;
 * the phrasings of a whole request stay here.
 */
const COPIES_HEADING = new RegExp(String.raw`^(?:(?:bitte )?(?:sende|senden sie|schicke|schicken sie)? ?(?:eine )?kopien? an|kopien an|copies? (?:to|a|au|aux)|and copies to|(?:and )?cop(?:y|ies) (?:also )?sent to|(?:e|y|et|and),? (?:para (?:sua|su) informac(?:ao|ion)|per conoscenza|pour information|for (?:your )?information),?|(?:also )?send copies to|copias? a|con copia a|(?:and |also |with )?(?:copy|copies|cc)|(?:en |avec )?copies?(?: a| au| aux| pour information)?|(?:mit |in )?kopien?(?: an)?|(?:con |y )?copias?(?: a)?|com copia(?: para)?|cop(?:y|ies) of (?:this|the|your) (?:letters?|appeals?|emails?|messages?) to|copie de (?:cette|la|votre) lettre (?:a|au|aux)|copia de (?:esta|la|tu|su) carta (?:a|al|para)|kopie (?:dieses|des|ihres) (?:briefe?s|schreibens) an|(?:e |ed )?(?:una )?copia (?:a|ai|agli|alle|al|alla|allo|per)(?: (?:i|il|la|le|gli|seguenti|quotidiani|giornali|media|stampa|destinatari|autorita))*|${foldedLabels(labelsOf('copy'))})\s*:?$`);

export function isCopiesHeading(line: string): boolean {
  return line.length <= 60 && COPIES_HEADING.test(folded(line));
}

export function isLetterHeading(line: string): boolean {
  return LETTER_HEADING.test(folded(line));
}

export function isHeading(line: string): boolean {
  if (line.length > 160) return false;
  const f = folded(line);
  return CONTACT_HEADING.test(f) || APPEAL_LIST_HEADING.test(f) || APPEAL_SECTION_HEADING.test(f) || LETTER_HEADING.test(f) || EXAMPLE_HEADING.test(f) || OTHER_HEADING.test(f) || (line.length <= 60 && COPIES_HEADING.test(f)) || isAddressOpener(line) || isCallHeading(line);
}

/** "Because of the strike, please send…": a short clause, then the request. */
const CLAUSE_THEN_PLEASE = /^[^,.:@\d]{3,80},\s*(?:please|kindly|por favor|bitte|veuillez|merci de)\b/;

/**
 * "PALAVRAS OU UTILIZANDO ESTE MODELO DE CARTA", "or using this model letter": the end of an
 * instruction wrapped onto a line of its own (a page in capitals breaks it anywhere, even over a
 * blank line), told by its asking the reader to use the sample letter. No name, office or address
 * line uses a letter.
 */
const USE_THE_LETTER = /\b(?:using|use|utilizando|utilize|utilizar|usando|usa|use|utilisant|utilisez|utiliser|verwenden sie|benutzen sie|nutzen sie|brug|bruk|anvand|gebruik(?:makend van)?)\s+(?:(?:this|the|our|este|esta|o|a|nosso|nossa|ce|cette|le|la|notre|diesen|den|unseren|dette|denne|det|vores|vart|deze|de|onze)\s+)?(?:model letter|sample letter|template letter|suggested letter|letter below|sample below|modelo(?: de carta)?|carta(?: modelo)?|modele(?: de lettre)?|lettre(?: type)?|musterbrief|briefvorschlag|brevforslag|brevet|voorbeeldbrief)(?:\s+(?:below|abaixo|em baixo|seguinte|ci-dessous|unten|nedenfor|nedan|hieronder))?\s*[.:]?$/;

/** The words USE_THE_LETTER ends in: the cheap test, on the line's last characters, before the whole pattern. */
const LETTER_AT_END = /(?:letter|below|carta|modelo|abaixo|baixo|seguinte|modele|lettre|type|dessous|musterbrief|vorschlag|unten|forslag|brevet|nedenfor|nedan|brief|hieronder)\s*[.:]?$/;

export function isInstruction(line: string): boolean {
  const f = folded(line);
  return INSTRUCTION.test(f) || CLAUSE_THEN_PLEASE.test(f) || (line.length <= 160 && LETTER_AT_END.test(f.slice(-16)) && USE_THE_LETTER.test(f));
}

/**
 * A letter download's blanks for the writer ("ABSENDER (INKL. EIGENER ANSCHRIFT)", "DATUM",
 * "UNTERSCHRIFT", "Your name and address"): where the writer's own details go, never an official's.
 */
const SENDER_BLANK = /^(?:absender|ihr name(?: und (?:ihre )?anschrift)?|name und anschrift|your (?:name|address)(?: and (?:name|address))?|sender|expediteur|remitente|avsandare)(?:\s*\(.*\))?\s*:?$/;
const OTHER_BLANK = /^(?:datum|ort,? datum|unterschrift|date|signature|fecha|firma|datum och ort|underskrift)(?:\s*\(.*\))?\s*:?$/;

/** The writer's own address goes here: what stands above it in a letter download is no official. */
export function isSenderBlank(line: string): boolean {
  return line.length <= 80 && SENDER_BLANK.test(folded(line));
}

/**
 * "Mittente: Centro …", "Absender: …", "Expéditeur : …": the label of the writer's own address, with
 * its name on the line (folded). "Absender:" alone is the form's blank above (isSenderBlank).
 */
const SENDER_LABEL = /^(?:mittente|absender(?:in)?|expediteur|remitente|remetente|afzender|avsandare|afsender|avsender|sender)\s?:\s*\S/;

/** The writer's own address follows, under the label that names him. */
export function isSenderLabel(line: string): boolean {
  return SENDER_LABEL.test(folded(line));
}

/**
 * "Amnesty International", "Sektion der Bundesrepublik Deutschland", "Section suisse": the page's
 * own organisation, the sender of the letter or the return address on its download, never an
 * official to write to.
 */
const OWN_ORGANISATION = /^(?:amnesty(?: international)?\b|amnistia internacional\b|amnistie internationale\b|sektion der bundesrepublik deutschland\b|(?:schweizer|osterreichische|deutsche|luxemburger) sektion\b|section (?:suisse|francaise|belge|luxembourgeoise|canadienne|de (?:suisse|france|belgique|luxembourg))\b|seccion (?:espanola|de espana|argentina|chilena|mexicana|uruguaya|venezolana|paraguaya|peruana)\b)/;

export function isOwnOrganisation(line: string): boolean {
  // A sentence about Amnesty ("… since 2019.") is text; "e. V." at the end is the association's suffix.
  // "Amnesty International USA fordert dazu auf:" announces what follows: no return address.
  // The organisation's name first: most lines are not told by it, and it is the cheap test.
  return line.length <= 120 && OWN_ORGANISATION.test(folded(line)) && !/(?:\p{L}{3,}|\d)[.!?]$/u.test(line.trim()) && !/^(?:\S+\s+){3,}\S+:$/.test(line.trim());
}

/**
 * "Amnesty International opposes the death penalty in all cases as a violation" / "of the right to
 * life …": an older document typed at a fixed width breaks its sentences at the line's end, so a
 * sentence about the organisation may leave its name at the start of a line with no stop after it.
 * Its words go on in lower case after the name, and the next line goes on in lower case too: that is
 * running text, no letterhead (a return address is names, streets and towns, each line capitalised).
 */
const LOWER_RUN = /(?:^|\s)\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){2,}(?:\s|$)/u;

export function isWrappedSentence(line: string, next: string | undefined): boolean {
  return next !== undefined && /^\s*\p{Ll}/u.test(next) && LOWER_RUN.test(line);
}

/** Why a line is furniture, for the report; undefined when it is not. */
/**
 * "CARTA PÚBLICA", "Open Letter" alone on a line: the letter's own heading, never an official. Not
 * a heading for isHeading, whose callers also ask it of a title's head ("Carta abierta: amenazas …").
 */
const OPEN_LETTER_HEADING = /^(?:an? )?(?:open letter|carta (?:publica|abierta|aberta)|lettre ouverte|offener brief|lettera aperta|open brief)\s*:?$/;

export function furnitureKind(line: string): 'a heading' | 'an instruction to the reader' | 'a web form (no field for it)' | "a blank for the writer's own details" | "the page's own organisation (the sender)" | 'a separator' | PageFurniture | undefined {
  if (isHeading(line) || (line.length <= 40 && OPEN_LETTER_HEADING.test(folded(line)))) return 'a heading';
  if (isSenderBlank(line) || (line.length <= 80 && OTHER_BLANK.test(folded(line)))) return "a blank for the writer's own details";
  if (isOwnOrganisation(line)) return "the page's own organisation (the sender)";
  if (/^\s*([xX*=_~#-])\1{9,}\s*$/.test(line)) return 'a separator';
  if (line.length < 60 && (WEB_FORM.test(folded(line)) || WEB_FORM_NAMED.test(folded(line)) || ACTION_FORM_SECTION.test(folded(line)))) return 'a web form (no field for it)';
  if (line.length < 300 && /https?:|www\./i.test(line) && WEB_FORM_LINK.test(folded(line))) return 'a web form (no field for it)';
  if (isInstruction(line)) return 'an instruction to the reader';
  return pageFurnitureKind(line);
}

// Headings are short and instructions are told by their first words: a long line is folded only
// as far as its first few hundred characters. Each test above asks for the same line's folded form
// (furnitureKind asks up to seven of them): it is made once, a bounded number of lines at a time.
function folded(line: string): string {
  const known = foldedLines.get(line);
  if (known !== undefined) return known;
  const value = fold(line.length > 400 ? line.slice(0, 400) : line).replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  if (foldedLines.size >= FOLDED_LIMIT) foldedLines.clear();
  foldedLines.set(line, value);
  return value;
}
const FOLDED_LIMIT = 4096;
const foldedLines = new Map<string, string>();
