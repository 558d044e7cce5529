// A blog's or a parish site's own lines, copied with the page: the print plugin's link ("Print
// Friendly, PDF & Email", a WordPress plugin, also split onto two lines "Print Friendly" / "PDF &
// Email") and the archive page's heading ("Category Archives: Prisoner of the month",
// "Kategorie-Archiv: …"). None of them is about the case: read as a line of the page, they become an
// official's name ("Print Friendly"), an address line or the case's title. They are read as if never
// there, and reported. Only the whole line is matched. (The share and print buttons, "Share",
// "Teilen", "Drucken", are left to the block reader, which passes over them inside a block.) A
// document-sharing site's facts about the file it shows ("Total Page:16", "File Type:pdf, Size:1020Kb") likewise.
import { fold } from './fold.js';

/** The print plugin's link, whole or split ("print friendly", "pdf & email"), folded. */
const PRINT_PLUGIN = /^(?:print friendly(?:\s*[,&|/·]?\s*(?:pdf\s*(?:&|and|und|et)\s*e-?mail|pdf))?|pdf\s*(?:&|and|und|et)\s*e-?mail|print\s*[,&|/]\s*pdf\s*(?:&|and|und|et)\s*e-?mail)$/;
/** The archive page's heading before its category ("Category Archives: …", "Archiv der Kategorie: …"), folded. */
const ARCHIVE = /^(?:(?:category|tag) archives?|archives? (?:for|of) (?:the )?(?:category|tag)|kategorie-?archiv(?:e)?|archiv der kategorie|schlagwort-?archiv|archives? de (?:la )?categorie|archivos? de (?:la )?categoria|archivio (?:della )?categoria)\s*:\s*\S.{0,100}$/;

/** A forum's or blog's section headings around the post ("All Comments", "Related Posts", "Table of Contents"), folded. */
const SECTIONS = /^(?:all comments|comments|leave a (?:comment|reply)|related posts|related articles|table of contents|kommentare|verwandte beitrage|commentaires|articles similaires|comentarios|entradas relacionadas|commenti|articoli correlati)$/;

/**
 * A blog's comment counter and its link under the post, in the blog software's language ("No
 * comments:", "3 commenti:", "Nessun commento:", "Komentarze (0):", "Posta un commento", "Post a
 * Comment"), folded: under a sample letter it would run on as the letter's last line.
 */
const COMMENTS = /^(?:(?:no|\d{1,4}) comments?|nessun commento|\d{1,4} comment[io]|komentarze? ?(?:\(\d{1,4}\))?|brak komentarzy|\d{1,4} komentarz(?:e|y)?|keine kommentare|\d{1,4} kommentare?|\d{1,4} antworten?|hinterlassen sie einen kommentar|schreibe einen kommentar|aucun commentaire|\d{1,4} commentaires?|\d{1,4} reponses?|laisser un commentaire|no hay comentarios|\d{1,4} comentarios?|\d{1,4} respuestas?|deja un comentario|sem comentarios|geen reacties|\d{1,4} reacties?|post a comment|posta un commento|dodaj komentarz|kommentar veroffentlichen|enregistrer un commentaire|publicar un comentario|postar um comentario|een reactie (?:posten|plaatsen))\s*:?$/;

/**
 * A blog's name alone on a line ("Esempio Blog", "Il blog di Chiara – diritti umani"), copied with
 * the post above the appeal: the site's, never an official nor an address line. A short line with
 * the word "blog", no digit, "@" nor colon: no office or ministry is called a blog. It opens with a
 * capital, as a name does: a wrapped line of prose ("che ho letto sul blog di") is no such line.
 */
const BLOG_NAME = /^\p{Lu}[^\d@:]{0,30}\b(?:[Bb]log|BLOG|[Ww]eblog)\b[^\d@:]{0,50}$/u;

