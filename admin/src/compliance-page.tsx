import { useCallback, useMemo, useState } from 'react';
import type { Api } from './api.js';
import { complianceApiOfTab } from './compliance-api.js';
import { ComplianceRegistrations } from './compliance-registrations.js';
import { ComplianceRestrictions } from './compliance-restrictions.js';
import { ComplianceScreening } from './compliance-screening.js';
import { ComplianceThresholds } from './compliance-thresholds.js';
import { useTitle } from './ui.js';

/**
 * Trade compliance for the operator: where the store's sales require a registration (and how close
 * it is to each threshold), the registrations it holds, the denied-party lists checkout screens
 * buyers against, with a name screened on demand, and the catalog's restricted goods per market.
 */
export function CompliancePage({ api }: { api: Api }) {
  useTitle('Compliance');
  // The compliance calls use this tab's key as `api` does; a new key (sign-in) makes a new client.
  const compliance = useMemo(() => complianceApiOfTab(), [api]);
  const [said, setSaid] = useState('');
  // A registration added or removed changes the thresholds' statuses: they are loaded again.
  const [registrationsChanged, setRegistrationsChanged] = useState(0);
  const onRegistrationsChanged = useCallback(() => setRegistrationsChanged((n) => n + 1), []);

  return (
    <section aria-labelledby="compliance-title">
      <h1 id="compliance-title">Compliance</h1>
      <p className="hint">
        Tax registrations where the store's sales require them, and screening against the official denied-party lists. See <a href="/docs">the API reference</a> for the same data.
      </p>
      <p role="status" className="note" data-testid="compliance-status">
        {said}
      </p>
      <ComplianceThresholds compliance={compliance} version={registrationsChanged} />
      <ComplianceRegistrations compliance={compliance} say={setSaid} onChanged={onRegistrationsChanged} />
      <ComplianceScreening compliance={compliance} say={setSaid} />
      <ComplianceRestrictions say={setSaid} />
    </section>
  );
}
