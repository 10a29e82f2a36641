import type { ParseOutcome, RowError } from '../types.js';

/**
 * The denied-party lists `landfall data import sanctions <kind> <file or folder>` reads. The names
 * are a public contract.
 */
export const SANCTIONS_KINDS = ['csl', 'ofac-sdn', 'ofac-non-sdn', 'un', 'eu', 'uk'] as const;
export type SanctionsKind = (typeof SANCTIONS_KINDS)[number];

/** Whether `value` names one of the sanctions list kinds. */
export function isSanctionsKind(value: string): value is SanctionsKind {
  return (SANCTIONS_KINDS as readonly string[]).includes(value);
}

export type SanctionsEntryType = 'individual' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

/**
 * Another name of a listed party. `weak` is what the publisher marks as a low-quality alias (UN
 * "Low", EU strong="false", OFAC's quoted a.k.a. in the remarks, UK "Low"): too broad to block on
 * alone.
 */
export type SanctionsAlias = { readonly name: string; readonly quality: 'strong' | 'weak' };

/** One listed party, as its publisher wrote it. */
export type SanctionsEntry = {
  /** Line where the record starts in the (main) file. */
  readonly line: number;
  /** Which list: the kind ('ofac-sdn', 'un', ...), or for the CSL its source list ('csl:SDN', 'csl:Entity List'). */
  readonly list: string;
  /** The publisher's id: OFAC ent_num, CSL _id, UN REFERENCE_NUMBER, EU logicalId, UK Unique ID. */
  readonly id: string;
  readonly type: SanctionsEntryType;
  /** Primary name as published (OFAC writes individuals "SURNAME, Given Names"). */
  readonly name: string;
  /** Other names, original-script spellings included; none repeats the primary name or another alias. */
  readonly aliases: SanctionsAlias[];
  /** ISO 3166-1 alpha-2 codes from addresses, nationality and citizenship, in file order, without repeats. */
  readonly countries: string[];
  readonly addresses: string[];
  readonly programs: string[];
  readonly remarks: string | null;
  /** Dates of birth as written ("09 May 1973", "1979-04-10", "circa 1960"). */
  readonly dates?: string[];
};

/**
 * A rejected record. For the multi-file OFAC lists `file` says which file `line` is in (the main
 * file when absent); the message names the file too, so `formatRowError` is unambiguous.
 */
export type SanctionsRowError = RowError & { readonly file?: string };

/** OFAC alias, address and remarks-overflow rows whose ent_num is not in the main file. */
export type OrphanCounts = { readonly aliases: number; readonly addresses: number; readonly comments: number };

/** A `ParseOutcome<SanctionsEntry>` (its errors may name their file) with what the caller shows besides. */
export type SanctionsParseOutcome = Omit<ParseOutcome<SanctionsEntry>, 'errors'> & {
  readonly errors: SanctionsRowError[];
  /** The publication or generation date the file states (UN dateGenerated, EU generationDate, UK Report Date as YYYY-MM-DD); null when it states none (CSL, OFAC). */
  readonly edition: string | null;
  /**
   * Rows of the OFAC alias, address and comments files that point at an ent_num the main file lacks
   * (the files come from different days, or the main file is older). Not errors; counted in `skipped`.
   */
  readonly orphans: OrphanCounts;
  /** Records that repeat a (list, id) already read: merged into the first (names become aliases), counted in `skipped`. */
  readonly merged: number;
};

export const NO_ORPHANS: OrphanCounts = { aliases: 0, addresses: 0, comments: 0 };