/**
 * A document-sharing site's lines over the file it shows ("Total Page:16", "File Type:pdf,
 * Size:1020Kb", "File size: 1.2 MB"), folded: the site's description of the file, never an address line.
 */
const FILE_FACTS = /^(?:total pages?\s*:\s*\d{1,5}|file type\s*:\s*[a-z]{2,5}(?:\s*[,;|]\s*(?:file )?size\s*:\s*[\d.,]+\s*[kmg]i?b)?|file size\s*:\s*[\d.,]+\s*[kmg]i?b)$/;

/**
 * A document-sharing site's own lines around the document it shows ("Document Sample", "Powered By
 * Docstoc", "(DOC)", "Download as PDF", "Uploaded by …", "Scribd", "Sponsored"),
 * folded: the site's watermark, label and links, never a name, title nor address line.
 */
const DOCUMENT_SITE_LINE = /^(?:document sample|\((?:doc|docx|pdf|ppt|txt|rtf)\)(?:\s+powered by \S.{0,30})?|powered by \S.{0,30}|download as (?:pdf|doc|docx|word)(?: file)?|uploaded by\b.{0,60}|(?:scribd|docstoc|docslib|studylib|yumpu|readkong|pdfslide|documents\.pub|dokumen\.pub|issuu|slideshare)(?:\.\w{2,4})?|sponsored|read (?:the )?full (?:document|text))$/;

/**
 * The same site's title over the file it shows, the document's first line with the file's type
 * after it ("His Excellency Jan Example (DOC)", "… (DOC) Powered By Docstoc", "… (PDF) Powered By
 * Example"), folded: the document's own lines follow, and read twice the official would be
 * named from the site's copy.
 */
const DOCUMENT_SITE_TITLE = /^\S.{1,160}\s\((?:doc|docx)\)(?:\s+powered by \S.{0,30})?$|^\S.{1,160}\s\((?:pdf|ppt|rtf)\)\s+powered by \S.{0,30}$/;

/**
 * The same site's mark at the end of a line of the document ("Jan Example Powered By Docstoc",
 * "… | Scribd"): its "powered by" line or its name after a bar. Only the tail is cut: the words
 * before it are the document's own.
 */
const DOCUMENT_SITE_TAIL = /\s+(?:Powered [Bb]y (?:Docstoc|Scribd|Docslib|Studylib|Yumpu|Readkong)|[|–-]\s*(?:Scribd|Docstoc|Docslib|Studylib|Yumpu|Readkong|PDFSlide|Issuu|SlideShare))\s*$/u;

/** The line without a document site's mark after it, and the mark; undefined when it carries none (or nothing is left before it). */
export function withoutDocumentSiteTail(line: string): { kept: string; tail: string } | undefined {
  if (line.length > 200 || !/powered|scribd|docstoc|docslib|studylib|yumpu|readkong|issuu|slideshare|pdfslide/i.test(line)) return undefined;
  const m = DOCUMENT_SITE_TAIL.exec(line);
  if (!m) return undefined;
  const kept = line.slice(0, m.index).trimEnd();
  return /\p{L}{2}/u.test(kept) && !/\((?:doc|docx|pdf|ppt|rtf)\)$/iu.test(kept) ? { kept, tail: m[0].trim() } : undefined;
}

/**
 * A newspaper debate forum's or a message board's counters under the author's byline ("Innlegg:
 * 36", "Kommentarer: 61", "Posts: 12", "Beiträge: 5", "Inlägg: 4", "Viestejä: 9"), folded: the
 * author's tally on the site. Its number makes it read as an address line, and the byline above it
 * as an official's name; the post's author is never written to. Only a counting word, its colon
 * and a number.
 */
const FORUM_COUNTS = /^(?:innlegg|inlagg|indlæg|indlaeg|kommentarer|kommentare|kommentit|viesteja|viestit|posts|comments|replies|views|visninger|visningar|beitrage|antworten|berichten|reacties|messages|commentaires|mensajes|comentarios|respuestas|messaggi|commenti|risposte)\s*:\s*\d[\d\s.,]{0,9}$/;

