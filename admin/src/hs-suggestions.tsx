import { useEffect, useState } from 'react';
import { ApiError, type Api, type HsClassification } from './api.js';
import { formatHs } from './products-page.js';

type Props = {
  api: Api;
  productId: string;
  text: string;
  material: string;
  category: string;
  current: string;
  /** Called once the chosen code is saved on the product and recorded as a confirmation. */
  onAccepted: (hs6: string) => void;
};

/**
 * HS code suggestions beside the product's HS field: up to five subheadings with their confidence
 * and the words behind them; one click saves the code on the product and records it as the
 * merchant's confirmation, which later suggestions learn from.
 */
export function HsSuggestions({ api, productId, text, material, category, current, onAccepted }: Props) {
  const [result, setResult] = useState<HsClassification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function suggest() {
    setError(null);
    if (text.trim() === '') {
      setResult(null);
      setError('Write a title first: suggestions come from the product text.');
      return;
    }
    try {
      setResult(await api.classify({ text, ...(material ? { material } : {}), ...(category ? { category } : {}) }));
    } catch (e) {
      setResult(null);
      setError(e instanceof ApiError && e.problem.code === 'HS_MODEL_MISSING' ? 'No classifier yet: run “npx landfall hs train” on the server.' : (e as Error).message);
    }
  }
  useEffect(() => {
    void suggest();
    // suggestions follow the saved product, not every keystroke
  }, [productId]);

  async function accept(hs6: string) {
    setBusy(hs6);
    setError(null);
    try {
      await api.patchProduct(productId, { hsCode: hs6 });
      await api.confirmHsCode({ text, hs6, productId });
      onAccepted(hs6);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <aside className="suggestions" aria-labelledby="hs-suggestions-title">
      <h2 id="hs-suggestions-title">Suggested HS codes</h2>
      <button type="button" onClick={() => void suggest()}>
        Suggest again
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result?.abstained && <p className="note">Not sure about this one: check the codes below or enter one yourself.</p>}
      {result && result.candidates.length === 0 && <p>No candidate: the text has no word the classifier knows.</p>}
      <ol>
        {result?.candidates.map((c) => (
          <li key={c.hs6} data-hs6={c.hs6}>
            <div>
              <strong>{formatHs(c.hs6)}</strong> <span className="confidence">{Math.round(c.confidence * 100)}%</span>
              {c.hs6 === current && <span className="badge">current</span>}
            </div>
            <div className="description">{c.description}</div>
            {c.matchedTerms.length > 0 && <div className="terms">Because of: {c.matchedTerms.join(', ')}</div>}
            <button type="button" disabled={busy !== null || c.hs6 === current} onClick={() => void accept(c.hs6)} aria-label={`Use ${formatHs(c.hs6)}`}>
              {busy === c.hs6 ? 'Saving…' : 'Use this code'}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
