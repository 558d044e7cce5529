// Builds the batch benchmark's inputs: a case with two officials reachable by letter, email
// and X, and a signer list of any length with varied, non-Latin-1 names.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CASE = `---
id: bench-case
title: "Benchmark: two officials, three channels"
country: Türkiye
deadline: 2099-12-31
languages: [en]
hashtags: [FreeThemAll]
targets:
  - id: minister
    name: Ayşe Yılmaz
    title: Minister of Justice
    address: [Adalet Bakanlığı, Milli Müdafaa Cd. No 22, 06659 Ankara, Türkiye]
    email: minister@example.org
    twitter: "@benchminister"
  - id: ambassador
    name: Jan Kowalski
    honorific: His Excellency
    title: Ambassador
    address: [ul. Przykładowa 1, 00-001 Warszawa, Poland]
    email: [embassy@example.org, consul@example.org]
    twitter: benchembassy
---

## Letter

I am deeply concerned about the people detained for taking part in peaceful protests, and I ask
you to make sure that each of them can see a lawyer and their family without delay.

Please release everyone held only for exercising their rights, and protect those at risk.

## Tweet

Free everyone held for peaceful protest and let them see their lawyers and families now.
`;

const FIRST = ['Ayşe', 'Łukasz', 'Ђорђе', 'María', 'Chloé', 'Oluwaseun', 'Søren', 'Nguyễn', 'Anna', 'José'];
const LAST = ['Öztürk', 'Wiśniewski', 'Петровић', 'García', 'Dubois', 'Adeyemi', 'Kjær', 'Văn An', 'Smith', 'Núñez'];
const CITIES = [['Leeds', 'United Kingdom'], ['Łódź', 'Poland'], ['İstanbul', 'Türkiye'], ['Sevilla', 'Spain'], ['Lyon', 'France']];

export function writeBatchFixture(dir, signers) {
  const casePath = join(dir, 'case.md');
  writeFileSync(casePath, CASE);
  const rows = ['name,address,city,country,email,personal,lang'];
  for (let i = 0; i < signers; i++) {
    const [city, country] = CITIES[i % CITIES.length];
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
    rows.push(`"${name}","${i} Example Street",${city},${country},signer${i}@example.org,,en`);
  }
  const signersPath = join(dir, `signers-${signers}.csv`);
  writeFileSync(signersPath, rows.join('\n') + '\n');
  return { casePath, signersPath };
}
