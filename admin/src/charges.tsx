/** Landed-cost charge lines and de minimis decisions as tables: every amount with its rule, formula, dates and source. */
import type { ChargeLine, DeMinimisDecision, RuleRef } from './api-types.js';
import { formatMoney } from './format.js';

/** A rule reference: its id and version, the dates it is in effect and the source it comes from. */
export function RuleCell({ rule }: { rule: RuleRef | null | undefined }) {
  if (!rule) return <span>—</span>;
  return (
    <div className="rule">
      <code>{rule.id}</code> <span className="badge">v{rule.version}</span>
      <div className="dates">
        in effect from {rule.effectiveFrom}
        {rule.effectiveTo ? ` until ${rule.effectiveTo}` : ''}
      </div>
      <div className="source">{rule.source}</div>
    </div>
  );
}

/** A rule's note: a short one shown, a long one folded (it can run to a paragraph of legal detail). */
function Note({ text }: { text: string }) {
  if (text.length <= 120) return <div className="hint">{text}</div>;
  return (
    <details className="hint">
      <summary>{text.slice(0, 80).replace(/\s+\S*$/, '')}…</summary>
      {text}
    </details>
  );
}

export function ChargeTable({ charges, caption }: { charges: ChargeLine[]; caption: string }) {
  if (charges.length === 0) return <p>No duties, taxes or fees: {caption.toLowerCase()} has none.</p>;
  return (
    <div className="scroll">
      <table className="charges">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Charge</th>
            <th scope="col">SKU</th>
            <th scope="col">Rate</th>
            <th scope="col">Basis</th>
            <th scope="col" className="num">
              Base
            </th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Paid by, when</th>
            <th scope="col">Formula</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {charges.map((c, i) => (
            <tr key={i} data-rule={c.rule.id}>
              <th scope="row">
                {c.name}
                <div className="hint">
                  {c.type} · {c.program}
                  {c.agreement ? ` (${c.agreement})` : ''}
                </div>
                {c.note && <Note text={c.note} />}
              </th>
              <td className="mono">{c.sku ?? 'parcel'}</td>
              <td>{c.rate}</td>
              <td>{c.basis}</td>
              <td className="num">{formatMoney(c.baseAmount)}</td>
              <td className="num">{formatMoney({ amount: c.amount, currency: c.currency })}</td>
              <td>
                {c.payer}, at {c.due}
              </td>
              <td className="formula">{c.formula}</td>
              <td>
                <RuleCell rule={c.rule} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const OUTCOME: Record<DeMinimisDecision['outcome'], string> = { below: 'below the threshold: not charged', above: 'above the threshold: charged', none: 'no threshold' };

export function DeMinimisTable({ decisions }: { decisions: DeMinimisDecision[] }) {
  if (decisions.length === 0) return null;
  return (
    <div className="scroll">
      <table className="charges">
        <caption>De minimis decisions</caption>
        <thead>
          <tr>
            <th scope="col">For</th>
            <th scope="col" className="num">
              Threshold
            </th>
            <th scope="col" className="num">
              Value tested
            </th>
            <th scope="col">Basis</th>
            <th scope="col">Outcome</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d, i) => (
            <tr key={i}>
              <th scope="row">{d.appliesTo}</th>
              <td className="num">{formatMoney(d.threshold)}</td>
              <td className="num">{formatMoney(d.valueTested)}</td>
              <td>{d.basis}</td>
              <td>
                {OUTCOME[d.outcome]}
                <Note text={d.note} />
              </td>
              <td>
                <RuleCell rule={d.rule} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
