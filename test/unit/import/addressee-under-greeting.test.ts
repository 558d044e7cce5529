// A section's page may print the official between the letter's greeting and its first paragraph.
// Those lines are the official (when the page lists no other), and no paragraph of the letter; a
// letter whose first lines are merely wrapped short is left whole.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const rows = [
  {
    lang: 'es',
    page: [
      'LIBEREN A LA DEFENSORA JUANA EJEMPLO',
      'El 3 de marzo, hombres sin identificar detuvieron a la defensora Juana Ejemplo en su casa, y desde entonces no se sabe dónde está ni en qué condiciones se encuentra.',
      'ACTÚEN: REDACTEN SU PROPIO LLAMAMIENTO O UTILICEN LA SIGUIENTE CARTA MODELO',
      'Señor Pedro Muestra,',
      'Presidente de la República Pedro Muestra',
      'Palacio de Gobierno, Avenida Central 10, Ciudad Ejemplo 1010, Ejemplia',
      'Le escribo para expresar mi honda preocupación por la detención de Juana Ejemplo, defensora de derechos humanos, cuyo paradero sigue sin conocerse desde hace ya varios días.',
      'Le pido que revele de inmediato dónde se encuentra y que la ponga en libertad sin condiciones.',
    ],
    name: 'Pedro Muestra',
    title: 'Presidente de la República',
    address: ['Palacio de Gobierno, Avenida Central 10, Ciudad Ejemplo 1010, Ejemplia'],
    letterStart: 'Le escribo para expresar mi honda preocupación',
  },
  {
    lang: 'fr',
    page: [
      'LIBÉREZ LE JOURNALISTE PAUL EXEMPLE',
      "Le journaliste Paul Exemple a été arrêté le 2 avril à son domicile et n'a pas été autorisé à voir un avocat ni sa famille depuis son arrestation.",
      'Agissez : écrivez votre propre lettre ou utilisez le modèle ci-dessous',
      'Monsieur le Ministre,',
      'Ministre de la Justice Jean Modèle',
      'Ministère de la Justice, 12 rue de la Loi, 1000 Exempleville',
      "Je vous écris pour vous faire part de ma vive inquiétude au sujet de l'arrestation du journaliste Paul Exemple, détenu sans pouvoir consulter un avocat.",
    ],
    name: 'Jean Modèle',
    title: 'Ministre de la Justice',
    address: ['Ministère de la Justice, 12 rue de la Loi, 1000 Exempleville'],
    letterStart: 'Je vous écris pour vous faire part',
  },
];

describe('the official between the greeting and the letter', () => {
  it.each(rows)('$lang: the official is read, the letter starts after him', ({ page, name, title, address, letterStart }) => {
    const caseText = importDocument(page.join('\n'), { source: 'page.txt' }).caseText;
    const targets = draftTargets(caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name, title, address });
    const letter = caseText.split('## Letter')[1] ?? '';
    expect(letter.trimStart().startsWith(letterStart)).toBe(true);
  });

  it('a letter whose first lines are wrapped short stays whole', () => {
    const page = [
      'Please write to:',
      'Minister Jane Example',
      'Ministry of Justice, 1 Example Road, Example City',
      'Email: minister@example.org',
      '',
      'Dear Minister,',
      'I am writing to you about the 24 farmers',
      'arrested in May, who are held without charge',
      'and without access to their families.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const caseText = importDocument(page, { source: 'page.txt' }).caseText;
    expect(caseText.split('## Letter')[1]).toContain('I am writing to you about the 24 farmers');
  });
});
