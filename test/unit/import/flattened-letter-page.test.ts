import { describe, expect, it } from 'vitest';
import { splitLabelledEnvelope } from '../../../src/import/labelled-envelope-line.js';
import { splitRunOnGreeting } from '../../../src/import/run-on-greeting.js';
import { splitHeader } from '../../../src/import/unflatten.js';

// A letter page flattened by a document site: the addressee's block run onto its "To:" label's line,
// and the greeting run on with the letter's first sentence, with no comma between them.

describe('splitLabelledEnvelope: a "To:" label with the addressee block on its line', () => {
  const rows: Array<[string, string[] | undefined]> = [
    ['Aan: Hare excellentie, de ambassadeur van Voorbeeldland Lindelaan 14 2517 KL Den Haag', ['Aan:', 'Hare excellentie, de ambassadeur van Voorbeeldland', 'Lindelaan 14', '2517 KL Den Haag']],
    ['An: Seine Exzellenz, der Botschafter von Beispielland Beispielallee 23 10787 Berlin', ['An:', 'Seine Exzellenz, der Botschafter von Beispielland', 'Beispielallee 23', '10787 Berlin']],
    ['A: Sua Eccellenza, l’Ambasciatore di Esempia Via Esempio 12 00100 Roma', ['A:', 'Sua Eccellenza, l’Ambasciatore di Esempia', 'Via Esempio 12', '00100 Roma']],
    ['To: His Excellency, the Ambassador of Exampleland 12 Example Road London SW1A 2AA', ['To:', 'His Excellency, the Ambassador of Exampleland', '12 Example Road London SW1A 2AA']],
    ['À : Son Excellence, l’ambassadeur d’Exemplie 12 rue de l’Exemple 75008 Paris', ['À :', 'Son Excellence, l’ambassadeur d’Exemplie', '12 rue de l’Exemple 75008 Paris']],
    // A label and a sentence, an email, or no address: left whole.
    ['To: Minister Jane Example, who ordered the arrest of 12 students last week.', undefined],
    ['To: Jane Example minister@example.gov 12 Example Road', undefined],
    ['To: The Minister of Justice', undefined],
    ['Date: 12 March 2031 Example Road 4', undefined],
  ];
  it.each(rows)('%s', (line, expected) => {
    expect(splitLabelledEnvelope(line, splitHeader)).toEqual(expected);
  });
});

describe('splitRunOnGreeting: a greeting run on with the letter’s first sentence', () => {
  const rows: Array<[string, [string, string] | undefined]> = [
    [
      'Hare excellentie, de ambassadeur van Voorbeeldland Ik wend mij tot u in verband met de journaliste die vorige maand is gearresteerd.',
      ['Hare excellentie, de ambassadeur van Voorbeeldland,', 'Ik wend mij tot u in verband met de journaliste die vorige maand is gearresteerd.'],
    ],
    ['Dear Minister of Justice I am writing to you about the case of the students held in the city.', ['Dear Minister of Justice,', 'I am writing to you about the case of the students held in the city.']],
    ['Dear President Jane Example I am writing to you about the case of the students held in the city.', ['Dear President Jane Example,', 'I am writing to you about the case of the students held in the city.']],
    ['Exzellenz Ich schreibe Ihnen wegen der Journalistin, die im vergangenen Monat festgenommen wurde.', ['Exzellenz,', 'Ich schreibe Ihnen wegen der Journalistin, die im vergangenen Monat festgenommen wurde.']],
    ['Monsieur le Ministre Je vous écris au sujet des étudiants détenus dans la ville depuis le mois dernier.', ['Monsieur le Ministre,', 'Je vous écris au sujet des étudiants détenus dans la ville depuis le mois dernier.']],
    // A greeting with its comma is glued-greeting.ts's; a sentence about someone, or no courtesy opening, stays whole.
    ['Dear Minister, I am writing to you about the case of the students held in the city.', undefined],
    ['Monsieur Exemple a été arrêté le mois dernier dans la ville et sa famille ne l’a pas revu depuis.', undefined],
    ['Signora Esempio è stata arrestata il mese scorso e la sua famiglia non ha più avuto sue notizie.', undefined],
    ['Madame Jane Example was arrested in the city last week and has not been seen by her family since then.', undefined],
    ['The Ambassador of Exampleland I am told has not answered any of the letters sent to him this year.', undefined],
    ['Dear Ministry of Justice I am writing to you about the case of the students held in the city.', undefined],
  ];
  it.each(rows)('%s', (line, expected) => {
    expect(splitRunOnGreeting(line)).toEqual(expected);
  });
});
