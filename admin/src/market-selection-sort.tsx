/**
 * Sortable table headers for the market-selection tables: the header's button sorts by its column,
 * a second press turns the order around, and aria-sort tells assistive technology which column
 * sorts and which way (WAI-ARIA sortable table pattern).
 */
import { useState, type ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';
export type SortState = { key: string; direction: SortDirection };

/** A header's button looks like the header text (bold, no frame) and keeps the focus ring. */
const HEADER_BUTTON = { font: 'inherit', fontWeight: 600, textAlign: 'inherit', background: 'none', border: 0, padding: 0, color: 'inherit', cursor: 'pointer' } as const;

/** The sort of one table: `toggle(key, first)` sorts by `key` in `first` order, or reverses it when already sorted by it. */
export function useSort(initial: SortState) {
  const [sort, setSort] = useState<SortState>(initial);
  const toggle = (key: string, first: SortDirection) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: first }));
  return { sort, toggle };
}

/**
 * Compare two sort values in `direction`; a missing value (null) goes last either way, so that
 * "no value" never reads as the best or the worst.
 */
export function compareValues(a: number | string | null, b: number | string | null, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return direction === 'ascending' ? c : -c;
}

/**
 * A column header that sorts its table. `first` is the order of the first press: best first, so
 * descending for a score and ascending for a rank.
 */
export function SortHeader({
  sortKey,
  sort,
  onSort,
  first = 'ascending',
  className,
  children,
}: {
  sortKey: string;
  sort: SortState;
  onSort: (key: string, first: SortDirection) => void;
  first?: SortDirection;
  className?: string;
  children: ReactNode;
}) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : 'none'}>
      <button type="button" style={HEADER_BUTTON} onClick={() => onSort(sortKey, first)} data-sort={sortKey}>
        {children}
        <span aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}
