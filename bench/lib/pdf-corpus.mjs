// Synthetic letters for the PDF benchmark: every signer different (names, streets, postcodes drawn
// from pools in several scripts, as in a real signer list), two officials, and a body whose
// paragraphs vary per signer the way `generate` varies its phrasing. All wording is our own.
const FIRST = ['Zeynep', 'Małgorzata', 'Ђорђе', 'Ana', 'John', 'Søren', 'İlker', 'Chiara', 'Amadou', 'Nguyễn Thị', 'Ελένη', 'Ольга', 'Łukasz', 'María José', 'Pierre', 'Aoife', 'Kofi', 'Ingrid', 'Mehmet', 'Dvořák'];
const LAST = ['Çelik', 'Wiśniewska', 'Петровић', 'García', 'Smith', 'Kjærgaard', 'Öztürk', 'Romano', 'Diallo', 'Hương', 'Παπαδοπούλου', 'Иванова', 'Kowalczyk', 'Fernández', 'Lefèvre', 'Ní Bhriain', 'Mensah', 'Lindqvist', 'Yılmaz', 'Novák'];
const STREETS = ['Bağdat Caddesi', 'ul. Piotrkowska', 'Кнеза Милоша', 'Calle Mayor', 'High Street', 'Nørregade', 'Via Garibaldi', 'Rue de la Paix', 'Hauptstraße', 'Andrássy út'];
const CITIES = [
  ['34728 Kadıköy/İstanbul', 'Türkiye'], ['90-006 Łódź', 'Polska'], ['11000 Београд', 'Србија'], ['28013 Madrid', 'España'],
  ['LS1 4AP Leeds', 'United Kingdom'], ['1165 København K', 'Danmark'], ['20121 Milano', 'Italia'], ['75002 Paris', 'France'],
  ['10115 Berlin', 'Deutschland'], ['1061 Budapest', 'Magyarország'],
];
export const OFFICIALS = [
  { id: 'attorney-general', salutation: 'Dear Attorney General,', lines: ['Fiscal General de la República', 'Edificio Sede del Ministerio Público', 'Esquina de Misericordia, Avenida México', 'Caracas 1010', 'VENEZUELA'] },
  { id: 'un-mission', salutation: 'Dear Ambassador,', lines: ['Permanent Mission to the United Nations', 'His Excellency the Permanent Representative', '335 East 46th Street', 'New York, NY 10017', 'USA'] },
];
const OPENINGS = [
  'I am writing to ask you to release at once everyone held only for taking part in peaceful protests, and to keep children and people with disabilities in custody safe from harm.',
  'I urge you to free without delay all those detained for nothing more than joining a peaceful protest, and to protect the teenagers and disabled people who are still held.',
  'Please release, immediately and without conditions, every person detained for protesting peacefully, and make sure that young and disabled detainees are not harmed.',
];
const MIDDLES = [
  'Families describe relatives they cannot reach and lawyers turned away at the prison gate. Every person in detention must be able to speak to their family and to a lawyer of their own choosing, and nobody should be moved to a high-security prison without a reason a court can examine.',
  'Relatives say they have had no news for weeks and that lawyers of their choice were refused access. Detained people must be allowed to contact their families and the lawyer they choose, and transfers far from home must be open to review by a judge.',
  'I am alarmed by reports that detainees are held without contact with their families or lawyers. Everyone in custody must be able to see a lawyer they trust and to let their family know where they are, and no one should disappear into a distant prison.',
];
const CLOSINGS = [
  'Taking part in a peaceful protest is a right, not a crime. I urge you to protect that right and to answer the concerns of the families without delay.',
  'Peaceful protest must be protected, not punished. I ask you to act now and to respond to the families who are waiting for news.',
  'No one should be punished for speaking out peacefully. I count on you to protect that right and to give the families the answers they are owed.',
];

function pick(list, i) {
  return list[i % list.length];
}

// Surnames are built from syllables so that, as in a real list, most signers bring a name the
// PDF writer has not seen before (a fixed pool would flatter its caches).
const SYLLABLES = [
  ['ko', 'wal', 'ski', 'ne', 'mar', 'ty', 'ła', 'zak', 'wicz', 'ber', 'ga', 'lo', 'mi', 'ros', 'ta', 'nek', 'ri', 'do', 'sa', 'vin'],
  ['пе', 'тро', 'вић', 'ми', 'ло', 'ше', 'ра', 'дов', 'ник', 'ја', 'ко', 'ста', 'ди', 'нић', 'бо', 'жа', 'лу', 'ки', 'сав', 'ре'],
];

function surname(i) {
  const set = SYLLABLES[i % 2];
  const a = pick(set, i), b = pick(set, Math.floor(i / 20) + 7), c = pick(set, Math.floor(i / 400) + 3);
  const word = a + b + c;
  return word[0].toLocaleUpperCase() + word.slice(1);
}

/** The i-th signer: name, street and postcode differ for nearly every i. */
export function signerAt(i) {
  const [city, country] = pick(CITIES, i * 7 + 3);
  const name = `${pick(FIRST, i)} ${i % 3 === 0 ? pick(LAST, i * 3) : surname(i)}`;
  const street = `${pick(STREETS, i * 11 + 1)} ${1 + ((i * 37) % 240)}`;
  const postcodeCity = city.replace(/^\S+/, (code) => code.replace(/\d\d$/, String(i % 100).padStart(2, '0')));
  return { name, address: [street], city: postcodeCity, country, personal: i % 4 === 0 ? `As a member of a local group in ${postcodeCity.split(' ').at(-1)}, I follow these cases closely (${i}).` : undefined };
}

/** Letter i of n, grouped by official: the first half to the first official, and so on. */
export function letterAt(i, n) {
  const official = OFFICIALS[Math.floor((i * OFFICIALS.length) / n)];
  const signer = signerAt(i);
  const senderLines = [signer.name, ...signer.address, signer.city, signer.country];
  const paragraphs = [official.salutation, pick(OPENINGS, i), pick(MIDDLES, i + 1), ...(signer.personal ? [signer.personal] : []), pick(CLOSINGS, i + 2), 'Yours sincerely,', signer.name];
  const body = paragraphs.join('\n\n');
  const date = '14 September 2024';
  return {
    channel: 'letter', caseId: 'bench', targetId: official.id, lang: 'en', signer,
    senderLines, date, recipientLines: official.lines, body,
    text: [...senderLines, '', date, '', ...official.lines, '', body].join('\n'),
  };
}
