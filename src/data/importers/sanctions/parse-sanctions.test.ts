import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatRowError } from '../types.js';
import { parseSanctionsList, type SanctionsFile } from './parse-sanctions-list.js';
import type { SanctionsEntry, SanctionsKind, SanctionsParseOutcome } from './sanctions-entry.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Latin-1 bytes, one per character, as the legacy OFAC files are written. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const fixture = (name: string) => fs.readFileSync(new URL(`../../../../test/fixtures/sanctions/${name}`, import.meta.url));

function parsed(kind: SanctionsKind, files: SanctionsFile[]): SanctionsParseOutcome {
  const r = parseSanctionsList(kind, files);
  if (!r.ok) assert.fail(`expected the list to parse: ${r.message}`);
  return r.value;
}

function failure(kind: SanctionsKind, files: SanctionsFile[]): { message: string; field: string | undefined } {
  const r = parseSanctionsList(kind, files);
  if (r.ok) assert.fail(`expected VALIDATION_FAILED, got ${r.value.rows.length} rows and ${r.value.errors.length} errors`);
  assert.equal(r.code, 'VALIDATION_FAILED');
  return { message: r.message, field: r.field };
}

const byId = (o: SanctionsParseOutcome, id: string, list?: string): SanctionsEntry => {
  const entry = o.rows.find((e) => e.id === id && (list === undefined || e.list === list));
  assert.ok(entry, `entry ${id} not found`);
  return entry;
};

// ---------------------------------------------------------------------------------------------
// CSL: written in the layout of consolidated.csv (29 columns, "; "-joined multi-valued fields);
// the parties are invented.
const CSL_HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const cslRow = (cells: Partial<Record<string, string>>) =>
  CSL_HEADER.split(',')
    .map((c) => {
      const v = cells[c] ?? '';
      return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
    })
    .join(',');
