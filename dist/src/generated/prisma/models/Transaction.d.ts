import type * as runtime from "@prisma/client/runtime/client";
import type * as Prisma from "../internal/prismaNamespace.ts";
/**
 * Model Transaction
 *
 */
export type TransactionModel = runtime.Types.Result.DefaultSelection<Prisma.$TransactionPayload>;
export type AggregateTransaction = {
    _count: TransactionCountAggregateOutputType | null;
    _avg: TransactionAvgAggregateOutputType | null;
    _sum: TransactionSumAggregateOutputType | null;
    _min: TransactionMinAggregateOutputType | null;
    _max: TransactionMaxAggregateOutputType | null;
};
export type TransactionAvgAggregateOutputType = {
    amount: number | null;
    location_lat: number | null;
    location_lon: number | null;
};
export type TransactionSumAggregateOutputType = {
    amount: number | null;
    location_lat: number | null;
    location_lon: number | null;
};
export type TransactionMinAggregateOutputType = {
    transaction_id: string | null;
    account_id: string | null;
    user_id: string | null;
    date: string | null;
    authorized_date: string | null;
    amount: number | null;
    iso_currency_code: string | null;
    name: string | null;
    merchant_name: string | null;
    payment_channel: string | null;
    pfc_primary: string | null;
    pfc_detailed: string | null;
    pfc_confidence_level: string | null;
    pending: boolean | null;
    location_address: string | null;
    location_city: string | null;
    location_region: string | null;
    location_postal_code: string | null;
    location_country: string | null;
    location_lat: number | null;
    location_lon: number | null;
    location_store_number: string | null;
    transfer_id: string | null;
    stream_id: string | null;
};
export type TransactionMaxAggregateOutputType = {
    transaction_id: string | null;
    account_id: string | null;
    user_id: string | null;
    date: string | null;
    authorized_date: string | null;
    amount: number | null;
    iso_currency_code: string | null;
    name: string | null;
    merchant_name: string | null;
    payment_channel: string | null;
    pfc_primary: string | null;
    pfc_detailed: string | null;
    pfc_confidence_level: string | null;
    pending: boolean | null;
    location_address: string | null;
    location_city: string | null;
    location_region: string | null;
    location_postal_code: string | null;
    location_country: string | null;
    location_lat: number | null;
    location_lon: number | null;
    location_store_number: string | null;
    transfer_id: string | null;
    stream_id: string | null;
};
export type TransactionCountAggregateOutputType = {
    transaction_id: number;
    account_id: number;
    user_id: number;
    date: number;
    authorized_date: number;
    amount: number;
    iso_currency_code: number;
    name: number;
    merchant_name: number;
    payment_channel: number;
    pfc_primary: number;
    pfc_detailed: number;
    pfc_confidence_level: number;
    pending: number;
    location_address: number;
    location_city: number;
    location_region: number;
    location_postal_code: number;
    location_country: number;
    location_lat: number;
    location_lon: number;
    location_store_number: number;
    transfer_id: number;
    stream_id: number;
    _all: number;
};
export type TransactionAvgAggregateInputType = {
    amount?: true;
    location_lat?: true;
    location_lon?: true;
};
export type TransactionSumAggregateInputType = {
    amount?: true;
    location_lat?: true;
    location_lon?: true;
};
export type TransactionMinAggregateInputType = {
    transaction_id?: true;
    account_id?: true;
    user_id?: true;
    date?: true;
    authorized_date?: true;
    amount?: true;
    iso_currency_code?: true;
    name?: true;
    merchant_name?: true;
    payment_channel?: true;
    pfc_primary?: true;
    pfc_detailed?: true;
    pfc_confidence_level?: true;
    pending?: true;
    location_address?: true;
    location_city?: true;
    location_region?: true;
    location_postal_code?: true;
    location_country?: true;
    location_lat?: true;
    location_lon?: true;
    location_store_number?: true;
    transfer_id?: true;
    stream_id?: true;
};
export type TransactionMaxAggregateInputType = {
    transaction_id?: true;
    account_id?: true;
    user_id?: true;
    date?: true;
    authorized_date?: true;
    amount?: true;
    iso_currency_code?: true;
    name?: true;
    merchant_name?: true;
    payment_channel?: true;
    pfc_primary?: true;
    pfc_detailed?: true;
    pfc_confidence_level?: true;
    pending?: true;
    location_address?: true;
    location_city?: true;
    location_region?: true;
    location_postal_code?: true;
    location_country?: true;
    location_lat?: true;
    location_lon?: true;
    location_store_number?: true;
    transfer_id?: true;
    stream_id?: true;
};
export type TransactionCountAggregateInputType = {
    transaction_id?: true;
    account_id?: true;
    user_id?: true;
    date?: true;
    authorized_date?: true;
    amount?: true;
    iso_currency_code?: true;
    name?: true;
    merchant_name?: true;
    payment_channel?: true;
    pfc_primary?: true;
    pfc_detailed?: true;
    pfc_confidence_level?: true;
    pending?: true;
    location_address?: true;
    location_city?: true;
    location_region?: true;
    location_postal_code?: true;
    location_country?: true;
    location_lat?: true;
    location_lon?: true;
    location_store_number?: true;
    transfer_id?: true;
    stream_id?: true;
    _all?: true;
};
export type TransactionAggregateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which Transaction to aggregate.
     */
    where?: Prisma.TransactionWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Transactions to fetch.
     */
    orderBy?: Prisma.TransactionOrderByWithRelationInput | Prisma.TransactionOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the start position
     */
    cursor?: Prisma.TransactionWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Transactions from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Transactions.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Count returned Transactions
    **/
    _count?: true | TransactionCountAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to average
    **/
    _avg?: TransactionAvgAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to sum
    **/
    _sum?: TransactionSumAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the minimum value
    **/
    _min?: TransactionMinAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the maximum value
    **/
    _max?: TransactionMaxAggregateInputType;
};
export type GetTransactionAggregateType<T extends TransactionAggregateArgs> = {
    [P in keyof T & keyof AggregateTransaction]: P extends '_count' | 'count' ? T[P] extends true ? number : Prisma.GetScalarType<T[P], AggregateTransaction[P]> : Prisma.GetScalarType<T[P], AggregateTransaction[P]>;
};
export type TransactionGroupByArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.TransactionWhereInput;
    orderBy?: Prisma.TransactionOrderByWithAggregationInput | Prisma.TransactionOrderByWithAggregationInput[];
    by: Prisma.TransactionScalarFieldEnum[] | Prisma.TransactionScalarFieldEnum;
    having?: Prisma.TransactionScalarWhereWithAggregatesInput;
    take?: number;
    skip?: number;
    _count?: TransactionCountAggregateInputType | true;
    _avg?: TransactionAvgAggregateInputType;
    _sum?: TransactionSumAggregateInputType;
    _min?: TransactionMinAggregateInputType;
    _max?: TransactionMaxAggregateInputType;
};
export type TransactionGroupByOutputType = {
    transaction_id: string;
    account_id: string;
    user_id: string;
    date: string;
    authorized_date: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address: string | null;
    location_city: string | null;
    location_region: string | null;
    location_postal_code: string | null;
    location_country: string | null;
    location_lat: number | null;
    location_lon: number | null;
    location_store_number: string | null;
    transfer_id: string | null;
    stream_id: string | null;
    _count: TransactionCountAggregateOutputType | null;
    _avg: TransactionAvgAggregateOutputType | null;
    _sum: TransactionSumAggregateOutputType | null;
    _min: TransactionMinAggregateOutputType | null;
    _max: TransactionMaxAggregateOutputType | null;
};
type GetTransactionGroupByPayload<T extends TransactionGroupByArgs> = Prisma.PrismaPromise<Array<Prisma.PickEnumerable<TransactionGroupByOutputType, T['by']> & {
    [P in ((keyof T) & (keyof TransactionGroupByOutputType))]: P extends '_count' ? T[P] extends boolean ? number : Prisma.GetScalarType<T[P], TransactionGroupByOutputType[P]> : Prisma.GetScalarType<T[P], TransactionGroupByOutputType[P]>;
}>>;
export type TransactionWhereInput = {
    AND?: Prisma.TransactionWhereInput | Prisma.TransactionWhereInput[];
    OR?: Prisma.TransactionWhereInput[];
    NOT?: Prisma.TransactionWhereInput | Prisma.TransactionWhereInput[];
    transaction_id?: Prisma.StringFilter<"Transaction"> | string;
    account_id?: Prisma.StringFilter<"Transaction"> | string;
    user_id?: Prisma.StringFilter<"Transaction"> | string;
    date?: Prisma.StringFilter<"Transaction"> | string;
    authorized_date?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    amount?: Prisma.FloatFilter<"Transaction"> | number;
    iso_currency_code?: Prisma.StringFilter<"Transaction"> | string;
    name?: Prisma.StringFilter<"Transaction"> | string;
    merchant_name?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    payment_channel?: Prisma.StringFilter<"Transaction"> | string;
    pfc_primary?: Prisma.StringFilter<"Transaction"> | string;
    pfc_detailed?: Prisma.StringFilter<"Transaction"> | string;
    pfc_confidence_level?: Prisma.StringFilter<"Transaction"> | string;
    pending?: Prisma.BoolFilter<"Transaction"> | boolean;
    location_address?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_city?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_region?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_postal_code?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_country?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_lat?: Prisma.FloatNullableFilter<"Transaction"> | number | null;
    location_lon?: Prisma.FloatNullableFilter<"Transaction"> | number | null;
    location_store_number?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    transfer_id?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    stream_id?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    account?: Prisma.XOR<Prisma.AccountScalarRelationFilter, Prisma.AccountWhereInput>;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
};
export type TransactionOrderByWithRelationInput = {
    transaction_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    date?: Prisma.SortOrder;
    authorized_date?: Prisma.SortOrderInput | Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrderInput | Prisma.SortOrder;
    payment_channel?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    pending?: Prisma.SortOrder;
    location_address?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_city?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_region?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_postal_code?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_country?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_lat?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_lon?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_store_number?: Prisma.SortOrderInput | Prisma.SortOrder;
    transfer_id?: Prisma.SortOrderInput | Prisma.SortOrder;
    stream_id?: Prisma.SortOrderInput | Prisma.SortOrder;
    account?: Prisma.AccountOrderByWithRelationInput;
    user?: Prisma.UserOrderByWithRelationInput;
};
export type TransactionWhereUniqueInput = Prisma.AtLeast<{
    transaction_id?: string;
    AND?: Prisma.TransactionWhereInput | Prisma.TransactionWhereInput[];
    OR?: Prisma.TransactionWhereInput[];
    NOT?: Prisma.TransactionWhereInput | Prisma.TransactionWhereInput[];
    account_id?: Prisma.StringFilter<"Transaction"> | string;
    user_id?: Prisma.StringFilter<"Transaction"> | string;
    date?: Prisma.StringFilter<"Transaction"> | string;
    authorized_date?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    amount?: Prisma.FloatFilter<"Transaction"> | number;
    iso_currency_code?: Prisma.StringFilter<"Transaction"> | string;
    name?: Prisma.StringFilter<"Transaction"> | string;
    merchant_name?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    payment_channel?: Prisma.StringFilter<"Transaction"> | string;
    pfc_primary?: Prisma.StringFilter<"Transaction"> | string;
    pfc_detailed?: Prisma.StringFilter<"Transaction"> | string;
    pfc_confidence_level?: Prisma.StringFilter<"Transaction"> | string;
    pending?: Prisma.BoolFilter<"Transaction"> | boolean;
    location_address?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_city?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_region?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_postal_code?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_country?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_lat?: Prisma.FloatNullableFilter<"Transaction"> | number | null;
    location_lon?: Prisma.FloatNullableFilter<"Transaction"> | number | null;
    location_store_number?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    transfer_id?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    stream_id?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    account?: Prisma.XOR<Prisma.AccountScalarRelationFilter, Prisma.AccountWhereInput>;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
}, "transaction_id">;
export type TransactionOrderByWithAggregationInput = {
    transaction_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    date?: Prisma.SortOrder;
    authorized_date?: Prisma.SortOrderInput | Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrderInput | Prisma.SortOrder;
    payment_channel?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    pending?: Prisma.SortOrder;
    location_address?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_city?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_region?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_postal_code?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_country?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_lat?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_lon?: Prisma.SortOrderInput | Prisma.SortOrder;
    location_store_number?: Prisma.SortOrderInput | Prisma.SortOrder;
    transfer_id?: Prisma.SortOrderInput | Prisma.SortOrder;
    stream_id?: Prisma.SortOrderInput | Prisma.SortOrder;
    _count?: Prisma.TransactionCountOrderByAggregateInput;
    _avg?: Prisma.TransactionAvgOrderByAggregateInput;
    _max?: Prisma.TransactionMaxOrderByAggregateInput;
    _min?: Prisma.TransactionMinOrderByAggregateInput;
    _sum?: Prisma.TransactionSumOrderByAggregateInput;
};
export type TransactionScalarWhereWithAggregatesInput = {
    AND?: Prisma.TransactionScalarWhereWithAggregatesInput | Prisma.TransactionScalarWhereWithAggregatesInput[];
    OR?: Prisma.TransactionScalarWhereWithAggregatesInput[];
    NOT?: Prisma.TransactionScalarWhereWithAggregatesInput | Prisma.TransactionScalarWhereWithAggregatesInput[];
    transaction_id?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    account_id?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    user_id?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    date?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    authorized_date?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    amount?: Prisma.FloatWithAggregatesFilter<"Transaction"> | number;
    iso_currency_code?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    name?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    merchant_name?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    payment_channel?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    pfc_primary?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    pfc_detailed?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    pfc_confidence_level?: Prisma.StringWithAggregatesFilter<"Transaction"> | string;
    pending?: Prisma.BoolWithAggregatesFilter<"Transaction"> | boolean;
    location_address?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    location_city?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    location_region?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    location_postal_code?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    location_country?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    location_lat?: Prisma.FloatNullableWithAggregatesFilter<"Transaction"> | number | null;
    location_lon?: Prisma.FloatNullableWithAggregatesFilter<"Transaction"> | number | null;
    location_store_number?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    transfer_id?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
    stream_id?: Prisma.StringNullableWithAggregatesFilter<"Transaction"> | string | null;
};
export type TransactionCreateInput = {
    transaction_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
    account: Prisma.AccountCreateNestedOneWithoutTransactionsInput;
    user: Prisma.UserCreateNestedOneWithoutTransactionsInput;
};
export type TransactionUncheckedCreateInput = {
    transaction_id: string;
    account_id: string;
    user_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
};
export type TransactionUpdateInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    account?: Prisma.AccountUpdateOneRequiredWithoutTransactionsNestedInput;
    user?: Prisma.UserUpdateOneRequiredWithoutTransactionsNestedInput;
};
export type TransactionUncheckedUpdateInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
};
export type TransactionCreateManyInput = {
    transaction_id: string;
    account_id: string;
    user_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
};
export type TransactionUpdateManyMutationInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
};
export type TransactionUncheckedUpdateManyInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
};
export type TransactionListRelationFilter = {
    every?: Prisma.TransactionWhereInput;
    some?: Prisma.TransactionWhereInput;
    none?: Prisma.TransactionWhereInput;
};
export type TransactionOrderByRelationAggregateInput = {
    _count?: Prisma.SortOrder;
};
export type TransactionCountOrderByAggregateInput = {
    transaction_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    date?: Prisma.SortOrder;
    authorized_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrder;
    payment_channel?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    pending?: Prisma.SortOrder;
    location_address?: Prisma.SortOrder;
    location_city?: Prisma.SortOrder;
    location_region?: Prisma.SortOrder;
    location_postal_code?: Prisma.SortOrder;
    location_country?: Prisma.SortOrder;
    location_lat?: Prisma.SortOrder;
    location_lon?: Prisma.SortOrder;
    location_store_number?: Prisma.SortOrder;
    transfer_id?: Prisma.SortOrder;
    stream_id?: Prisma.SortOrder;
};
export type TransactionAvgOrderByAggregateInput = {
    amount?: Prisma.SortOrder;
    location_lat?: Prisma.SortOrder;
    location_lon?: Prisma.SortOrder;
};
export type TransactionMaxOrderByAggregateInput = {
    transaction_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    date?: Prisma.SortOrder;
    authorized_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrder;
    payment_channel?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    pending?: Prisma.SortOrder;
    location_address?: Prisma.SortOrder;
    location_city?: Prisma.SortOrder;
    location_region?: Prisma.SortOrder;
    location_postal_code?: Prisma.SortOrder;
    location_country?: Prisma.SortOrder;
    location_lat?: Prisma.SortOrder;
    location_lon?: Prisma.SortOrder;
    location_store_number?: Prisma.SortOrder;
    transfer_id?: Prisma.SortOrder;
    stream_id?: Prisma.SortOrder;
};
export type TransactionMinOrderByAggregateInput = {
    transaction_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    date?: Prisma.SortOrder;
    authorized_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrder;
    payment_channel?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    pending?: Prisma.SortOrder;
    location_address?: Prisma.SortOrder;
    location_city?: Prisma.SortOrder;
    location_region?: Prisma.SortOrder;
    location_postal_code?: Prisma.SortOrder;
    location_country?: Prisma.SortOrder;
    location_lat?: Prisma.SortOrder;
    location_lon?: Prisma.SortOrder;
    location_store_number?: Prisma.SortOrder;
    transfer_id?: Prisma.SortOrder;
    stream_id?: Prisma.SortOrder;
};
export type TransactionSumOrderByAggregateInput = {
    amount?: Prisma.SortOrder;
    location_lat?: Prisma.SortOrder;
    location_lon?: Prisma.SortOrder;
};
export type TransactionCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutUserInput, Prisma.TransactionUncheckedCreateWithoutUserInput> | Prisma.TransactionCreateWithoutUserInput[] | Prisma.TransactionUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutUserInput | Prisma.TransactionCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.TransactionCreateManyUserInputEnvelope;
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
};
export type TransactionUncheckedCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutUserInput, Prisma.TransactionUncheckedCreateWithoutUserInput> | Prisma.TransactionCreateWithoutUserInput[] | Prisma.TransactionUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutUserInput | Prisma.TransactionCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.TransactionCreateManyUserInputEnvelope;
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
};
export type TransactionUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutUserInput, Prisma.TransactionUncheckedCreateWithoutUserInput> | Prisma.TransactionCreateWithoutUserInput[] | Prisma.TransactionUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutUserInput | Prisma.TransactionCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.TransactionUpsertWithWhereUniqueWithoutUserInput | Prisma.TransactionUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.TransactionCreateManyUserInputEnvelope;
    set?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    disconnect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    delete?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    update?: Prisma.TransactionUpdateWithWhereUniqueWithoutUserInput | Prisma.TransactionUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.TransactionUpdateManyWithWhereWithoutUserInput | Prisma.TransactionUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.TransactionScalarWhereInput | Prisma.TransactionScalarWhereInput[];
};
export type TransactionUncheckedUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutUserInput, Prisma.TransactionUncheckedCreateWithoutUserInput> | Prisma.TransactionCreateWithoutUserInput[] | Prisma.TransactionUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutUserInput | Prisma.TransactionCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.TransactionUpsertWithWhereUniqueWithoutUserInput | Prisma.TransactionUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.TransactionCreateManyUserInputEnvelope;
    set?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    disconnect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    delete?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    update?: Prisma.TransactionUpdateWithWhereUniqueWithoutUserInput | Prisma.TransactionUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.TransactionUpdateManyWithWhereWithoutUserInput | Prisma.TransactionUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.TransactionScalarWhereInput | Prisma.TransactionScalarWhereInput[];
};
export type TransactionCreateNestedManyWithoutAccountInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutAccountInput, Prisma.TransactionUncheckedCreateWithoutAccountInput> | Prisma.TransactionCreateWithoutAccountInput[] | Prisma.TransactionUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutAccountInput | Prisma.TransactionCreateOrConnectWithoutAccountInput[];
    createMany?: Prisma.TransactionCreateManyAccountInputEnvelope;
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
};
export type TransactionUncheckedCreateNestedManyWithoutAccountInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutAccountInput, Prisma.TransactionUncheckedCreateWithoutAccountInput> | Prisma.TransactionCreateWithoutAccountInput[] | Prisma.TransactionUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutAccountInput | Prisma.TransactionCreateOrConnectWithoutAccountInput[];
    createMany?: Prisma.TransactionCreateManyAccountInputEnvelope;
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
};
export type TransactionUpdateManyWithoutAccountNestedInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutAccountInput, Prisma.TransactionUncheckedCreateWithoutAccountInput> | Prisma.TransactionCreateWithoutAccountInput[] | Prisma.TransactionUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutAccountInput | Prisma.TransactionCreateOrConnectWithoutAccountInput[];
    upsert?: Prisma.TransactionUpsertWithWhereUniqueWithoutAccountInput | Prisma.TransactionUpsertWithWhereUniqueWithoutAccountInput[];
    createMany?: Prisma.TransactionCreateManyAccountInputEnvelope;
    set?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    disconnect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    delete?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    update?: Prisma.TransactionUpdateWithWhereUniqueWithoutAccountInput | Prisma.TransactionUpdateWithWhereUniqueWithoutAccountInput[];
    updateMany?: Prisma.TransactionUpdateManyWithWhereWithoutAccountInput | Prisma.TransactionUpdateManyWithWhereWithoutAccountInput[];
    deleteMany?: Prisma.TransactionScalarWhereInput | Prisma.TransactionScalarWhereInput[];
};
export type TransactionUncheckedUpdateManyWithoutAccountNestedInput = {
    create?: Prisma.XOR<Prisma.TransactionCreateWithoutAccountInput, Prisma.TransactionUncheckedCreateWithoutAccountInput> | Prisma.TransactionCreateWithoutAccountInput[] | Prisma.TransactionUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.TransactionCreateOrConnectWithoutAccountInput | Prisma.TransactionCreateOrConnectWithoutAccountInput[];
    upsert?: Prisma.TransactionUpsertWithWhereUniqueWithoutAccountInput | Prisma.TransactionUpsertWithWhereUniqueWithoutAccountInput[];
    createMany?: Prisma.TransactionCreateManyAccountInputEnvelope;
    set?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    disconnect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    delete?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    connect?: Prisma.TransactionWhereUniqueInput | Prisma.TransactionWhereUniqueInput[];
    update?: Prisma.TransactionUpdateWithWhereUniqueWithoutAccountInput | Prisma.TransactionUpdateWithWhereUniqueWithoutAccountInput[];
    updateMany?: Prisma.TransactionUpdateManyWithWhereWithoutAccountInput | Prisma.TransactionUpdateManyWithWhereWithoutAccountInput[];
    deleteMany?: Prisma.TransactionScalarWhereInput | Prisma.TransactionScalarWhereInput[];
};
export type BoolFieldUpdateOperationsInput = {
    set?: boolean;
};
export type TransactionCreateWithoutUserInput = {
    transaction_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
    account: Prisma.AccountCreateNestedOneWithoutTransactionsInput;
};
export type TransactionUncheckedCreateWithoutUserInput = {
    transaction_id: string;
    account_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
};
export type TransactionCreateOrConnectWithoutUserInput = {
    where: Prisma.TransactionWhereUniqueInput;
    create: Prisma.XOR<Prisma.TransactionCreateWithoutUserInput, Prisma.TransactionUncheckedCreateWithoutUserInput>;
};
export type TransactionCreateManyUserInputEnvelope = {
    data: Prisma.TransactionCreateManyUserInput | Prisma.TransactionCreateManyUserInput[];
};
export type TransactionUpsertWithWhereUniqueWithoutUserInput = {
    where: Prisma.TransactionWhereUniqueInput;
    update: Prisma.XOR<Prisma.TransactionUpdateWithoutUserInput, Prisma.TransactionUncheckedUpdateWithoutUserInput>;
    create: Prisma.XOR<Prisma.TransactionCreateWithoutUserInput, Prisma.TransactionUncheckedCreateWithoutUserInput>;
};
export type TransactionUpdateWithWhereUniqueWithoutUserInput = {
    where: Prisma.TransactionWhereUniqueInput;
    data: Prisma.XOR<Prisma.TransactionUpdateWithoutUserInput, Prisma.TransactionUncheckedUpdateWithoutUserInput>;
};
export type TransactionUpdateManyWithWhereWithoutUserInput = {
    where: Prisma.TransactionScalarWhereInput;
    data: Prisma.XOR<Prisma.TransactionUpdateManyMutationInput, Prisma.TransactionUncheckedUpdateManyWithoutUserInput>;
};
export type TransactionScalarWhereInput = {
    AND?: Prisma.TransactionScalarWhereInput | Prisma.TransactionScalarWhereInput[];
    OR?: Prisma.TransactionScalarWhereInput[];
    NOT?: Prisma.TransactionScalarWhereInput | Prisma.TransactionScalarWhereInput[];
    transaction_id?: Prisma.StringFilter<"Transaction"> | string;
    account_id?: Prisma.StringFilter<"Transaction"> | string;
    user_id?: Prisma.StringFilter<"Transaction"> | string;
    date?: Prisma.StringFilter<"Transaction"> | string;
    authorized_date?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    amount?: Prisma.FloatFilter<"Transaction"> | number;
    iso_currency_code?: Prisma.StringFilter<"Transaction"> | string;
    name?: Prisma.StringFilter<"Transaction"> | string;
    merchant_name?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    payment_channel?: Prisma.StringFilter<"Transaction"> | string;
    pfc_primary?: Prisma.StringFilter<"Transaction"> | string;
    pfc_detailed?: Prisma.StringFilter<"Transaction"> | string;
    pfc_confidence_level?: Prisma.StringFilter<"Transaction"> | string;
    pending?: Prisma.BoolFilter<"Transaction"> | boolean;
    location_address?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_city?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_region?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_postal_code?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_country?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    location_lat?: Prisma.FloatNullableFilter<"Transaction"> | number | null;
    location_lon?: Prisma.FloatNullableFilter<"Transaction"> | number | null;
    location_store_number?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    transfer_id?: Prisma.StringNullableFilter<"Transaction"> | string | null;
    stream_id?: Prisma.StringNullableFilter<"Transaction"> | string | null;
};
export type TransactionCreateWithoutAccountInput = {
    transaction_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
    user: Prisma.UserCreateNestedOneWithoutTransactionsInput;
};
export type TransactionUncheckedCreateWithoutAccountInput = {
    transaction_id: string;
    user_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
};
export type TransactionCreateOrConnectWithoutAccountInput = {
    where: Prisma.TransactionWhereUniqueInput;
    create: Prisma.XOR<Prisma.TransactionCreateWithoutAccountInput, Prisma.TransactionUncheckedCreateWithoutAccountInput>;
};
export type TransactionCreateManyAccountInputEnvelope = {
    data: Prisma.TransactionCreateManyAccountInput | Prisma.TransactionCreateManyAccountInput[];
};
export type TransactionUpsertWithWhereUniqueWithoutAccountInput = {
    where: Prisma.TransactionWhereUniqueInput;
    update: Prisma.XOR<Prisma.TransactionUpdateWithoutAccountInput, Prisma.TransactionUncheckedUpdateWithoutAccountInput>;
    create: Prisma.XOR<Prisma.TransactionCreateWithoutAccountInput, Prisma.TransactionUncheckedCreateWithoutAccountInput>;
};
export type TransactionUpdateWithWhereUniqueWithoutAccountInput = {
    where: Prisma.TransactionWhereUniqueInput;
    data: Prisma.XOR<Prisma.TransactionUpdateWithoutAccountInput, Prisma.TransactionUncheckedUpdateWithoutAccountInput>;
};
export type TransactionUpdateManyWithWhereWithoutAccountInput = {
    where: Prisma.TransactionScalarWhereInput;
    data: Prisma.XOR<Prisma.TransactionUpdateManyMutationInput, Prisma.TransactionUncheckedUpdateManyWithoutAccountInput>;
};
export type TransactionCreateManyUserInput = {
    transaction_id: string;
    account_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
};
export type TransactionUpdateWithoutUserInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    account?: Prisma.AccountUpdateOneRequiredWithoutTransactionsNestedInput;
};
export type TransactionUncheckedUpdateWithoutUserInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
};
export type TransactionUncheckedUpdateManyWithoutUserInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
};
export type TransactionCreateManyAccountInput = {
    transaction_id: string;
    user_id: string;
    date: string;
    authorized_date?: string | null;
    amount: number;
    iso_currency_code: string;
    name: string;
    merchant_name?: string | null;
    payment_channel: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    pending: boolean;
    location_address?: string | null;
    location_city?: string | null;
    location_region?: string | null;
    location_postal_code?: string | null;
    location_country?: string | null;
    location_lat?: number | null;
    location_lon?: number | null;
    location_store_number?: string | null;
    transfer_id?: string | null;
    stream_id?: string | null;
};
export type TransactionUpdateWithoutAccountInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    user?: Prisma.UserUpdateOneRequiredWithoutTransactionsNestedInput;
};
export type TransactionUncheckedUpdateWithoutAccountInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
};
export type TransactionUncheckedUpdateManyWithoutAccountInput = {
    transaction_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    date?: Prisma.StringFieldUpdateOperationsInput | string;
    authorized_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    payment_channel?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    pending?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    location_address?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_city?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_region?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_postal_code?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_country?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    location_lat?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_lon?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    location_store_number?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    transfer_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    stream_id?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
};
export type TransactionSelect<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    transaction_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    date?: boolean;
    authorized_date?: boolean;
    amount?: boolean;
    iso_currency_code?: boolean;
    name?: boolean;
    merchant_name?: boolean;
    payment_channel?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    pending?: boolean;
    location_address?: boolean;
    location_city?: boolean;
    location_region?: boolean;
    location_postal_code?: boolean;
    location_country?: boolean;
    location_lat?: boolean;
    location_lon?: boolean;
    location_store_number?: boolean;
    transfer_id?: boolean;
    stream_id?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["transaction"]>;
