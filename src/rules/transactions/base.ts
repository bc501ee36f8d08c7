// The shared core of every transaction rule: fixed defaults and the location of a store.
import type { PfcDetailed } from "../../data/pfc-taxonomy.ts";
import { STREET_NAMES } from "../../data/places.ts";
import type { ProfileData } from "../../data/profile.ts";
import { uuidFrom } from "../../random/ids.ts";
import type { Rng } from "../../random/rng.ts";
import type { PaymentChannelName } from "../../schemas/common.ts";
import { pfcPrimaryOf, type Transaction, type TransactionLocation } from "../../schemas/transaction.ts";
import type { HomeLocation } from "../../schemas/user.ts";
import { fromDay } from "../../units/dates.ts";
import { toDollars } from "../../units/money.ts";

type ConfidenceLevel = Transaction["personal_finance_category"]["confidence_level"];

export const NULL_LOCATION: Readonly<TransactionLocation> = Object.freeze({
  address: null,
  city: null,
  region: null,
  postal_code: null,
  country: null,
  lat: null,
  lon: null,
  store_number: null,
});

/** Everything a rule needs to place a transaction on an account. */
export interface TxnContext {
  rng: Rng;
  /** The numbers every rule reads. */
  profile: ProfileData;
  accountId: string;
  userId: string;
  /** Where in-store purchases happen. */
  stores: StoreLocator;
}

/** The fields a rule decides; `makeTransaction` fills in the rest. */
export interface TxnDraft {
  day: number;
  /** Days between authorization and posting (0 for transfers and deposits). */
  authLagDays?: number;
  amountCents: number;
  name: string;
  merchantName: string | null;
  channel: PaymentChannelName;
  pfc: PfcDetailed;
  confidence?: ConfidenceLevel;
  /** Merchant whose store location an in-store purchase uses. */
  storeKey?: string;
  /** Where an in-store purchase happens when not in the home city (a trip's destination). */
  place?: StorePlace;
  transferId?: string | null;
  streamId?: string | null;
  pending?: boolean;
}

/** A city a store can be in (the user's home, or a trip's destination). */
export type StorePlace = HomeLocation;

type Located = { location: TransactionLocation; storeNumber: string };

/**
 * Store addresses, one per merchant and city, stable for the whole ledger: near the user's home, or
 * near a trip's destination for purchases made there.
 */
export class StoreLocator {
  private readonly cache = new Map<string, Located>();

  constructor(
    private readonly home: HomeLocation,
    private readonly rng: Rng,
    private readonly stores: ProfileData["spending"]["stores"],
  ) {}

  locate(merchantKey: string, place: StorePlace = this.home): Located {
    const key = place === this.home ? merchantKey : `${merchantKey}@${place.city}/${place.state}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const { storeNumber: numbers, streetNumber, coordinateJitterDegrees: degrees } = this.stores;
      const storeNumber = String(this.rng.int(numbers.min, numbers.max));
      const jitter = () => Math.round(this.rng.float(-degrees, degrees) * 10_000) / 10_000;
      hit = {
        storeNumber,
        location: {
          address: `${this.rng.int(streetNumber.min, streetNumber.max)} ${this.rng.pick(STREET_NAMES)}`,
          city: place.city,
          region: place.state,
          postal_code: place.postal_code,
          country: "US",
          lat: Math.round((place.lat + jitter()) * 10_000) / 10_000,
          lon: Math.round((place.lon + jitter()) * 10_000) / 10_000,
          store_number: storeNumber,
        },
      };
      this.cache.set(key, hit);
    }
    return hit;
  }
}

/** Confidence Plaid would report: mostly very high for known merchants. */
function drawConfidence(rng: Rng, shares: ProfileData["spending"]["confidence"]): ConfidenceLevel {
  const u = rng.next();
  return u < shares.veryHigh ? "VERY_HIGH" : u < shares.veryHigh + shares.high ? "HIGH" : "MEDIUM";
}

/** Turn a draft into a full transaction record. */
export function makeTransaction(ctx: TxnContext, draft: TxnDraft): Transaction {
  const primary = pfcPrimaryOf(draft.pfc);
  const inStore = draft.channel === "in store";
  const store = inStore ? ctx.stores.locate(draft.storeKey ?? draft.merchantName ?? draft.name, draft.place) : null;
  return {
    transaction_id: `txn_${uuidFrom(ctx.rng)}`,
    account_id: ctx.accountId,
    user_id: ctx.userId,
    date: fromDay(draft.day),
    authorized_date: fromDay(draft.day - (draft.authLagDays ?? 0)),
    amount: toDollars(draft.amountCents),
    iso_currency_code: "USD",
    name: store ? `${draft.name} #${store.storeNumber}` : draft.name,
    merchant_name: draft.merchantName,
    payment_channel: draft.channel,
    personal_finance_category: {
      primary,
      detailed: draft.pfc,
      confidence_level: draft.confidence ?? drawConfidence(ctx.rng, ctx.profile.spending.confidence),
    },
    pending: draft.pending ?? false,
    location: store ? { ...store.location } : { ...NULL_LOCATION },
    transfer_id: draft.transferId ?? null,
    stream_id: draft.streamId ?? null,
  };
}