const SDN_SOURCE = 'Specially Designated Nationals (SDN) - Treasury Department';
const EL_SOURCE = 'Entity List (EL) - Bureau of Industry and Security';
const CSL = [
  CSL_HEADER,
  cslRow({ _id: '90001', source: SDN_SOURCE, entity_number: '90001', type: 'Individual', programs: 'BELARUS; RUSSIA-EO14024', name: 'TESTAVA, Volha', addresses: 'Minsk, BY; 1 Test Street, Vilnius, LT', alt_names: 'TESTOVA, Olga; TESTAVA, Volga; testava,  volha', dates_of_birth: '1976; 1977-02-03', nationalities: 'BY', citizenships: 'BY; RU', remarks: 'Invented.' }),
  cslRow({ _id: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', source: EL_SOURCE, name: 'Test Optics Co., Ltd.', addresses: 'Room 1, Building 2, Shenzhen, Guangdong, 518000, CN', license_requirement: 'For all items subject to the EAR.', start_date: '2022-04-21' }),
  cslRow({ _id: '90002', source: 'Capta List (CAP) - Treasury Department', type: 'Entity', name: 'TEST BANK LLC', alt_names: 'TB LLC', addresses: 'Moscow, RU', source_list_url: 'http://one.example' }),
  // The published file repeats a row that differs only in a URL: merged, not an error.
  cslRow({ _id: '90002', source: 'Capta List (CAP) - Treasury Department', type: 'Entity', name: 'TEST BANK LLC', alt_names: 'TB LLC; TEST BANK', addresses: 'Moscow, RU', source_list_url: 'http://two.example' }),
  cslRow({ _id: '90002', source: SDN_SOURCE, type: 'Entity', name: 'TEST BANK LLC' }),
  cslRow({ _id: 'x1', source: 'Some New List (SNL) - Department of Tests', type: 'Vessel', name: 'TEST STAR' }),
].join('\n');

test('csl: one entry per source list and id, aliases split on ";", countries from address codes and nationality', () => {
  const o = parsed('csl', [{ name: 'consolidated.csv', bytes: utf8(CSL) }]);
  assert.deepEqual(o.errors, []);
  assert.deepEqual({ read: o.read, rows: o.rows.length, skipped: o.skipped, merged: o.merged, edition: o.edition }, { read: 6, rows: 5, skipped: 1, merged: 1, edition: null });
  assert.deepEqual(byId(o, '90001'), {
    line: 2,
    list: 'csl:SDN',
    id: '90001',
    type: 'individual',
    name: 'TESTAVA, Volha',
    // "testava,  volha" repeats the name (case and spaces aside) and is dropped
    aliases: [
      { name: 'TESTOVA, Olga', quality: 'strong' },
      { name: 'TESTAVA, Volga', quality: 'strong' },
    ],
    countries: ['BY', 'LT', 'RU'],
    addresses: ['Minsk, BY', '1 Test Street, Vilnius, LT'],
    programs: ['BELARUS', 'RUSSIA-EO14024'],
    remarks: 'Invented.',
    dates: ['1976', '1977-02-03'],
  });
  const el = byId(o, 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
  assert.deepEqual([el.list, el.type, el.countries], ['csl:Entity List', 'unknown', ['CN']]);
  const capta = byId(o, '90002', 'csl:CAPTA');
  assert.deepEqual(capta.aliases.map((a) => a.name), ['TB LLC', 'TEST BANK']);
  assert.equal(capta.line, 4);
  assert.equal(byId(o, '90002', 'csl:SDN').line, 6);
  assert.deepEqual([byId(o, 'x1').list, byId(o, 'x1').type], ['csl:SNL', 'vessel']);
});

// ---------------------------------------------------------------------------------------------
// OFAC legacy CSV: no header, CRLF, "-0- " nulls, Latin-1, a SUB byte at the end; invented parties.
const N = '-0- ';
const SUB = '\u001a';
const SDN_CSV = [
  `100,"TEST CARIBBEAN AIRLINES",${N},"CUBA",${N},${N},${N},${N},${N},${N},${N},${N}`,
  `101,"TEST NATIONAL BANK",${N},"CUBA] [IRAN",${N},${N},${N},${N},${N},${N},${N},"a.k.a. 'TNB'."`,
  `102,"JOSÉ TESTER, Ana","individual","SDNTK",${N},${N},${N},${N},${N},${N},${N},"DOB 01 Jan 1970; alt. DOB 02 Feb 1971; citizen Mexico; a.k.a. 'LA GUERA'; f.k.a. ''ANITA''; Linked To: TEST GROUP; For more information on these f"`,
  `103,"TEST STAR","vessel","IRAN",${N},"9HA0001","Crude Oil Tanker","150,000","80,000","Malta",${N},"Vessel Registration Identification IMO 9000001."`,
  `104,"TEST KOREA TRADING",${N},"DPRK3",${N},${N},${N},${N},${N},${N},${N},"nationality Korea, North; Organization Type: Wholesale trade."`,
  SUB,
].join('\r\n');
const ALT_CSV = [
  `100,1,"aka","CARIBE TEST AIR",${N}`,
  `100,2,"fka","AERO TEST CARIBE",${N}`,
  `102,3,"aka","TESTER, Anna",${N}`,
  `102,4,"nka","TESTER ROJAS, Ana",${N}`,
  `102,5,"aka","JOSÉ TESTER, Ana",${N}`,
  `99999,6,"aka","ADDED LATER",${N}`,
  `99998,7,"aka","ADDED LATER TOO",${N}`,
  SUB,
].join('\r\n');
const ADD_CSV = [
  `100,1,${N},"Havana","Cuba",${N}`,
  `102,2,"Calle 1","Guadalajara, Jalisco","Mexico",${N}`,
  `104,3,${N},"Pyongyang","Korea, North",${N}`,
  `99999,4,${N},${N},"Russia",${N}`,
  SUB,
].join('\r\n');
const COMMENTS_CSV = [`102,"iles, see the notice; a.k.a. 'CHATA'."`, `99999,"orphan overflow"`, SUB].join('\r\n');
const SDN_FOLDER: SanctionsFile[] = [
  { name: 'ofac-sdn/sdn.csv', bytes: latin1(SDN_CSV) },
  { name: 'ofac-sdn/alt.csv', bytes: latin1(ALT_CSV) },
  { name: 'ofac-sdn/add.csv', bytes: latin1(ADD_CSV) },
  { name: 'ofac-sdn/sdn_comments.csv', bytes: latin1(COMMENTS_CSV) },
  { name: 'ofac-sdn/README.txt', bytes: utf8('not a list file: ignored') },
];

test('ofac-sdn: the four files joined on ent_num; orphans counted, not errors', () => {
  const o = parsed('ofac-sdn', SDN_FOLDER);
  assert.deepEqual(o.errors, []);
  assert.deepEqual(
    { read: o.read, rows: o.rows.length, skipped: o.skipped, orphans: o.orphans, merged: o.merged, edition: o.edition },
    { read: 5 + 7 + 4 + 2, rows: 5, skipped: 4, orphans: { aliases: 2, addresses: 1, comments: 1 }, merged: 0, edition: null },
  );
  assert.deepEqual(byId(o, '102'), {
    line: 3,
    list: 'ofac-sdn',
    id: '102',
    type: 'individual',
    name: 'JOSÉ TESTER, Ana',
    // alt.csv names are strong; the quoted a.k.a. in the remarks (and in their overflow) are OFAC's weak aliases
    aliases: [
      { name: 'TESTER, Anna', quality: 'strong' },
      { name: 'TESTER ROJAS, Ana', quality: 'strong' },
      { name: 'LA GUERA', quality: 'weak' },
      { name: 'ANITA', quality: 'weak' },
      { name: 'CHATA', quality: 'weak' },
    ],
    countries: ['MX'],
    addresses: ['Calle 1, Guadalajara, Jalisco, Mexico'],
    programs: ['SDNTK'],
    remarks:
      "DOB 01 Jan 1970; alt. DOB 02 Feb 1971; citizen Mexico; a.k.a. 'LA GUERA'; f.k.a. ''ANITA''; Linked To: TEST GROUP; For more information on these files, see the notice; a.k.a. 'CHATA'.",
    dates: ['01 Jan 1970', '02 Feb 1971'],
  });
  const airline = byId(o, '100');
  assert.deepEqual([airline.type, airline.remarks, airline.addresses, airline.countries], ['entity', null, ['Havana, Cuba'], ['CU']]);
  assert.deepEqual(byId(o, '101').programs, ['CUBA', 'IRAN']);
  assert.deepEqual(byId(o, '101').aliases, [{ name: 'TNB', quality: 'weak' }]);
  assert.equal(byId(o, '103').type, 'vessel');
  assert.deepEqual(byId(o, '104').countries, ['KP']);
});

test('ofac-sdn: the main file alone is enough; a hand-added header row is skipped', () => {
  const o = parsed('ofac-sdn', [{ name: 'SDN.CSV', bytes: latin1(`ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\r\n${SDN_CSV}`) }]);
  assert.deepEqual(o.errors, []);
  assert.deepEqual([o.read, o.rows.length, o.rows[0]!.line], [5, 5, 2]);
  assert.deepEqual(byId(o, '100').aliases, []);
});

test('ofac-non-sdn: the cons_* files of the same layout', () => {
  const o = parsed('ofac-non-sdn', [
    { name: 'cons_prim.csv', bytes: latin1(SDN_CSV) },
    { name: 'cons_alt.csv', bytes: latin1(ALT_CSV) },
  ]);
  assert.deepEqual(o.errors, []);
  assert.deepEqual([o.rows.length, o.orphans.aliases, o.rows[0]!.list], [5, 2, 'ofac-non-sdn']);
});

// ---------------------------------------------------------------------------------------------
// UN: the structure of scsanctions.un.org consolidated.xml; invented parties.
const UN_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://www.un.org/sc/resources/sc-sanctions.xsd" dateGenerated="2026-01-31T00:00:01.000Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>9000001</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>AHMAD</FIRST_NAME>
      <SECOND_NAME>KARIM</SECOND_NAME>
      <THIRD_NAME>HASSAN </THIRD_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>
      <LISTED_ON>2011-07-28</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT>أحمد كريم حسن</NAME_ORIGINAL_SCRIPT>
      <COMMENTS1>Invented record.
Second line.</COMMENTS1>
      <NATIONALITY>
        <VALUE>Somalia</VALUE>
        <VALUE>Kenya</VALUE>
      </NATIONALITY>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Ahmed Kariim</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu Karim</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>A. K. Hassan</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><CITY>Mogadishu</CITY><COUNTRY>Somalia</COUNTRY></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_ADDRESS><COUNTRY/></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1975-06-01</DATE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1973</FROM_YEAR><TO_YEAR>1976</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY>Ethiopia</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
      <SORT_KEY/>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <!-- an entity uses FIRST_NAME only -->
    <ENTITY>
      <DATAID>9000002</DATAID>
      <FIRST_NAME>KOREA TEST TRADING &amp; MINING CORPORATION</FIRST_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPe.901</REFERENCE_NUMBER>
      <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME><![CDATA[KTT&M]]></ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><STREET>Central District</STREET><CITY>Pyongyang</CITY><COUNTRY>Democratic People&apos;s Republic of Korea</COUNTRY></ENTITY_ADDRESS>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>
`;

test('un: names joined from FIRST to FOURTH_NAME, Good/a.k.a. strong and Low weak, original script an alias', () => {
  const o = parsed('un', [{ name: 'consolidated.xml', bytes: utf8(UN_XML) }]);
  assert.deepEqual(o.errors, []);
  assert.deepEqual({ read: o.read, rows: o.rows.length, edition: o.edition }, { read: 2, rows: 2, edition: '2026-01-31T00:00:01.000Z' });
  assert.deepEqual(o.rows[0], {
    line: 4,
    list: 'un',
    id: 'QDi.901',
    type: 'individual',
    name: 'AHMAD KARIM HASSAN',
    aliases: [
      { name: 'Ahmed Kariim', quality: 'strong' },
      { name: 'Abu Karim', quality: 'weak' },
      { name: 'A. K. Hassan', quality: 'strong' },
      { name: 'أحمد كريم حسن', quality: 'strong' },
    ],
    // nationality and address, not the place of birth
    countries: ['SO', 'KE'],
    addresses: ['Mogadishu, Somalia'],
    programs: ['Al-Qaida'],
    remarks: 'Invented record.\nSecond line.',
    dates: ['1975-06-01', '1973 to 1976'],
  });
  assert.deepEqual(o.rows[1], {
    line: 34,
    list: 'un',
    id: 'KPe.901',
    type: 'entity',
    name: 'KOREA TEST TRADING & MINING CORPORATION',
    aliases: [{ name: 'KTT&M', quality: 'strong' }],
    countries: ['KP'],
    addresses: ["Central District, Pyongyang, Democratic People's Republic of Korea"],
    programs: ['DPRK'],
    remarks: null,
    dates: [],
  });
});

// ---------------------------------------------------------------------------------------------
test('eu: the fixture written from the FSF XML structure (person and enterprise, Cyrillic and weak aliases)', () => {
  const o = parsed('eu', [{ name: '20260226-FULL-1_1.xml', bytes: fixture('eu-sample.xml') }]);
  assert.deepEqual(o.errors, []);
  assert.deepEqual({ read: o.read, rows: o.rows.length, edition: o.edition }, { read: 4, rows: 4, edition: '2026-02-26T18:32:10.123+01:00' });
  assert.deepEqual(o.rows[0], {
    line: 6,
    list: 'eu',
    id: '900101',
    type: 'individual',
    name: 'Ivan Petrovich SIDOROV',
    aliases: [
      { name: 'Иван Петрович СИДОРОВ', quality: 'strong' },
      { name: 'Vanya the Engineer', quality: 'weak' },
    ],
    countries: ['RU'],
    addresses: ['Moscow, RUSSIAN FEDERATION'],
    programs: ['UKR'],
    remarks: 'Member of the board of a company supplying the armed forces.',
    dates: ['1965-03-14'],
  });
  const company = o.rows[1]!;
  assert.deepEqual([company.id, company.type, company.name], ['900102', 'entity', 'Severny Trade Limited Liability Company']);
  assert.deepEqual(company.aliases, [
    { name: 'Общество с ограниченной ответственностью «Северная торговля»', quality: 'strong' },
    { name: 'ООО «Северная торговля»', quality: 'strong' },
    { name: 'ST LLC', quality: 'weak' },
  ]);
  assert.deepEqual(company.countries, ['RU', 'BY']);
  assert.deepEqual(company.addresses, ['12 Lesnaya Street, office 4, Saint Petersburg, 190000, RUSSIAN FEDERATION', 'Minsk, BELARUS']);
  // wholeName empty: first, middle and last name; country "00" (unknown) left out; two regulations, one programme
  const third = o.rows[2]!;
  assert.deepEqual(
    [third.name, third.countries, third.programs, third.dates, third.remarks],
    ['Samir Haddad', [], ['SYR'], ['1971'], 'Date of listing: 19.1.2012.; Reportedly in Idlib & Aleppo.'],
  );
  assert.deepEqual(o.rows[3]!.aliases.map((a) => a.name), ['Alexander Nikolaevich KOVALEV', 'Аляксандр Мікалаевіч КАВАЛЁЎ', 'Александр Николаевич КОВАЛЁВ']);
  assert.deepEqual(o.rows[3]!.countries, ['BY']);
});

// ---------------------------------------------------------------------------------------------
test('uk: rows grouped by Unique ID, wherever they stand; Report Date is the edition', () => {
  const o = parsed('uk', [{ name: 'UK_Sanctions_List.csv', bytes: fixture('uk-sample.csv') }]);
  assert.deepEqual(o.errors, []);
  assert.deepEqual({ read: o.read, rows: o.rows.length, edition: o.edition }, { read: 8, rows: 3, edition: '2026-02-28' });
  assert.deepEqual(o.rows[0], {
    line: 3,
    list: 'uk',
    id: 'RUS9901',
    type: 'individual',
    name: 'Ivan Petrovich SIDOROV',
    aliases: [
      { name: 'Иван Петрович СИДОРОВ', quality: 'strong' },
      { name: 'Ivan Petrovich SIDOROFF', quality: 'strong' },
      { name: 'Vanya SIDOROV', quality: 'weak' },
    ],
    countries: ['RU', 'CY'],
    addresses: ['Moscow, Russia'],
    programs: ['The Russia (Sanctions) (EU Exit) Regulations 2019'],
    remarks: '(UK Sanctions List Ref):RUS9901. Invented record for tests.',
    dates: ['14/03/1965'],
  });
  const company = o.rows[1]!;
  assert.deepEqual([company.type, company.name, company.line], ['entity', 'SEVERNY TRADE LIMITED LIABILITY COMPANY', 5]);
  assert.deepEqual(company.aliases, [
    { name: 'ООО «Северная торговля»', quality: 'strong' },
    { name: 'NORTHERN TRADE LLC', quality: 'strong' },
    { name: 'ST LLC', quality: 'weak' },
  ]);
  assert.deepEqual(company.countries, ['RU', 'BY']);
  assert.deepEqual(company.addresses, ['12 Lesnaya Street, office 4, Saint Petersburg, 190000, Russia', 'Minsk, Belarus']);
  assert.deepEqual([o.rows[2]!.type, o.rows[2]!.name, o.rows[2]!.aliases], ['vessel', 'OCEAN PEARL', [{ name: 'PEARL OF THE SEA', quality: 'strong' }]]);
});

test('uk: a file without the Report Date line and with the "Individual, Entity, Ship" column', () => {
  const text = 'Unique ID,Name 6,Name 1,Name type,"Individual, Entity, Ship"\nGHR0001,DOE,Jon,Primary name,Individual\n';
  const o = parsed('uk', [{ name: 'list.csv', bytes: utf8(text) }]);
  assert.deepEqual([o.edition, o.rows[0]!.name, o.rows[0]!.type, o.rows[0]!.line], [null, 'Jon DOE', 'individual', 2]);
});

// ---------------------------------------------------------------------------------------------
// Bad records: reported with their line and field; the rest of the file still parses.

test('bad records in the CSL: no id, no name, unknown type, wrong column count', () => {
  const text = [
    CSL_HEADER,
    cslRow({ _id: '1', source: SDN_SOURCE, type: 'Entity', name: 'GOOD ONE' }),
    cslRow({ _id: '', source: SDN_SOURCE, type: 'Entity', name: 'NO ID' }),
    cslRow({ _id: '3', source: SDN_SOURCE, type: 'Entity', name: '  ' }),
    cslRow({ _id: '4', source: SDN_SOURCE, type: 'Ship', name: 'WRONG TYPE' }),
    '5,short,row',
    cslRow({ _id: '6', source: '', type: 'Entity', name: 'NO SOURCE' }),
  ].join('\n');
  const o = parsed('csl', [{ name: 'consolidated.csv', bytes: utf8(text) }]);
  assert.deepEqual(o.rows.map((e) => e.id), ['1']);
  assert.deepEqual(o.errors.map((e) => [e.line, e.field, e.message]), [
    [3, '_id', '_id is empty'],
    [4, 'name', 'name is empty (_id 3)'],
    [5, 'type', 'type is not Individual, Entity, Vessel, Aircraft or empty: "Ship" (_id 4)'],
    [6, 'row', 'the row has 3 fields, the header has 29'],
    [7, 'source', 'source is empty (_id 6)'],
  ]);
});

test('bad records in the OFAC files: each error names its file, line and field', () => {
  const sdn = [
    `1,"GOOD ONE",${N},"CUBA",${N},${N},${N},${N},${N},${N},${N},${N}`,
    `,"NO ENT_NUM",${N},"CUBA",${N},${N},${N},${N},${N},${N},${N},${N}`,
    `3,${N},${N},"CUBA",${N},${N},${N},${N},${N},${N},${N},${N}`,
    `4,"A SHIP","ship","CUBA",${N},${N},${N},${N},${N},${N},${N},${N}`,
    `5,"TOO FEW FIELDS",${N}`,
    `x6,"BAD ENT_NUM",${N},"CUBA",${N},${N},${N},${N},${N},${N},${N},${N}`,
    SUB,
  ].join('\r\n');
  const alt = [`1,1,"aka","GOOD ALIAS",${N}`, `1,2,"xyz","BAD TYPE",${N}`, `1,3,"aka",${N},${N}`, `3,4,"aka","OF A REJECTED RECORD",${N}`, `1,5,"aka"`, `one,6,"aka","BAD ENT_NUM",${N}`, SUB].join('\r\n');
  const o = parsed('ofac-sdn', [
    { name: 'sdn.csv', bytes: latin1(sdn) },
    { name: 'alt.csv', bytes: latin1(alt) },
  ]);
  assert.deepEqual(o.rows.map((e) => [e.id, e.aliases.map((a) => a.name)]), [['1', ['GOOD ALIAS']]]);
  assert.deepEqual(o.errors.map(formatRowError), [
    'line 2: ent_num is empty (sdn.csv)',
    'line 3: SDN_Name is empty (ent_num 3) (sdn.csv)',
    'line 4: SDN_Type is not individual, vessel, aircraft or -0- (entity): "ship" (ent_num 4) (sdn.csv)',
    'line 5: the row has 3 fields, expected 12 (sdn.csv)',
    'line 6: ent_num is not a number: "x6" (sdn.csv)',
    'line 2: alt_type is not aka, fka or nka: "xyz" (alt.csv, ent_num 1)',
    'line 3: alt_name is empty (alt.csv, ent_num 1)',
    'line 5: the row has 3 fields, expected 5 (alt.csv)',
    'line 6: ent_num is not a number: "one" (alt.csv)',
  ]);
  assert.deepEqual(o.errors.map((e) => [e.file, e.field]), [
    ['sdn.csv', 'ent_num'],
    ['sdn.csv', 'SDN_Name'],
    ['sdn.csv', 'SDN_Type'],
    ['sdn.csv', 'row'],
    ['sdn.csv', 'ent_num'],
    ['alt.csv', 'alt_type'],
    ['alt.csv', 'alt_name'],
    ['alt.csv', 'row'],
    ['alt.csv', 'ent_num'],
  ]);
  // the alias of rejected record 3 is neither an orphan nor a second error
  assert.equal(o.orphans.aliases, 0);
});

test('bad records in the UN XML: no REFERENCE_NUMBER, no name, an unknown record type', () => {
  const xml = `<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">
<INDIVIDUALS>
<INDIVIDUAL><FIRST_NAME>GOOD</FIRST_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL>
<INDIVIDUAL><DATAID>77</DATAID><FIRST_NAME>NO REFERENCE</FIRST_NAME><REFERENCE_NUMBER/></INDIVIDUAL>
<INDIVIDUAL><FIRST_NAME> </FIRST_NAME><SECOND_NAME/><REFERENCE_NUMBER>QDi.3</REFERENCE_NUMBER></INDIVIDUAL>
</INDIVIDUALS>
<ENTITIES>
<VESSEL><FIRST_NAME>A SHIP</FIRST_NAME><REFERENCE_NUMBER>QDe.4</REFERENCE_NUMBER></VESSEL>
</ENTITIES>
</CONSOLIDATED_LIST>`;
  const o = parsed('un', [{ name: 'consolidated.xml', bytes: utf8(xml) }]);
  assert.deepEqual(o.rows.map((e) => e.id), ['QDi.1']);
  assert.deepEqual(o.errors.map((e) => [e.line, e.field, e.message]), [
    [4, 'REFERENCE_NUMBER', 'REFERENCE_NUMBER is empty (<INDIVIDUAL> DATAID "77")'],
    [5, 'FIRST_NAME', 'the name is empty: no FIRST_NAME to FOURTH_NAME (REFERENCE_NUMBER QDi.3)'],
    [8, 'type', 'unknown record type <VESSEL>: expected <INDIVIDUAL> or <ENTITY>'],
  ]);
  assert.equal(o.read, 4);
});

test('bad records in the EU XML: no logicalId, no name, an unknown subject type', () => {
  const xml = `<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-01-01T00:00:00">
<sanctionEntity logicalId="1"><subjectType code="person"/><nameAlias wholeName="Good One" strong="true"/></sanctionEntity>
<sanctionEntity logicalId=""><subjectType code="person"/><nameAlias wholeName="No Id" strong="true"/></sanctionEntity>
<sanctionEntity logicalId="3"><subjectType code="person"/><nameAlias wholeName="" firstName="" strong="true"/></sanctionEntity>
<sanctionEntity logicalId="4"><subjectType code="vessel"/><nameAlias wholeName="A Ship" strong="true"/></sanctionEntity>
<sanctionEntity logicalId="5"><nameAlias wholeName="No Type" strong="true"/></sanctionEntity>
</export>`;
  const o = parsed('eu', [{ name: 'eu.xml', bytes: utf8(xml) }]);
  assert.deepEqual(o.rows.map((e) => e.id), ['1']);
  assert.deepEqual(o.errors.map((e) => [e.line, e.field, e.message]), [
    [3, 'logicalId', 'logicalId of <sanctionEntity> is empty'],
    [4, 'nameAlias', 'no nameAlias with a wholeName (logicalId 3)'],
    [5, 'subjectType', 'subjectType code is not person or enterprise: "vessel" (logicalId 4)'],
    [6, 'subjectType', 'subjectType code is not person or enterprise: "" (logicalId 5)'],
  ]);
});

test('bad records in the UK CSV: no Unique ID, no name, unknown name or designation type, no primary name, wrong column count', () => {
  const text = [
    'Report Date: 01/02/2026',
    'Unique ID,Name 6,Name 1,Name type,Alias strength,Designation Type',
    'A1,GOOD,One,Primary name,,Individual',
    ',NO ID,,Primary name,,Entity',
    'A3,,,Primary name,,Entity',
    'A4,PLANE,,Primary name,,Aircraft',
    'A5,ALIAS ONLY,,Alias,Good quality a.k.a,Entity',
    'A1,ODD,,Nickname,,Individual',
    'A6,TOO,FEW',
  ].join('\r\n');
  const o = parsed('uk', [{ name: 'UK_Sanctions_List.csv', bytes: utf8(text) }]);
  assert.deepEqual(o.rows.map((e) => e.id), ['A1']);
  assert.equal(o.edition, '2026-02-01');
  assert.deepEqual(o.errors.map((e) => [e.line, e.field, e.message]), [
    [4, 'Unique ID', 'Unique ID is empty'],
    [5, 'Name 6', 'the name is empty: Name 1 to Name 6 (Unique ID A3)'],
    [6, 'Designation Type', 'Designation Type is not Individual, Entity or Ship: "Aircraft" (Unique ID A4)'],
    [7, 'Name type', 'Unique ID A5 has no Primary name row with a name'],
    [8, 'Name type', 'Name type is not Primary name, Primary name variation or Alias: "Nickname" (Unique ID A1)'],
    [9, 'row', 'the row has 3 fields, the header has 6'],
  ]);
});

// ---------------------------------------------------------------------------------------------
// Unusable files: VALIDATION_FAILED naming the file and what was expected.

test('a file that is not of the kind claimed is refused, with a hint when it is another list', () => {
  const un = failure('csl', [{ name: 'consolidated.xml', bytes: utf8(UN_XML) }]);
  assert.match(un.message, /^consolidated\.xml: line 1: malformed CSV: a quote inside unquoted field 1 \(expected the US Consolidated Screening List CSV\)/);
  assert.match(
    failure('csl', [{ name: 'sdn.csv', bytes: utf8(SDN_CSV.replace('É', 'E')) }]).message,
    /^sdn\.csv: not the US Consolidated Screening List CSV .*: missing required columns _id, source, type, name .*; it looks like a file of the OFAC legacy CSV: try "landfall data import sanctions ofac-sdn <folder>"/,
  );
  assert.match(un.message, /looks like the un list: try "landfall data import sanctions un/);
  assert.match(failure('un', [{ name: 'consolidated.csv', bytes: utf8(CSL) }]).message, /^consolidated\.csv: not the UN Security Council consolidated list XML .*: it starts with text.*looks like the csl list/);
  assert.match(failure('eu', [{ name: 'un.xml', bytes: utf8(UN_XML) }]).message, /^un\.xml: not the EU consolidated financial sanctions list XML .*: the root element is <CONSOLIDATED_LIST>, expected <export>/);
  assert.match(failure('un', [{ name: 'eu.xml', bytes: fixture('eu-sample.xml') }]).message, /the root element is <export>, expected <CONSOLIDATED_LIST>.*looks like the eu list/);
  assert.match(failure('uk', [{ name: 'consolidated.csv', bytes: utf8(CSL) }]).message, /not the UK Sanctions List CSV .*missing required columns Unique ID, Name 6, Name type/);
  assert.match(
    failure('uk', [{ name: 'x.csv', bytes: utf8('Report Date: 01/02/2026\nUnique ID,Name 6,Name type\nA1,X,Primary name\n') }]).message,
    /missing required column Designation Type/,
  );
  const csv = failure('ofac-sdn', [{ name: 'sdn.csv', bytes: utf8(CSL) }]);
  assert.match(csv.message, /^sdn\.csv is not the OFAC SDN main file \(sdn\.csv: 12 columns, ent_num first\): line 1: the row has 29 fields, expected 12 \(the legacy OFAC CSV has no header row\)/);
  const swapped = failure('ofac-sdn', [
    { name: 'sdn.csv', bytes: latin1(SDN_CSV) },
    { name: 'alt.csv', bytes: latin1(ADD_CSV) },
  ]);
  assert.match(swapped.message, /^alt\.csv is not the OFAC alternate names file \(alt\.csv: 5 columns\): line 1: the row has 6 fields, expected 5/);
  const header = failure('ofac-sdn', [{ name: 'sdn.csv', bytes: utf8(`name,a,b,c,d,e,f,g,h,i,j,k\n${SDN_CSV}`) }]);
  assert.match(header.message, /its first field is "name", expected an ent_num/);
});

test('empty files, files with no records, and malformed markup are refused', () => {
  for (const kind of ['csl', 'un', 'eu', 'uk', 'ofac-sdn', 'ofac-non-sdn'] as const) {
    const name = kind === 'ofac-sdn' ? 'sdn.csv' : kind === 'ofac-non-sdn' ? 'cons_prim.csv' : 'list';
    assert.match(failure(kind, [{ name, bytes: new Uint8Array() }]).message, /the file is empty/, kind);
  }
  assert.match(failure('ofac-sdn', [{ name: 'sdn.csv', bytes: latin1(SDN_CSV) }, { name: 'add.csv', bytes: new Uint8Array() }]).message, /^add\.csv: the file is empty/);
  assert.match(failure('ofac-sdn', [{ name: 'sdn.csv', bytes: latin1(`${SUB}`) }]).message, /^sdn\.csv has no records/);
  assert.match(failure('csl', [{ name: 'consolidated.csv', bytes: utf8(`${CSL_HEADER}\n`) }]).message, /no records/);
  assert.match(failure('un', [{ name: 'consolidated.xml', bytes: utf8('<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>') }]).message, /no records/);
  assert.match(failure('un', [{ name: 'consolidated.xml', bytes: utf8('<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL></ENTITY>') }]).message, /line 3: malformed XML: <\/ENTITY> closes <INDIVIDUAL>/);
  assert.match(failure('eu', [{ name: 'eu.xml', bytes: utf8('<export>\n<sanctionEntity logicalId="1">') }]).message, /malformed XML: <sanctionEntity> is never closed/);
  assert.match(failure('csl', [{ name: 'consolidated.csv', bytes: utf8(`${CSL_HEADER}\n"1,2\n`) }]).message, /line 2: malformed CSV: a quoted field \(field 1\) is never closed/);
  assert.match(failure('csl', [{ name: 'consolidated.csv', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]) }]).message, /^consolidated\.csv: the file is a ZIP archive/);
  // every record rejected
  const allBad = failure('csl', [{ name: 'consolidated.csv', bytes: utf8(`${CSL_HEADER}\n${cslRow({ _id: '', source: SDN_SOURCE, name: 'X' })}\n`) }]);
  assert.match(allBad.message, /no usable records: all rejected \(first: line 2: _id is empty\)/);
});

