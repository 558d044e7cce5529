// Vietnamese surnames that are articles in French, Spanish or Italian ("Le", "La"): a page that drops
// the diacritics ("Lê Minh" → "Le Minh") leaves a name that opens like "Le Caire" or "La Paz". What
// tells them apart is the word after it: a Vietnamese middle or given name of one syllable, which no
// French or Spanish place or office is written with, or diacritics only Vietnamese uses.

/** Middle and given names common in Vietnamese names, written without diacritics (folded). */
const VIETNAMESE_SECOND = /^(?:van|thi|minh|duc|quoc|thanh|huu|dinh|ngoc|hoang|anh|hong|kim|cong|xuan|trung|tuan|thu|quang|hai|manh|tien|trong|dang|khanh|bao|phuong|thuy|hung|dung|vinh|hieu|nhat|tan|phuc|thao|huong|huyen|nguyet|ha|tuyet|chi|viet|duy|tri|the|ba)$/;

/** Letters that only Vietnamese writes among the Latin scripts ("ư", "ơ", "đ", "ạ", "ế" …). */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** The surnames an article-first test would take for an article. */
const ARTICLE_SURNAME = /^(?:Le|La|LE|LA)$/u;

/**
 * "Le Minh Example", "La Thi Example", "LE VAN EXAMPLE": a Vietnamese name whose surname is spelt
 * like an article. Three words at least (a surname, a middle name, a given name).
 */
export function isVietnameseArticleSurname(words: readonly string[]): boolean {
  if (words.length < 3 || !ARTICLE_SURNAME.test(words[0] ?? '')) return false;
  return VIETNAMESE_SECOND.test((words[1] ?? '').toLowerCase()) || words.some((w) => VIETNAMESE_LETTER.test(w));
}
