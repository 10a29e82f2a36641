import type { ListEntry } from '../../src/core/screening/types.js';
import { seededRandom } from '../../src/core/random/seeded-random.js';

/**
 * A made-up list the size of all official lists together, for timing: people with two or three
 * name parts (given names drawn from a short list so that some are common, surnames built from
 * syllables so that most are rare) and companies from a distinctive made-up word plus generic
 * words and a legal form. Deterministic for a given seed.
 */
export function syntheticEntries(nameTarget: number, seed = 1): { entries: ListEntry[]; nameCount: number } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // Skewed pick: early items far more often, like real name frequencies.
  const pickCommon = <T>(items: readonly T[]) => items[Math.floor(random() ** 3 * items.length)]!;
  const word = (parts: number) => Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
  const entries: ListEntry[] = [];
  let nameCount = 0;
  while (nameCount < nameTarget) {
    const id = String(entries.length + 1);
    const person = random() < 0.55;
    const aliasCount = Math.floor(random() * 3);
    let name: string;
    const aliases: ListEntry['aliases'] = [];
    if (person) {
      const surname = word(2 + Math.floor(random() * 2)).toUpperCase();
      const given = pickCommon(GIVEN);
      const middle = random() < 0.5 ? ` ${pickCommon(GIVEN)}ovich` : '';
      name = `${surname}, ${given}${middle}`;
      for (let a = 0; a < aliasCount; a++) aliases.push({ name: `${surname.slice(0, -1)}${pick(['A', 'E', 'O'])}, ${pickCommon(GIVEN)}`, quality: random() < 0.2 ? 'weak' : 'strong' });
    } else {
      const core = word(2 + Math.floor(random() * 2));
      name = `${core} ${pickCommon(GENERIC)} ${random() < 0.5 ? pickCommon(GENERIC) + ' ' : ''}${pick(FORMS)}`.toUpperCase();
      for (let a = 0; a < aliasCount; a++) aliases.push({ name: `${core} ${pickCommon(GENERIC)} ${pick(FORMS)}`.toUpperCase(), quality: 'strong' });
    }
    nameCount += 1 + aliases.length;
    entries.push({ list: 'synthetic', id, type: person ? 'individual' : 'entity', name, aliases, countries: [pick(COUNTRIES)], programs: [] });
  }
  return { entries, nameCount };
}

/** Queries for timing: half are altered listed names (typo, order), half are new names built the same way. */
export function syntheticQueries(entries: readonly ListEntry[], count: number, seed = 2): { name: string }[] {
  const random = seededRandom(seed);
  const out: { name: string }[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const entry = entries[Math.floor(random() * entries.length)]!;
      const parts = entry.name.replace(',', '').split(' ');
      const k = Math.floor(random() * parts.length);
      const part = parts[k]!;
      const at = Math.floor(random() * part.length);
      parts[k] = part.slice(0, at) + 'e' + part.slice(at + 1);
      out.push({ name: (random() < 0.5 ? parts.reverse() : parts).join(' ') });
    } else {
      const syl = () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
      out.push({ name: random() < 0.5 ? `${GIVEN[Math.floor(random() ** 3 * GIVEN.length)]} ${syl()}${syl()}${syl()}` : `${syl()}${syl()} ${GENERIC[Math.floor(random() * GENERIC.length)]} LLC` });
    }
  }
  return out;
}


const SYLLABLES = 'ba be bi bo ka ke ki ko da de di do ra re ri ro sa se si so ta te ti to na ne ni no ma me mi mo la le li lo va ve vi vo za ze zi zo sha shi kha khe nov rov lin han ter gar bel mar tor ven sul dor kar'.split(' ');
const GIVEN = 'Mohammed Ali Ahmad Hassan Igor Sergei Aleksandr Vladimir Olga Elena Wei Jun Maria Jose Juan Ivan Dmitry Omar Yusuf Khalid Ibrahim Hussein Mahmoud Reza Mehdi Natalya Tatyana Pavel Andrei Nikolai Kim Li Chen Anna Carlos Luis Miguel Ahmed Mustafa Said'.split(' ');
const GENERIC = 'Trading Group International Global General Industrial Technology Shipping Services Bank Investment Holding Energy Petroleum Logistics Marine Engineering Commercial Development Import Export Electronics'.split(' ');
const FORMS = ['LLC', 'Ltd', 'Limited', 'OOO', 'JSC', 'Co', 'FZE', 'GmbH', 'SA', 'PJSC'];
const COUNTRIES = ['RU', 'IR', 'CN', 'KP', 'SY', 'AE', 'BY', 'VE', 'IQ', 'LB'];
