// Payees of the rest of a budget (issue 9): phone carriers, internet providers, insurers, P2P apps,
// ATM descriptors and pension payers. Names only; the amounts and shares live in BUDGET and POPULATION.
import type { PfcDetailed } from "./pfc-taxonomy.ts";

export type BillPayee = { merchant_name: string; name: string; pfc: PfcDetailed };

export const PHONE_CARRIERS: readonly BillPayee[] = [
  { merchant_name: "Verizon", name: "VERIZON WIRELESS PAYMENTS", pfc: "RENT_AND_UTILITIES_TELEPHONE" },
  { merchant_name: "AT&T", name: "ATT*BILL PAYMENT", pfc: "RENT_AND_UTILITIES_TELEPHONE" },
  { merchant_name: "T-Mobile", name: "T-MOBILE AUTOPAY", pfc: "RENT_AND_UTILITIES_TELEPHONE" },
  { merchant_name: "Mint Mobile", name: "MINT MOBILE", pfc: "RENT_AND_UTILITIES_TELEPHONE" },
];

export const INTERNET_PROVIDERS: readonly BillPayee[] = [
  { merchant_name: "Comcast Xfinity", name: "COMCAST XFINITY", pfc: "RENT_AND_UTILITIES_INTERNET_AND_CABLE" },
  { merchant_name: "Spectrum", name: "SPECTRUM ONLINE PMT", pfc: "RENT_AND_UTILITIES_INTERNET_AND_CABLE" },
  { merchant_name: "Cox Communications", name: "COX COMM PAYMENT", pfc: "RENT_AND_UTILITIES_INTERNET_AND_CABLE" },
  { merchant_name: "Verizon Fios", name: "VERIZON FIOS PAYMENT", pfc: "RENT_AND_UTILITIES_INTERNET_AND_CABLE" },
];

export const INSURERS: readonly BillPayee[] = [
  { merchant_name: "GEICO", name: "GEICO AUTO PAYMENT", pfc: "GENERAL_SERVICES_INSURANCE" },
  { merchant_name: "State Farm", name: "STATE FARM INSURANCE", pfc: "GENERAL_SERVICES_INSURANCE" },
  { merchant_name: "Progressive", name: "PROGRESSIVE INS PREM", pfc: "GENERAL_SERVICES_INSURANCE" },
  { merchant_name: "Allstate", name: "ALLSTATE INS CO PAYMENT", pfc: "GENERAL_SERVICES_INSURANCE" },
  { merchant_name: "Lemonade", name: "LEMONADE INSURANCE", pfc: "GENERAL_SERVICES_INSURANCE" },
];

export type P2pApp = { merchant_name: string; sent: string; received: string };

export const P2P_APPS: readonly P2pApp[] = [
  { merchant_name: "Venmo", sent: "VENMO PAYMENT", received: "VENMO CASHOUT" },
  { merchant_name: "Zelle", sent: "ZELLE PAYMENT TO", received: "ZELLE PAYMENT FROM" },
  { merchant_name: "Cash App", sent: "CASH APP*SENT", received: "CASH APP*CASH OUT" },
];

export const ATM_NAMES: readonly string[] = ["ATM WITHDRAWAL", "ATM CASH WITHDRAWAL", "NON-NETWORK ATM WITHDRAWAL"];

export const PENSION_PAYERS: readonly string[] = [
  "CALPERS RETIREMENT PENSION",
  "FIDELITY PENSION PMT",
  "OPM1 TREAS 310 CSA ANNUITY",
  "MET LIFE PENSION",
  "STATE TEACHERS RET SYS",
];
