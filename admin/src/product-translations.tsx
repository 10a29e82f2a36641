/** The product editor's translations: every locale's texts, editable, with locales added and removed. */
import { useEffect, useState, type KeyboardEvent } from 'react';
import { canonicalLocale } from '../../src/core/catalog/locale-tag.js';
import { REQUIRED_LOCALE } from '../../src/core/catalog/pick-translation.js';
import type { Product } from './api.js';
import { Field } from './ui.js';

/** One locale's texts as the form holds them: an absent optional text is ''. */
export type TextRow = { locale: string; title: string; description: string; customsDescription: string };

/** The same limit the server applies (PRODUCT_LIMITS.translations). */
const MAX_LOCALES = 50;

/** The product's texts, English first (it is the fallback every other locale is read against), then by tag. */
export function textsOf(p: Product): TextRow[] {
  return Object.entries(p.translations)
    .map(([locale, t]) => ({ locale, title: t.title, description: t.description ?? '', customsDescription: t.customsDescription ?? '' }))
    .sort((a, b) => (a.locale === REQUIRED_LOCALE ? -1 : b.locale === REQUIRED_LOCALE ? 1 : a.locale < b.locale ? -1 : 1));
}

/**
 * The `translations` member of a JSON Merge Patch that turns `before` into `after`, or undefined when
 * nothing changed: a removed locale is null, an added one is sent whole, a kept one sends only the
 * texts that changed, with an emptied optional text as null (removed).
 * @example translationsPatch([en], [en, { locale: 'ja', title: 'ロブスタ', description: '', customsDescription: '' }])
 * // { ja: { title: 'ロブスタ' } }
 */
export function translationsPatch(before: readonly TextRow[], after: readonly TextRow[]): Record<string, unknown> | undefined {
  const patch: Record<string, unknown> = {};
  for (const old of before) if (!after.some((t) => t.locale === old.locale)) patch[old.locale] = null;
  for (const row of after) {
    const old = before.find((t) => t.locale === row.locale);
    if (!old) {
      patch[row.locale] = {
        title: row.title,
        ...(row.description.trim() !== '' ? { description: row.description } : {}),
        ...(row.customsDescription.trim() !== '' ? { customsDescription: row.customsDescription } : {}),
      };
      continue;
    }
    const changed: Record<string, unknown> = {};
    if (row.title !== old.title) changed.title = row.title;
    if (row.description !== old.description) changed.description = row.description === '' ? null : row.description;
    if (row.customsDescription !== old.customsDescription) changed.customsDescription = row.customsDescription === '' ? null : row.customsDescription;
    if (Object.keys(changed).length > 0) patch[row.locale] = changed;
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/**
 * Whether `tag` may be added beside the locales `present`: its canonical form, or why not.
 * @example checkNewLocale('ZH-hans', ['en']) // { ok: true, locale: 'zh-Hans' }
 */
export function checkNewLocale(tag: string, present: readonly string[]): { ok: true; locale: string } | { ok: false; message: string } {
  const trimmed = tag.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a BCP 47 language tag, e.g. de, fr, ja or zh-Hans.' };
  const locale = canonicalLocale(trimmed);
  if (!locale) return { ok: false, message: `"${trimmed}" is not a well-formed BCP 47 language tag, e.g. de, fr, ja or zh-Hans.` };
  if (present.includes(locale)) return { ok: false, message: `${locale} is already listed.` };
  if (present.length >= MAX_LOCALES) return { ok: false, message: `A product has at most ${MAX_LOCALES} locales.` };
  return { ok: true, locale };
}

/**
 * The translations section. `errors` holds the server's messages by its field names
 * (`translations.de.title`); English title and description are edited by the fields above the
 * section, so only English's customs description is edited here.
 */
export function ProductTranslations({ texts, errors, onChange }: { texts: TextRow[]; errors: Record<string, string>; onChange: (texts: TextRow[]) => void }) {
  const [newLocale, setNewLocale] = useState('');
  const [addError, setAddError] = useState<string | undefined>(undefined);
  const [focus, setFocus] = useState<string | null>(null);

  // Move to the title of a locale just added, so typing can start at once.
  useEffect(() => {
    if (focus) document.getElementById(`t-${focus}-title`)?.focus();
  }, [focus]);

  const set = (locale: string, change: Partial<TextRow>) => onChange(texts.map((t) => (t.locale === locale ? { ...t, ...change } : t)));
  const add = () => {
    const checked = checkNewLocale(newLocale, texts.map((t) => t.locale));
    if (!checked.ok) {
      setAddError(checked.message);
      return;
    }
    setAddError(undefined);
    setNewLocale('');
    onChange([...texts, { locale: checked.locale, title: '', description: '', customsDescription: '' }]);
    setFocus(checked.locale);
  };
  // Enter in the tag field adds the locale rather than submitting the whole product.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  const at = (locale: string, name?: keyof TextRow) => errors[`translations.${locale}${name ? `.${name}` : ''}`];

  return (
    <fieldset className="translations">
      <legend>Translations</legend>
      {errors.translations && <p className="error field-error">{errors.translations}</p>}
      {texts.map((t) => {
        const required = t.locale === REQUIRED_LOCALE;
        const whole = required ? undefined : at(t.locale);
        return (
          <fieldset key={t.locale} className="card" aria-labelledby={`t-${t.locale}-legend`}>
            <legend id={`t-${t.locale}-legend`}>{t.locale}</legend>
            {whole && (
              <p id={`t-${t.locale}-error`} className="error field-error">
                {whole}
              </p>
            )}
            {required ? (
              <p className="hint">Required: English is the fallback for every other locale. Its title and description are the fields above.</p>
            ) : (
              <>
                <Field id={`t-${t.locale}-title`} label={`Title (${t.locale})`} error={at(t.locale, 'title')}>
                  {(props) => <input {...props} lang={t.locale} value={t.title} onChange={(e) => set(t.locale, { title: e.target.value })} />}
                </Field>
                <Field id={`t-${t.locale}-description`} label={`Description (${t.locale})`} error={at(t.locale, 'description')}>
                  {(props) => <textarea {...props} lang={t.locale} rows={3} value={t.description} onChange={(e) => set(t.locale, { description: e.target.value })} />}
                </Field>
              </>
            )}
            <Field id={`t-${t.locale}-customsDescription`} label={`Customs description (${t.locale})`} error={at(t.locale, 'customsDescription')}>
              {(props) => <input {...props} lang={t.locale} value={t.customsDescription} onChange={(e) => set(t.locale, { customsDescription: e.target.value })} />}
            </Field>
            {!required && (
              <button type="button" onClick={() => onChange(texts.filter((x) => x.locale !== t.locale))}>
                Remove the {t.locale} translation
              </button>
            )}
          </fieldset>
        );
      })}
      <Field id="t-new-locale" label="Add a locale" error={addError} hint="A BCP 47 language tag, e.g. de, fr, ja or zh-Hans.">
        {(props) => (
          <div className="inline">
            <input {...props} value={newLocale} maxLength={35} autoComplete="off" spellCheck={false} onKeyDown={onKeyDown} onChange={(e) => setNewLocale(e.target.value)} />
            <button type="button" onClick={add}>
              Add locale
            </button>
          </div>
        )}
      </Field>
    </fieldset>
  );
}
