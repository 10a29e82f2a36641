import type { TrackingStatus } from './carrier.js';

/**
 * The built-in test carrier's tracking scenarios, as data: after a label is bought the carrier
 * plans these events for the parcel and delivers them over webhooks when they fall due. Offsets are
 * minutes after the label was created; `at` says where the parcel is (the sender's city, the
 * destination's, or the sorting hub in between).
 *
 * Customs steps are added only when the parcel crosses a border: a parcel under DAP with something
 * to pay is held until the buyer pays (`customs_hold` with the amount due, then `customs_released`);
 * any other cross-border parcel is simply released. `returned` ends with the parcel back at the
 * sender after a failed delivery.
 */
export type ScenarioStep = { status: TrackingStatus; afterMinutes: number; at: 'origin' | 'hub' | 'destination'; description: string; customs?: 'hold' | 'release' };

export const TEST_CARRIER_SCENARIOS = {
  delivered: [
    { status: 'picked_up', afterMinutes: 120, at: 'origin', description: 'Parcel picked up from the sender' },
    { status: 'in_transit', afterMinutes: 600, at: 'hub', description: 'Departed the sorting hub' },
    { status: 'customs_hold', afterMinutes: 1_800, at: 'destination', description: 'Held by customs: import duties and taxes to be paid by the receiver', customs: 'hold' },
    { status: 'customs_released', afterMinutes: 2_400, at: 'destination', description: 'Released by customs', customs: 'release' },
    { status: 'out_for_delivery', afterMinutes: 3_600, at: 'destination', description: 'Out for delivery' },
    { status: 'delivered', afterMinutes: 3_960, at: 'destination', description: 'Delivered' },
  ],
  returned: [
    { status: 'picked_up', afterMinutes: 120, at: 'origin', description: 'Parcel picked up from the sender' },
    { status: 'in_transit', afterMinutes: 600, at: 'hub', description: 'Departed the sorting hub' },
    { status: 'customs_released', afterMinutes: 2_400, at: 'destination', description: 'Released by customs', customs: 'release' },
    { status: 'out_for_delivery', afterMinutes: 3_600, at: 'destination', description: 'Out for delivery' },
    { status: 'delivery_failed', afterMinutes: 3_960, at: 'destination', description: 'Delivery attempt failed: receiver not found at the address' },
    { status: 'returned_to_sender', afterMinutes: 10_080, at: 'origin', description: 'Returned to the sender' },
  ],
} as const satisfies Record<string, readonly ScenarioStep[]>;

export type TestCarrierScenario = keyof typeof TEST_CARRIER_SCENARIOS;
export const TEST_CARRIER_SCENARIO_NAMES = Object.keys(TEST_CARRIER_SCENARIOS) as TestCarrierScenario[];

/** The EU customs union (TFEU art. 28): no customs formalities between its member states. */
const EU_CUSTOMS_UNION = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MC', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];

/** Whether a parcel between these countries goes through customs (a border of a customs territory). */
export function crossesCustomsBorder(from: string, to: string): boolean {
  if (from === to) return false;
  return !(EU_CUSTOMS_UNION.includes(from) && EU_CUSTOMS_UNION.includes(to));
}

export function isTestCarrierScenario(name: string): name is TestCarrierScenario {
  return Object.hasOwn(TEST_CARRIER_SCENARIOS, name);
}

/**
 * The steps one parcel goes through: the scenario's, with the customs steps kept only across a
 * border, and the hold only when the buyer has something to pay (DAP with an amount due).
 * @example planScenario('delivered', { crossBorder: false, amountDue: 0 }).map((s) => s.status)
 *   // ['picked_up', 'in_transit', 'out_for_delivery', 'delivered']
 */
export function planScenario(name: TestCarrierScenario, parcel: { crossBorder: boolean; amountDue: number }): ScenarioStep[] {
  return TEST_CARRIER_SCENARIOS[name].filter((s: ScenarioStep) => {
    if (s.customs === undefined) return true;
    if (!parcel.crossBorder) return false;
    return s.customs === 'release' || parcel.amountDue > 0;
  });
}
