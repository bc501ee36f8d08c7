// The institution behind each bank product the toolkit names accounts after, for grouping a user's
// accounts into Plaid Items (one login per institution). Rows only. The ids are this toolkit's own
// (`ins_spendsense_*`), not Plaid's: an app must not mistake them for real institutions.
export interface Institution {
  institution_id: string;
  name: string;
  /** Account names (Plaid's `name`) of this institution start with one of these. */
  prefixes: readonly string[];
}

export const INSTITUTIONS: readonly Institution[] = [
  { institution_id: "ins_spendsense_chase", name: "Chase", prefixes: ["Chase "] },
  { institution_id: "ins_spendsense_bank_of_america", name: "Bank of America", prefixes: ["Bank of America "] },
  { institution_id: "ins_spendsense_wells_fargo", name: "Wells Fargo", prefixes: ["Wells Fargo "] },
  { institution_id: "ins_spendsense_citi", name: "Citibank Online", prefixes: ["Citi "] },
  { institution_id: "ins_spendsense_capital_one", name: "Capital One", prefixes: ["Capital One "] },
  { institution_id: "ins_spendsense_us_bank", name: "U.S. Bank", prefixes: ["U.S. Bank "] },
  { institution_id: "ins_spendsense_pnc", name: "PNC", prefixes: ["PNC "] },
  { institution_id: "ins_spendsense_ally", name: "Ally Bank", prefixes: ["Ally "] },
  { institution_id: "ins_spendsense_marcus", name: "Marcus by Goldman Sachs", prefixes: ["Marcus "] },
  { institution_id: "ins_spendsense_discover", name: "Discover", prefixes: ["Discover "] },
  { institution_id: "ins_spendsense_amex", name: "American Express", prefixes: ["Amex "] },
  { institution_id: "ins_spendsense_nelnet", name: "Nelnet", prefixes: ["Nelnet "] },
  { institution_id: "ins_spendsense_mohela", name: "MOHELA", prefixes: ["MOHELA "] },
  { institution_id: "ins_spendsense_aidvantage", name: "Aidvantage", prefixes: ["Aidvantage "] },
  { institution_id: "ins_spendsense_sallie_mae", name: "Sallie Mae", prefixes: ["Sallie Mae "] },
];

/** Accounts whose name matches no row belong to this institution. */
export const OTHER_INSTITUTION: Institution = {
  institution_id: "ins_spendsense_other",
  name: "Other institution",
  prefixes: [],
};
