// Real-sounding US bank products for account names. Rows only, no logic.

export interface BankProduct {
  /** The short name Plaid shows as `name`. */
  name: string;
  /** The institution's full product name, Plaid's `official_name`. */
  official_name: string;
}

export const CHECKING_PRODUCTS: readonly BankProduct[] = [
  { name: "Chase Checking", official_name: "Chase Total Checking" },
  { name: "Bank of America Checking", official_name: "Bank of America Advantage Plus Banking" },
  { name: "Wells Fargo Checking", official_name: "Wells Fargo Everyday Checking" },
  { name: "Citi Checking", official_name: "Citi Simple Checking" },
  { name: "Capital One Checking", official_name: "Capital One 360 Checking" },
  { name: "U.S. Bank Checking", official_name: "U.S. Bank Smartly Checking" },
  { name: "PNC Checking", official_name: "PNC Virtual Wallet" },
];

export const SAVINGS_PRODUCTS: readonly BankProduct[] = [
  { name: "Chase Savings", official_name: "Chase Savings" },
  { name: "Bank of America Savings", official_name: "Bank of America Advantage Savings" },
  { name: "Wells Fargo Savings", official_name: "Wells Fargo Way2Save Savings" },
  { name: "Ally Savings", official_name: "Ally Online Savings Account" },
  { name: "Capital One Savings", official_name: "Capital One 360 Performance Savings" },
  { name: "Marcus Savings", official_name: "Marcus by Goldman Sachs High-Yield Online Savings" },
];

export const CREDIT_CARD_PRODUCTS: readonly BankProduct[] = [
  { name: "Chase Freedom Unlimited", official_name: "Chase Freedom Unlimited Visa Signature" },
  { name: "Citi Double Cash", official_name: "Citi Double Cash Card" },
  { name: "Capital One Quicksilver", official_name: "Capital One Quicksilver Cash Rewards Credit Card" },
  { name: "Discover it", official_name: "Discover it Cash Back" },
  { name: "Wells Fargo Active Cash", official_name: "Wells Fargo Active Cash Card" },
  { name: "Amex Blue Cash Everyday", official_name: "American Express Blue Cash Everyday Card" },
  { name: "Chase Sapphire Preferred", official_name: "Chase Sapphire Preferred Card" },
];

export const STUDENT_LOAN_PRODUCTS: readonly BankProduct[] = [
  { name: "Nelnet Student Loan", official_name: "Nelnet Direct Subsidized Stafford Loan" },
  { name: "MOHELA Student Loan", official_name: "MOHELA Direct Unsubsidized Loan" },
  { name: "Aidvantage Student Loan", official_name: "Aidvantage Direct Consolidation Loan" },
  { name: "Sallie Mae Student Loan", official_name: "Sallie Mae Smart Option Student Loan" },
];

/**
 * The accounts concern of the profile: which accounts a customer holds and their opening balances
 * (spec tasks 3.1 and 3.2), in months of gross monthly income or shares of a limit.
 */
export const ACCOUNTS = {
  checkingMonthsOfIncome: { min: 1, max: 3 },
  savingsMonthsOfIncome: { min: 2, max: 6 },
  /** A card's limit as a share of annual income, rounded down to `creditLimitStepDollars`. */
  creditLimitShareOfIncome: { min: 0.1, max: 0.3 },
  creditLimitStepDollars: 500,
  creditLimitDollars: { min: 1_000, max: 50_000 },
  creditUtilization: { min: 0.3, max: 0.7 },
  studentLoanDollars: { min: 15_000, max: 60_000 },
  /** How many credit cards each income tier holds (weights of 0, 1, 2, 3 cards; the spec's 0-3). */
  cardCountWeights: {
    low: [0.5, 0.5, 0, 0],
    middle: [0.1, 0.55, 0.35, 0],
    upper_middle: [0, 0.35, 0.45, 0.2],
    high: [0, 0, 0.4, 0.6],
  },
  /**
   * Chance of a student loan for a customer whose age bracket was set by a trait rather than the block:
   * the rates the block's weighted draw gives each bracket (POPULATION.studentLoanWeightByAge; measured
   * over 50 seeds x 200 users: 0.318 / 0.402 / 0.171 / 0.040), so traits and blocks agree.
   */
  studentLoanChanceByAge: { "18-25": 0.32, "26-35": 0.4, "36-50": 0.17, "51+": 0.04 },
  /** Subscriptions a subscriber pays for (of the five). */
  subscriptionsPerSubscriber: { min: 1, max: 3 },
  /**
   * Checking overdraft coverage: a bill may take checking below zero down to `-limitCents`; each
   * overdraft episode (checking going from zero or more to below zero) is charged `feeCents` that day
   * (BANK_FEES_OVERDRAFT_FEES; $35 is the typical big-bank fee, CFPB 2023), at most `maxFeesPerMonth`
   * a calendar month as banks cap them. Everyday purchases are declined rather than overdrawn.
   */
  overdraft: { limitCents: 50_000, feeCents: 3_500, maxFeesPerMonth: 3 },
} as const;

export type Accounts = typeof ACCOUNTS;
