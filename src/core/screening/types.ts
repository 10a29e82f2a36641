/**
 * Denied-party screening: the shapes shared by the list importers, the matching core and its callers.
 * An entry is one listed party as its list publishes it; the core only reads it.
 */
export type ListEntryType = 'individual' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

export type AliasQuality = 'strong' | 'weak';

export type ListEntry = {
  /** Which list the entry comes from (`ofac-sdn`, `un`, `csl`, ...). */
  list: string;
  /** The list's own identifier of the entry (OFAC ent_num, UN reference number, ...). */
  id: string;
  type: ListEntryType;
  /** The primary name as the list writes it (OFAC: `SURNAME, Given Names`). */
  name: string;
  /** Other names; `weak` for the aliases a list itself marks as low quality (UN `Low`, OFAC weak a.k.a.). */
  aliases: { name: string; quality: AliasQuality }[];
  /** ISO 3166-1 alpha-2 codes the list ties to the entry (nationality, citizenship, address). */
  countries: string[];
  programs: string[];
};

export type ScreeningQueryType = 'individual' | 'entity';

export type ScreeningQuery = {
  name: string;
  /** ISO 3166-1 alpha-2, or an English country name when `resolveCountry` is given. */
  country?: string;
  type?: ScreeningQueryType;
};

export type ScreeningDecision = 'clear' | 'potential_match' | 'match';

export type ScreeningMatch = {
  list: string;
  id: string;
  /** The entry's primary name. */
  name: string;
  /** The primary name or alias that matched. */
  matchedName: string;
  /** 0..1, rounded to three decimals. */
  score: number;
  /** Plain-language reasons, strongest first. */
  why: string[];
};

export type ScreeningOutcome = { decision: ScreeningDecision; matches: ScreeningMatch[] };