test('a folder without its main file is refused, naming the file', () => {
  const missing = failure('ofac-sdn', [{ name: 'alt.csv', bytes: latin1(ALT_CSV) }, { name: 'add.csv', bytes: latin1(ADD_CSV) }]);
  assert.equal(missing.field, 'sdn.csv');
  assert.match(missing.message, /^no sdn\.csv \(the main file of the OFAC SDN list\) among alt\.csv, add\.csv$/);
  const other = failure('ofac-non-sdn', SDN_FOLDER);
  assert.match(other.message, /^no cons_prim\.csv .*; it holds sdn\.csv: try "landfall data import sanctions ofac-sdn/);
  assert.match(failure('csl', []).message, /no file given/);
  assert.match(
    failure('csl', [{ name: 'a.csv', bytes: utf8(CSL) }, { name: 'b.csv', bytes: utf8(CSL) }]).message,
    /expected consolidated\.csv \(the US Consolidated Screening List CSV\); got 2 files: a\.csv, b\.csv/,
  );
  // from a folder, the file under its official name is taken and the rest ignored
  assert.equal(parsed('csl', [{ name: 'SOURCES.md', bytes: utf8('# notes') }, { name: 'consolidated.csv', bytes: utf8(CSL) }]).rows.length, 5);
});

// ---------------------------------------------------------------------------------------------
// The published files listed in ../shared/data/sanctions/SOURCES.md, when they sit beside the repository.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const sanctionsDir = path.resolve(repoRoot, '../shared/data/sanctions');
const skipReal = fs.existsSync(sanctionsDir) ? false : `published sanctions files not found at ${sanctionsDir} (see issue 12): skipped`;

function folder(name: string): SanctionsFile[] {
  const dir = path.join(sanctionsDir, name);
  return fs.readdirSync(dir).map((file) => ({ name: file, bytes: fs.readFileSync(path.join(dir, file)) }));
}

function timed(kind: SanctionsKind, files: SanctionsFile[], t: { diagnostic(message: string): void }): SanctionsParseOutcome {
  const started = performance.now();
  const o = parsed(kind, files);
  t.diagnostic(`${kind}: ${o.rows.length} entries parsed in ${Math.round(performance.now() - started)} ms`);
  return o;
}

const countBy = (rows: SanctionsEntry[], key: (e: SanctionsEntry) => string) => {
  const counts: Record<string, number> = {};
  for (const e of rows) counts[key(e)] = (counts[key(e)] ?? 0) + 1;
  return counts;
};

test('published CSL: 14,160 rows from 13 lists, one repeated row merged, no errors', { skip: skipReal }, (t) => {
  const o = timed('csl', folder('us-csl'), t);
  assert.deepEqual(o.errors, []);
  assert.deepEqual({ read: o.read, rows: o.rows.length, merged: o.merged }, { read: 14160, rows: 14159, merged: 1 });
  // SOURCES.md counts per source; CAPTA 53 rows hold _id 15268 twice (the rows differ only in source_list_url)
  assert.deepEqual(countBy(o.rows, (e) => e.list), {
    'csl:SDN': 10026,
    'csl:Entity List': 2001,
    'csl:ITAR Debarred': 727,
    'csl:Denied Persons': 462,
    'csl:SSI': 290,
    'csl:Unverified': 201,
    'csl:ISN': 163,
    'csl:PLC': 78,
    'csl:MEU': 71,
    'csl:CMIC': 68,
    'csl:CAPTA': 52,
    'csl:NS-MBS': 17,
    'csl:FSE': 3,
  });
  assert.deepEqual(countBy(o.rows, (e) => e.type), { unknown: 3625, individual: 5286, entity: 4532, vessel: 433, aircraft: 283 });
  // 20,011 alt names on 6,790 rows (SOURCES.md); the merged row is one of those rows, and 93 names
  // repeat the entry's name or another of its aliases (2 of them those of the merged row).
  assert.equal(o.rows.filter((e) => e.aliases.length > 0).length, 6789);
  assert.equal(o.rows.reduce((n, e) => n + e.aliases.length, 0), 19918);
  const sample = byId(o, '31911', 'csl:SDN');
  assert.deepEqual([sample.name, sample.type, sample.programs, sample.countries], ['DARASHENKA, Volha Lieanidawna', 'individual', ['BELARUS'], ['BY']]);
  for (const alias of ['DOROSHENKO, Olga Leonidovna', 'DARASHENKA, Volga Leanidauna']) assert.ok(sample.aliases.some((a) => a.name === alias), alias);
});

test('published OFAC SDN: 14,965 entries; alias and address rows of later entries are orphans', { skip: skipReal }, (t) => {
  const o = timed('ofac-sdn', folder('ofac-sdn'), t);
  assert.deepEqual(o.errors, []);
  assert.equal(o.rows.length, 14965);
  assert.deepEqual(countBy(o.rows, (e) => e.type), { individual: 6854, entity: 6884, vessel: 851, aircraft: 376 });
  assert.deepEqual(o.orphans, { aliases: 1468, addresses: 2474, comments: 2 });
  assert.equal(o.skipped, 1468 + 2474 + 2);
  // 7,246 entries have alt.csv rows (SOURCES.md); for 7 of them the only alt name is the primary
  // name again (e.g. 33917 MARLIN), which adds nothing. The weak a.k.a. in remarks come on top.
  assert.equal(o.rows.filter((e) => e.aliases.some((a) => a.quality === 'strong')).length, 7239);
  assert.equal(o.rows.filter((e) => e.aliases.length > 0).length, 8078);

  const rotenberg = byId(o, '24183');
  assert.deepEqual([rotenberg.name, rotenberg.type, rotenberg.programs, rotenberg.countries, rotenberg.dates], ['ROTENBERG, Igor Arkadyevich', 'individual', ['UKRAINE-EO13662', 'RUSSIA-EO14024'], ['RU'], ['09 May 1973']]);
  // SOURCES.md lists three of the names; the 2025 alt.csv holds six for this ent_num
  assert.deepEqual(
    rotenberg.aliases.map((a) => a.name),
    ['ROTENBERG, Igor Arkadevich', 'ROTENBERG, Igor Arkadievich', 'ROTENBERH, Igor Arkadiyovych', 'ROTENBERG, Ihor Arkadiiovych', 'ROTENBERG, Igor Arkadiiovych', 'ROTENBERG, Igor Arkadiyevich'],
  );
  const venedig = byId(o, '27244');
  assert.deepEqual([venedig.name, venedig.type, venedig.programs, venedig.countries], ['VENEDIG CAPITAL S.A.S.', 'entity', ['VENEZUELA-EO13850'], ['CO']]);
  assert.deepEqual(venedig.aliases.slice(0, 2).map((a) => a.name), ['SAABF & COMPANIA S.C.A.', 'SAABF Y COMPANIA S.C.A.']);
  // the quoted a.k.a. in the remarks is OFAC's weak alias
  assert.deepEqual(byId(o, '306').aliases, [{ name: 'NATIONAL BANK OF CUBA', quality: 'strong' }, { name: 'BNC', quality: 'weak' }]);
});

test('published OFAC non-SDN: 442 records, every alias and address joined', { skip: skipReal }, (t) => {
  const o = timed('ofac-non-sdn', folder('ofac-non-sdn'), t);
  assert.deepEqual(o.errors, []);
  assert.deepEqual({ rows: o.rows.length, orphans: o.orphans, read: o.read }, { rows: 442, orphans: { aliases: 0, addresses: 0, comments: 0 }, read: 442 + 1073 + 574 + 10 });
  assert.deepEqual(countBy(o.rows, (e) => e.type), { individual: 79, entity: 363 });
  const bank = byId(o, '18784');
  assert.deepEqual([bank.name, bank.type, bank.programs, bank.countries], ['JOINT STOCK COMMERCIAL BANK NOVIKOMBANK', 'entity', ['UKRAINE-EO13662', 'RUSSIA-EO14024'], ['RU']]);
  assert.ok(bank.aliases.some((a) => a.name === 'AO AKB NOVIKOMBANK'));
});

test('published UN list: 1,003 records (730 individuals), dateGenerated as edition', { skip: skipReal }, (t) => {
  const o = timed('un', folder('un'), t);
  assert.deepEqual(o.errors, []);
  assert.deepEqual({ rows: o.rows.length, edition: o.edition }, { rows: 1003, edition: '2026-02-27T00:00:09.554Z' });
  assert.deepEqual(countBy(o.rows, (e) => e.type), { individual: 730, entity: 273 });
  // 2,752 alias elements on 712 records (SOURCES.md), 16 of which repeat the name or another alias
  // (one record has no other), plus 377 distinct names in original script.
  assert.equal(o.rows.reduce((n, e) => n + e.aliases.length, 0), 2752 - 16 + 377);
  assert.equal(o.rows.filter((e) => e.aliases.length > 0).length, 799);
  const hassan = byId(o, 'SOi.009');
  assert.deepEqual([hassan.name, hassan.type, hassan.programs, hassan.countries], ['HASSAN MAHAT OMAR', 'individual', ['Somalia'], ['ET', 'KE']]);
  assert.deepEqual(hassan.aliases.slice(0, 3).map((a) => a.name), ['Hassaan Hussein Adam', 'Hassane Mahad Omar', 'Xassaan Xuseen Adan']);
});