export type TransactionSelectCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    transaction_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    date?: boolean;
    authorized_date?: boolean;
    amount?: boolean;
    iso_currency_code?: boolean;
    name?: boolean;
    merchant_name?: boolean;
    payment_channel?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    pending?: boolean;
    location_address?: boolean;
    location_city?: boolean;
    location_region?: boolean;
    location_postal_code?: boolean;
    location_country?: boolean;
    location_lat?: boolean;
    location_lon?: boolean;
    location_store_number?: boolean;
    transfer_id?: boolean;
    stream_id?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["transaction"]>;
export type TransactionSelectUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    transaction_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    date?: boolean;
    authorized_date?: boolean;
    amount?: boolean;
    iso_currency_code?: boolean;
    name?: boolean;
    merchant_name?: boolean;
    payment_channel?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    pending?: boolean;
    location_address?: boolean;
    location_city?: boolean;
    location_region?: boolean;
    location_postal_code?: boolean;
    location_country?: boolean;
    location_lat?: boolean;
    location_lon?: boolean;
    location_store_number?: boolean;
    transfer_id?: boolean;
    stream_id?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["transaction"]>;
export type TransactionSelectScalar = {
    transaction_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    date?: boolean;
    authorized_date?: boolean;
    amount?: boolean;
    iso_currency_code?: boolean;
    name?: boolean;
    merchant_name?: boolean;
    payment_channel?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    pending?: boolean;
    location_address?: boolean;
    location_city?: boolean;
    location_region?: boolean;
    location_postal_code?: boolean;
    location_country?: boolean;
    location_lat?: boolean;
    location_lon?: boolean;
    location_store_number?: boolean;
    transfer_id?: boolean;
    stream_id?: boolean;
};
export type TransactionOmit<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetOmit<"transaction_id" | "account_id" | "user_id" | "date" | "authorized_date" | "amount" | "iso_currency_code" | "name" | "merchant_name" | "payment_channel" | "pfc_primary" | "pfc_detailed" | "pfc_confidence_level" | "pending" | "location_address" | "location_city" | "location_region" | "location_postal_code" | "location_country" | "location_lat" | "location_lon" | "location_store_number" | "transfer_id" | "stream_id", ExtArgs["result"]["transaction"]>;
export type TransactionInclude<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type TransactionIncludeCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type TransactionIncludeUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type $TransactionPayload<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    name: "Transaction";
    objects: {
        account: Prisma.$AccountPayload<ExtArgs>;
        user: Prisma.$UserPayload<ExtArgs>;
    };
    scalars: runtime.Types.Extensions.GetPayloadResult<{
        transaction_id: string;
        account_id: string;
        user_id: string;
        date: string;
        authorized_date: string | null;
        amount: number;
        iso_currency_code: string;
        name: string;
        merchant_name: string | null;
        payment_channel: string;
        pfc_primary: string;
        pfc_detailed: string;
        pfc_confidence_level: string;
        pending: boolean;
        location_address: string | null;
        location_city: string | null;
        location_region: string | null;
        location_postal_code: string | null;
        location_country: string | null;
        location_lat: number | null;
        location_lon: number | null;
        location_store_number: string | null;
        transfer_id: string | null;
        stream_id: string | null;
    }, ExtArgs["result"]["transaction"]>;
    composites: {};
};
export type TransactionGetPayload<S extends boolean | null | undefined | TransactionDefaultArgs> = runtime.Types.Result.GetResult<Prisma.$TransactionPayload, S>;
export type TransactionCountArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = Omit<TransactionFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: TransactionCountAggregateInputType | true;
};
export interface TransactionDelegate<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: {
        types: Prisma.TypeMap<ExtArgs>['model']['Transaction'];
        meta: {
            name: 'Transaction';
        };
    };
    /**
     * Find zero or one Transaction that matches the filter.
     * @param {TransactionFindUniqueArgs} args - Arguments to find a Transaction
     * @example
     * // Get one Transaction
     * const transaction = await prisma.transaction.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends TransactionFindUniqueArgs>(args: Prisma.SelectSubset<T, TransactionFindUniqueArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find one Transaction that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {TransactionFindUniqueOrThrowArgs} args - Arguments to find a Transaction
     * @example
     * // Get one Transaction
     * const transaction = await prisma.transaction.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends TransactionFindUniqueOrThrowArgs>(args: Prisma.SelectSubset<T, TransactionFindUniqueOrThrowArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first Transaction that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TransactionFindFirstArgs} args - Arguments to find a Transaction
     * @example
     * // Get one Transaction
     * const transaction = await prisma.transaction.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends TransactionFindFirstArgs>(args?: Prisma.SelectSubset<T, TransactionFindFirstArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first Transaction that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TransactionFindFirstOrThrowArgs} args - Arguments to find a Transaction
     * @example
     * // Get one Transaction
     * const transaction = await prisma.transaction.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends TransactionFindFirstOrThrowArgs>(args?: Prisma.SelectSubset<T, TransactionFindFirstOrThrowArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find zero or more Transactions that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TransactionFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Transactions
     * const transactions = await prisma.transaction.findMany()
     *
     * // Get first 10 Transactions
     * const transactions = await prisma.transaction.findMany({ take: 10 })
     *
     * // Only select the `transaction_id`
     * const transactionWithTransaction_idOnly = await prisma.transaction.findMany({ select: { transaction_id: true } })
     *
     */
    findMany<T extends TransactionFindManyArgs>(args?: Prisma.SelectSubset<T, TransactionFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>;
    /**
     * Create a Transaction.
     * @param {TransactionCreateArgs} args - Arguments to create a Transaction.
     * @example
     * // Create one Transaction
     * const Transaction = await prisma.transaction.create({
     *   data: {
     *     // ... data to create a Transaction
     *   }
     * })
     *
     */
    create<T extends TransactionCreateArgs>(args: Prisma.SelectSubset<T, TransactionCreateArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Create many Transactions.
     * @param {TransactionCreateManyArgs} args - Arguments to create many Transactions.
     * @example
     * // Create many Transactions
     * const transaction = await prisma.transaction.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     */
    createMany<T extends TransactionCreateManyArgs>(args?: Prisma.SelectSubset<T, TransactionCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Create many Transactions and returns the data saved in the database.
     * @param {TransactionCreateManyAndReturnArgs} args - Arguments to create many Transactions.
     * @example
     * // Create many Transactions
     * const transaction = await prisma.transaction.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Create many Transactions and only return the `transaction_id`
     * const transactionWithTransaction_idOnly = await prisma.transaction.createManyAndReturn({
     *   select: { transaction_id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     *
     */
    createManyAndReturn<T extends TransactionCreateManyAndReturnArgs>(args?: Prisma.SelectSubset<T, TransactionCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>;
    /**
     * Delete a Transaction.
     * @param {TransactionDeleteArgs} args - Arguments to delete one Transaction.
     * @example
     * // Delete one Transaction
     * const Transaction = await prisma.transaction.delete({
     *   where: {
     *     // ... filter to delete one Transaction
     *   }
     * })
     *
     */
    delete<T extends TransactionDeleteArgs>(args: Prisma.SelectSubset<T, TransactionDeleteArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Update one Transaction.
     * @param {TransactionUpdateArgs} args - Arguments to update one Transaction.
     * @example
     * // Update one Transaction
     * const transaction = await prisma.transaction.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    update<T extends TransactionUpdateArgs>(args: Prisma.SelectSubset<T, TransactionUpdateArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Delete zero or more Transactions.
     * @param {TransactionDeleteManyArgs} args - Arguments to filter Transactions to delete.
     * @example
     * // Delete a few Transactions
     * const { count } = await prisma.transaction.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     *
     */
    deleteMany<T extends TransactionDeleteManyArgs>(args?: Prisma.SelectSubset<T, TransactionDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more Transactions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TransactionUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Transactions
     * const transaction = await prisma.transaction.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    updateMany<T extends TransactionUpdateManyArgs>(args: Prisma.SelectSubset<T, TransactionUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more Transactions and returns the data updated in the database.
     * @param {TransactionUpdateManyAndReturnArgs} args - Arguments to update many Transactions.
     * @example
     * // Update many Transactions
     * const transaction = await prisma.transaction.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Update zero or more Transactions and only return the `transaction_id`
     * const transactionWithTransaction_idOnly = await prisma.transaction.updateManyAndReturn({
     *   select: { transaction_id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     *
     */
    updateManyAndReturn<T extends TransactionUpdateManyAndReturnArgs>(args: Prisma.SelectSubset<T, TransactionUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>;
    /**
     * Create or update one Transaction.
     * @param {TransactionUpsertArgs} args - Arguments to update or create a Transaction.
     * @example
     * // Update or create a Transaction
     * const transaction = await prisma.transaction.upsert({
     *   create: {
     *     // ... data to create a Transaction
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Transaction we want to update
     *   }
     * })
     */
    upsert<T extends TransactionUpsertArgs>(args: Prisma.SelectSubset<T, TransactionUpsertArgs<ExtArgs>>): Prisma.Prisma__TransactionClient<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Count the number of Transactions.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TransactionCountArgs} args - Arguments to filter Transactions to count.
     * @example
     * // Count the number of Transactions
     * const count = await prisma.transaction.count({
     *   where: {
     *     // ... the filter for the Transactions we want to count
     *   }
     * })
    **/
    count<T extends TransactionCountArgs>(args?: Prisma.Subset<T, TransactionCountArgs>): Prisma.PrismaPromise<T extends runtime.Types.Utils.Record<'select', any> ? T['select'] extends true ? number : Prisma.GetScalarType<T['select'], TransactionCountAggregateOutputType> : number>;
    /**
     * Allows you to perform aggregations operations on a Transaction.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TransactionAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends TransactionAggregateArgs>(args: Prisma.Subset<T, TransactionAggregateArgs>): Prisma.PrismaPromise<GetTransactionAggregateType<T>>;
    /**
     * Group by Transaction.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {TransactionGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     *
    **/
    groupBy<T extends TransactionGroupByArgs, HasSelectOrTake extends Prisma.Or<Prisma.Extends<'skip', Prisma.Keys<T>>, Prisma.Extends<'take', Prisma.Keys<T>>>, OrderByArg extends Prisma.True extends HasSelectOrTake ? {
        orderBy: TransactionGroupByArgs['orderBy'];
    } : {
        orderBy?: TransactionGroupByArgs['orderBy'];
    }, OrderFields extends Prisma.ExcludeUnderscoreKeys<Prisma.Keys<Prisma.MaybeTupleToUnion<T['orderBy']>>>, ByFields extends Prisma.MaybeTupleToUnion<T['by']>, ByValid extends Prisma.Has<ByFields, OrderFields>, HavingFields extends Prisma.GetHavingFields<T['having']>, HavingValid extends Prisma.Has<ByFields, HavingFields>, ByEmpty extends T['by'] extends never[] ? Prisma.True : Prisma.False, InputErrors extends ByEmpty extends Prisma.True ? `Error: "by" must not be empty.` : HavingValid extends Prisma.False ? {
        [P in HavingFields]: P extends ByFields ? never : P extends string ? `Error: Field "${P}" used in "having" needs to be provided in "by".` : [
            Error,
            'Field ',
            P,
            ` in "having" needs to be provided in "by"`
        ];
    }[HavingFields] : 'take' extends Prisma.Keys<T> ? 'orderBy' extends Prisma.Keys<T> ? ByValid extends Prisma.True ? {} : {
        [P in OrderFields]: P extends ByFields ? never : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`;
    }[OrderFields] : 'Error: If you provide "take", you also need to provide "orderBy"' : 'skip' extends Prisma.Keys<T> ? 'orderBy' extends Prisma.Keys<T> ? ByValid extends Prisma.True ? {} : {
        [P in OrderFields]: P extends ByFields ? never : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`;
    }[OrderFields] : 'Error: If you provide "skip", you also need to provide "orderBy"' : ByValid extends Prisma.True ? {} : {
        [P in OrderFields]: P extends ByFields ? never : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`;
    }[OrderFields]>(args: Prisma.SubsetIntersection<T, TransactionGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetTransactionGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>;
    /**
     * Fields of the Transaction model
     */
    readonly fields: TransactionFieldRefs;
}
/**
 * The delegate class that acts as a "Promise-like" for Transaction.
 * Why is this prefixed with `Prisma__`?
 * Because we want to prevent naming conflicts as mentioned in
 * https://github.com/prisma/prisma-client-js/issues/707
 */
export interface Prisma__TransactionClient<T, Null = never, ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise";
    account<T extends Prisma.AccountDefaultArgs<ExtArgs> = {}>(args?: Prisma.Subset<T, Prisma.AccountDefaultArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>;
    user<T extends Prisma.UserDefaultArgs<ExtArgs> = {}>(args?: Prisma.Subset<T, Prisma.UserDefaultArgs<ExtArgs>>): Prisma.Prisma__UserClient<runtime.Types.Result.GetResult<Prisma.$UserPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>;
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): runtime.Types.Utils.JsPromise<TResult1 | TResult2>;
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): runtime.Types.Utils.JsPromise<T | TResult>;
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): runtime.Types.Utils.JsPromise<T>;
}
/**
 * Fields of the Transaction model
 */
export interface TransactionFieldRefs {
    readonly transaction_id: Prisma.FieldRef<"Transaction", 'String'>;
    readonly account_id: Prisma.FieldRef<"Transaction", 'String'>;
    readonly user_id: Prisma.FieldRef<"Transaction", 'String'>;
    readonly date: Prisma.FieldRef<"Transaction", 'String'>;
    readonly authorized_date: Prisma.FieldRef<"Transaction", 'String'>;
    readonly amount: Prisma.FieldRef<"Transaction", 'Float'>;
    readonly iso_currency_code: Prisma.FieldRef<"Transaction", 'String'>;
    readonly name: Prisma.FieldRef<"Transaction", 'String'>;
    readonly merchant_name: Prisma.FieldRef<"Transaction", 'String'>;
    readonly payment_channel: Prisma.FieldRef<"Transaction", 'String'>;
    readonly pfc_primary: Prisma.FieldRef<"Transaction", 'String'>;
    readonly pfc_detailed: Prisma.FieldRef<"Transaction", 'String'>;
    readonly pfc_confidence_level: Prisma.FieldRef<"Transaction", 'String'>;
    readonly pending: Prisma.FieldRef<"Transaction", 'Boolean'>;
    readonly location_address: Prisma.FieldRef<"Transaction", 'String'>;
    readonly location_city: Prisma.FieldRef<"Transaction", 'String'>;
    readonly location_region: Prisma.FieldRef<"Transaction", 'String'>;
    readonly location_postal_code: Prisma.FieldRef<"Transaction", 'String'>;
    readonly location_country: Prisma.FieldRef<"Transaction", 'String'>;
    readonly location_lat: Prisma.FieldRef<"Transaction", 'Float'>;
    readonly location_lon: Prisma.FieldRef<"Transaction", 'Float'>;
    readonly location_store_number: Prisma.FieldRef<"Transaction", 'String'>;
    readonly transfer_id: Prisma.FieldRef<"Transaction", 'String'>;
    readonly stream_id: Prisma.FieldRef<"Transaction", 'String'>;
}
/**
 * Transaction findUnique
 */
export type TransactionFindUniqueArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * Filter, which Transaction to fetch.
     */
    where: Prisma.TransactionWhereUniqueInput;
};
/**
 * Transaction findUniqueOrThrow
 */
export type TransactionFindUniqueOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * Filter, which Transaction to fetch.
     */
    where: Prisma.TransactionWhereUniqueInput;
};
/**
 * Transaction findFirst
 */
export type TransactionFindFirstArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * Filter, which Transaction to fetch.
     */
    where?: Prisma.TransactionWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Transactions to fetch.
     */
    orderBy?: Prisma.TransactionOrderByWithRelationInput | Prisma.TransactionOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for Transactions.
     */
    cursor?: Prisma.TransactionWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Transactions from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Transactions.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of Transactions.
     */
    distinct?: Prisma.TransactionScalarFieldEnum | Prisma.TransactionScalarFieldEnum[];
};
/**
 * Transaction findFirstOrThrow
 */
export type TransactionFindFirstOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * Filter, which Transaction to fetch.
     */
    where?: Prisma.TransactionWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Transactions to fetch.
     */
    orderBy?: Prisma.TransactionOrderByWithRelationInput | Prisma.TransactionOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for Transactions.
     */
    cursor?: Prisma.TransactionWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Transactions from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Transactions.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of Transactions.
     */
    distinct?: Prisma.TransactionScalarFieldEnum | Prisma.TransactionScalarFieldEnum[];
};
/**
 * Transaction findMany
 */
export type TransactionFindManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * Filter, which Transactions to fetch.
     */
    where?: Prisma.TransactionWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Transactions to fetch.
     */
    orderBy?: Prisma.TransactionOrderByWithRelationInput | Prisma.TransactionOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for listing Transactions.
     */
    cursor?: Prisma.TransactionWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Transactions from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Transactions.
     */
    skip?: number;
    distinct?: Prisma.TransactionScalarFieldEnum | Prisma.TransactionScalarFieldEnum[];
};
/**
 * Transaction create
 */
export type TransactionCreateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * The data needed to create a Transaction.
     */
    data: Prisma.XOR<Prisma.TransactionCreateInput, Prisma.TransactionUncheckedCreateInput>;
};
/**
 * Transaction createMany
 */
export type TransactionCreateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to create many Transactions.
     */
    data: Prisma.TransactionCreateManyInput | Prisma.TransactionCreateManyInput[];
};
/**
 * Transaction createManyAndReturn
 */
export type TransactionCreateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelectCreateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * The data used to create many Transactions.
     */
    data: Prisma.TransactionCreateManyInput | Prisma.TransactionCreateManyInput[];
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionIncludeCreateManyAndReturn<ExtArgs> | null;
};
/**
 * Transaction update
 */
export type TransactionUpdateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * The data needed to update a Transaction.
     */
    data: Prisma.XOR<Prisma.TransactionUpdateInput, Prisma.TransactionUncheckedUpdateInput>;
    /**
     * Choose, which Transaction to update.
     */
    where: Prisma.TransactionWhereUniqueInput;
};
/**
 * Transaction updateMany
 */
export type TransactionUpdateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to update Transactions.
     */
    data: Prisma.XOR<Prisma.TransactionUpdateManyMutationInput, Prisma.TransactionUncheckedUpdateManyInput>;
    /**
     * Filter which Transactions to update
     */
    where?: Prisma.TransactionWhereInput;
    /**
     * Limit how many Transactions to update.
     */
    limit?: number;
};
/**
 * Transaction updateManyAndReturn
 */
export type TransactionUpdateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelectUpdateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * The data used to update Transactions.
     */
    data: Prisma.XOR<Prisma.TransactionUpdateManyMutationInput, Prisma.TransactionUncheckedUpdateManyInput>;
    /**
     * Filter which Transactions to update
     */
    where?: Prisma.TransactionWhereInput;
    /**
     * Limit how many Transactions to update.
     */
    limit?: number;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionIncludeUpdateManyAndReturn<ExtArgs> | null;
};
/**
 * Transaction upsert
 */
export type TransactionUpsertArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * The filter to search for the Transaction to update in case it exists.
     */
    where: Prisma.TransactionWhereUniqueInput;
    /**
     * In case the Transaction found by the `where` argument doesn't exist, create a new Transaction with this data.
     */
    create: Prisma.XOR<Prisma.TransactionCreateInput, Prisma.TransactionUncheckedCreateInput>;
    /**
     * In case the Transaction was found with the provided `where` argument, update it with this data.
     */
    update: Prisma.XOR<Prisma.TransactionUpdateInput, Prisma.TransactionUncheckedUpdateInput>;
};
/**
 * Transaction delete
 */
export type TransactionDeleteArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
    /**
     * Filter which Transaction to delete.
     */
    where: Prisma.TransactionWhereUniqueInput;
};
/**
 * Transaction deleteMany
 */
export type TransactionDeleteManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which Transactions to delete
     */
    where?: Prisma.TransactionWhereInput;
    /**
     * Limit how many Transactions to delete.
     */
    limit?: number;
};
/**
 * Transaction without action
 */
export type TransactionDefaultArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Transaction
     */
    select?: Prisma.TransactionSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Transaction
     */
    omit?: Prisma.TransactionOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.TransactionInclude<ExtArgs> | null;
};
export {};
//# sourceMappingURL=Transaction.d.ts.map