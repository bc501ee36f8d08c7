// Plaid's error shape (`PlaidError`), with the codes the mock answers. Every error is HTTP 400,
// as Plaid sends these.
import { type PlaidError, PlaidErrorType } from "plaid";

export interface PlaidErrorSpec {
  error_type: PlaidErrorType;
  error_code: string;
  error_message: string;
}

/** A PlaidError body for a code, with a request id. */
export function plaidError(spec: PlaidErrorSpec, requestId: string): PlaidError {
  return {
    ...spec,
    display_message: null,
    request_id: requestId,
    causes: [],
    status: 400,
    documentation_url: `https://plaid.com/docs/errors/${spec.error_type === PlaidErrorType.InvalidInput ? "invalid-input" : spec.error_type === PlaidErrorType.InvalidRequest ? "invalid-request" : spec.error_type === PlaidErrorType.ItemError ? "item" : "invalid-request"}/#${spec.error_code.toLowerCase().replace(/_/g, "")}`,
    suggested_action: null,
  };
}

export const ERRORS = {
  missingFields: (fields: readonly string[]): PlaidErrorSpec => ({
    error_type: PlaidErrorType.InvalidRequest,
    error_code: "MISSING_FIELDS",
    error_message: `the following required fields are missing: ${fields.join(", ")}`,
  }),
  invalidBody: (): PlaidErrorSpec => ({
    error_type: PlaidErrorType.InvalidRequest,
    error_code: "INVALID_BODY",
    error_message: "body could not be parsed as JSON",
  }),
  invalidField: (message: string): PlaidErrorSpec => ({
    error_type: PlaidErrorType.InvalidRequest,
    error_code: "INVALID_FIELD",
    error_message: message,
  }),
  invalidApiKeys: (): PlaidErrorSpec => ({
    error_type: PlaidErrorType.InvalidInput,
    error_code: "INVALID_API_KEYS",
    error_message: "invalid client_id or secret provided",
  }),
  invalidAccessToken: (message = "could not find matching access token"): PlaidErrorSpec => ({
    error_type: PlaidErrorType.InvalidInput,
    error_code: "INVALID_ACCESS_TOKEN",
    error_message: message,
  }),
  invalidAccountId: (accountId: string): PlaidErrorSpec => ({
    error_type: PlaidErrorType.InvalidInput,
    error_code: "INVALID_ACCOUNT_ID",
    error_message: `one or more of the account IDs is invalid: ${accountId}`,
  }),
  productNotReady: (): PlaidErrorSpec => ({
    error_type: PlaidErrorType.ItemError,
    error_code: "PRODUCT_NOT_READY",
    error_message: "the requested product is not yet ready. please provide a webhook or try the request again later",
  }),
  noLiabilityAccounts: (): PlaidErrorSpec => ({
    error_type: PlaidErrorType.ItemError,
    error_code: "NO_LIABILITY_ACCOUNTS",
    error_message: "the Item does not have any liability accounts",
  }),
} as const;

/** A builder's refusal: the error to answer instead of a response. */
export class PlaidRequestError extends Error {
  constructor(readonly spec: PlaidErrorSpec) {
    super(`${spec.error_code}: ${spec.error_message}`);
    this.name = "PlaidRequestError";
  }
}
