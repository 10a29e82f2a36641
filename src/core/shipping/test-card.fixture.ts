import type { RateCard } from './rate-card.js';

/** A small express card for unit tests: USD, half-kilo steps, divisor 5000, 18.5% fuel, two zones. */
export const TEST_CARD: RateCard = {
  currency: 'USD',
  weightStepG: 500,
  volumetricDivisor: 5000,
  fuelSurchargePercent: '18.5',
  maxWeightG: 30_000,
  zones: [
    {
      id: 'europe',
      countries: ['DE', 'FR', 'GB'],
      transitDays: { min: 3, max: 5 },
      breaks: [
        { upToG: 500, price: 2800 },
        { upToG: 1000, price: 3500 },
        { upToG: 2000, price: 4700 },
      ],
      additional: { stepG: 500, price: 550 },
    },
    { id: 'asia', countries: ['JP'], transitDays: { min: 2, max: 3 }, breaks: [{ upToG: 1000, price: 2000 }, { upToG: 5000, price: 5000 }] },
  ],
  remoteAreas: [
    { country: 'DE', from: '25980', to: '25999', amount: 2500 },
    { country: 'DE', from: '259', to: '259', amount: 1000 },
    { country: 'GB', from: 'ZE', to: 'ZE', amount: 3000 },
  ],
};