/**
 * The same forum's count of a post's readers, with its tab's label after it ("- 3617 visninger
 * Innlegg", "1 204 views", "523 Aufrufe"), folded: the site's tally, never a line of the letter.
 */
const VIEWS = /^-?\s*\d[\d\s.,]{0,9}\s(?:visninger|visningar|views|aufrufe|vues|visualizzazioni|weergaven|visitas|lukukertaa)(?:\s+\p{L}+)?$/u;

/** The first words every kind above opens with: a page's other lines are not folded to learn that they are none. */
const MAY_BE = /^\s*(?:document sample|\(|powered|download|uploaded|scribd|docstoc|docslib|studylib|yumpu|readkong|pdfslide|documents|dokumen|issuu|slideshare|sponsored|read |print|pdf|category|tag|archiv|kategorie|schlagwort|all comments|comments|leave a|related|table of|kommentare|verwandte|commentaires|articles|comentarios|entradas|commenti|articoli|\d{1,4} \p{L}|no |nessun|komentarz|brak|keine|aucun|sem |geen|post|dodaj|kommentar|hinterlassen|schreibe|laisser|deja|enregistrer|publicar|total page|file |innlegg|inl[aä]gg|indl[æa]|kommentar|viest|posts|replies|views|visning|beitr|antworten|berichten|reacties|messag|mensajes|respuestas|risposte|-\s*\d)/iu;

/** Why a forum's counter under the author's byline is left out: text.ts drops the byline above it too (isBylineAboveCounter). */
export const FORUM_COUNT = "a debate forum's count of the author's posts, comments or readers: no part of any official";

/** The author's name alone on the line right above the forum's counters: two to four capitalised words. */
const BYLINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * "Kari Eksempel" / "Innlegg: 36" / "Kommentarer: 61": the line right above a forum's counters is
 * the post's author, whose tally they are. An opinion piece's author is never written to: read as
 * one of the page's names, the byline becomes an official.
 */
export const isBylineAboveCounter = (line: string): boolean => line.length <= 60 && BYLINE.test(line.trim());

/** Why a line is the site's own furniture, for the report; undefined when it is not. */
export function siteFurnitureKind(line: string): string | undefined {
  // Each kind is a few words: a longer line is not folded to learn that it is none.
  if (line.length > 120) return undefined;
  if (line.length <= 80 && /blog/i.test(line) && BLOG_NAME.test(line) && !/[.!?]\s*$/.test(line) && /\p{L}/u.test(line.replace(/\bweb ?log|\bblog/giu, ''))) return "a blog's name (the site's own): no part of any official";
  if (/\((?:doc|docx|pdf|ppt|rtf)\)/i.test(line) && DOCUMENT_SITE_TITLE.test(fold(line).trim())) return "a document-sharing site's title over the file it shows (the document's own lines follow): no part of any official";
  if (!MAY_BE.test(line)) return undefined;
  const f = fold(line).replace(/\s+/g, ' ').trim();
  if (PRINT_PLUGIN.test(f)) return "a web page's print plugin link: no part of any official";
  if (ARCHIVE.test(f)) return "a web site's archive heading (the site's navigation): no part of any official";
  if (SECTIONS.test(f)) return "a web site's heading of its comments or related posts: no part of any official";
  if (DOCUMENT_SITE_LINE.test(f)) return "a document-sharing site's watermark, label or link around the document: no part of any official";
  if (FILE_FACTS.test(f)) return "a document-sharing site's description of the file: no part of any official";
  if (VIEWS.test(f)) return "a forum's count of a post's readers: no part of any official nor of the letter";
  if (FORUM_COUNTS.test(f)) return FORUM_COUNT;
  if (COMMENTS.test(f)) return "a blog's comment counter or link: no part of any official nor of the letter";
  return undefined;
}
