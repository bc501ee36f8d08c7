import type * as runtime from "@prisma/client/runtime/client";
import type * as Prisma from "../internal/prismaNamespace.ts";
/**
 * Model RecurringStream
 *
 */
export type RecurringStreamModel = runtime.Types.Result.DefaultSelection<Prisma.$RecurringStreamPayload>;
export type AggregateRecurringStream = {
    _count: RecurringStreamCountAggregateOutputType | null;
    _avg: RecurringStreamAvgAggregateOutputType | null;
    _sum: RecurringStreamSumAggregateOutputType | null;
    _min: RecurringStreamMinAggregateOutputType | null;
    _max: RecurringStreamMaxAggregateOutputType | null;
};
export type RecurringStreamAvgAggregateOutputType = {
    average_amount: number | null;
    last_amount: number | null;
};
export type RecurringStreamSumAggregateOutputType = {
    average_amount: number | null;
    last_amount: number | null;
};
export type RecurringStreamMinAggregateOutputType = {
    stream_id: string | null;
    account_id: string | null;
    user_id: string | null;
    description: string | null;
    merchant_name: string | null;
    frequency: string | null;
    first_date: string | null;
    last_date: string | null;
    average_amount: number | null;
    last_amount: number | null;
    iso_currency_code: string | null;
    is_active: boolean | null;
    status: string | null;
    pfc_primary: string | null;
    pfc_detailed: string | null;
    pfc_confidence_level: string | null;
};
export type RecurringStreamMaxAggregateOutputType = {
    stream_id: string | null;
    account_id: string | null;
    user_id: string | null;
    description: string | null;
    merchant_name: string | null;
    frequency: string | null;
    first_date: string | null;
    last_date: string | null;
    average_amount: number | null;
    last_amount: number | null;
    iso_currency_code: string | null;
    is_active: boolean | null;
    status: string | null;
    pfc_primary: string | null;
    pfc_detailed: string | null;
    pfc_confidence_level: string | null;
};
export type RecurringStreamCountAggregateOutputType = {
    stream_id: number;
    account_id: number;
    user_id: number;
    description: number;
    merchant_name: number;
    frequency: number;
    first_date: number;
    last_date: number;
    average_amount: number;
    last_amount: number;
    iso_currency_code: number;
    is_active: number;
    status: number;
    pfc_primary: number;
    pfc_detailed: number;
    pfc_confidence_level: number;
    transaction_ids: number;
    _all: number;
};
export type RecurringStreamAvgAggregateInputType = {
    average_amount?: true;
    last_amount?: true;
};
export type RecurringStreamSumAggregateInputType = {
    average_amount?: true;
    last_amount?: true;
};
export type RecurringStreamMinAggregateInputType = {
    stream_id?: true;
    account_id?: true;
    user_id?: true;
    description?: true;
    merchant_name?: true;
    frequency?: true;
    first_date?: true;
    last_date?: true;
    average_amount?: true;
    last_amount?: true;
    iso_currency_code?: true;
    is_active?: true;
    status?: true;
    pfc_primary?: true;
    pfc_detailed?: true;
    pfc_confidence_level?: true;
};
export type RecurringStreamMaxAggregateInputType = {
    stream_id?: true;
    account_id?: true;
    user_id?: true;
    description?: true;
    merchant_name?: true;
    frequency?: true;
    first_date?: true;
    last_date?: true;
    average_amount?: true;
    last_amount?: true;
    iso_currency_code?: true;
    is_active?: true;
    status?: true;
    pfc_primary?: true;
    pfc_detailed?: true;
    pfc_confidence_level?: true;
};
export type RecurringStreamCountAggregateInputType = {
    stream_id?: true;
    account_id?: true;
    user_id?: true;
    description?: true;
    merchant_name?: true;
    frequency?: true;
    first_date?: true;
    last_date?: true;
    average_amount?: true;
    last_amount?: true;
    iso_currency_code?: true;
    is_active?: true;
    status?: true;
    pfc_primary?: true;
    pfc_detailed?: true;
    pfc_confidence_level?: true;
    transaction_ids?: true;
    _all?: true;
};
export type RecurringStreamAggregateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which RecurringStream to aggregate.
     */
    where?: Prisma.RecurringStreamWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of RecurringStreams to fetch.
     */
    orderBy?: Prisma.RecurringStreamOrderByWithRelationInput | Prisma.RecurringStreamOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the start position
     */
    cursor?: Prisma.RecurringStreamWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` RecurringStreams from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` RecurringStreams.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Count returned RecurringStreams
    **/
    _count?: true | RecurringStreamCountAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to average
    **/
    _avg?: RecurringStreamAvgAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to sum
    **/
    _sum?: RecurringStreamSumAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the minimum value
    **/
    _min?: RecurringStreamMinAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the maximum value
    **/
    _max?: RecurringStreamMaxAggregateInputType;
};
export type GetRecurringStreamAggregateType<T extends RecurringStreamAggregateArgs> = {
    [P in keyof T & keyof AggregateRecurringStream]: P extends '_count' | 'count' ? T[P] extends true ? number : Prisma.GetScalarType<T[P], AggregateRecurringStream[P]> : Prisma.GetScalarType<T[P], AggregateRecurringStream[P]>;
};
export type RecurringStreamGroupByArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.RecurringStreamWhereInput;
    orderBy?: Prisma.RecurringStreamOrderByWithAggregationInput | Prisma.RecurringStreamOrderByWithAggregationInput[];
    by: Prisma.RecurringStreamScalarFieldEnum[] | Prisma.RecurringStreamScalarFieldEnum;
    having?: Prisma.RecurringStreamScalarWhereWithAggregatesInput;
    take?: number;
    skip?: number;
    _count?: RecurringStreamCountAggregateInputType | true;
    _avg?: RecurringStreamAvgAggregateInputType;
    _sum?: RecurringStreamSumAggregateInputType;
    _min?: RecurringStreamMinAggregateInputType;
    _max?: RecurringStreamMaxAggregateInputType;
};
export type RecurringStreamGroupByOutputType = {
    stream_id: string;
    account_id: string;
    user_id: string;
    description: string;
    merchant_name: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: runtime.JsonValue;
    _count: RecurringStreamCountAggregateOutputType | null;
    _avg: RecurringStreamAvgAggregateOutputType | null;
    _sum: RecurringStreamSumAggregateOutputType | null;
    _min: RecurringStreamMinAggregateOutputType | null;
    _max: RecurringStreamMaxAggregateOutputType | null;
};
type GetRecurringStreamGroupByPayload<T extends RecurringStreamGroupByArgs> = Prisma.PrismaPromise<Array<Prisma.PickEnumerable<RecurringStreamGroupByOutputType, T['by']> & {
    [P in ((keyof T) & (keyof RecurringStreamGroupByOutputType))]: P extends '_count' ? T[P] extends boolean ? number : Prisma.GetScalarType<T[P], RecurringStreamGroupByOutputType[P]> : Prisma.GetScalarType<T[P], RecurringStreamGroupByOutputType[P]>;
}>>;
export type RecurringStreamWhereInput = {
    AND?: Prisma.RecurringStreamWhereInput | Prisma.RecurringStreamWhereInput[];
    OR?: Prisma.RecurringStreamWhereInput[];
    NOT?: Prisma.RecurringStreamWhereInput | Prisma.RecurringStreamWhereInput[];
    stream_id?: Prisma.StringFilter<"RecurringStream"> | string;
    account_id?: Prisma.StringFilter<"RecurringStream"> | string;
    user_id?: Prisma.StringFilter<"RecurringStream"> | string;
    description?: Prisma.StringFilter<"RecurringStream"> | string;
    merchant_name?: Prisma.StringNullableFilter<"RecurringStream"> | string | null;
    frequency?: Prisma.StringFilter<"RecurringStream"> | string;
    first_date?: Prisma.StringFilter<"RecurringStream"> | string;
    last_date?: Prisma.StringFilter<"RecurringStream"> | string;
    average_amount?: Prisma.FloatFilter<"RecurringStream"> | number;
    last_amount?: Prisma.FloatFilter<"RecurringStream"> | number;
    iso_currency_code?: Prisma.StringFilter<"RecurringStream"> | string;
    is_active?: Prisma.BoolFilter<"RecurringStream"> | boolean;
    status?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_primary?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_detailed?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_confidence_level?: Prisma.StringFilter<"RecurringStream"> | string;
    transaction_ids?: Prisma.JsonFilter<"RecurringStream">;
    account?: Prisma.XOR<Prisma.AccountScalarRelationFilter, Prisma.AccountWhereInput>;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
};
export type RecurringStreamOrderByWithRelationInput = {
    stream_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    description?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrderInput | Prisma.SortOrder;
    frequency?: Prisma.SortOrder;
    first_date?: Prisma.SortOrder;
    last_date?: Prisma.SortOrder;
    average_amount?: Prisma.SortOrder;
    last_amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    is_active?: Prisma.SortOrder;
    status?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    transaction_ids?: Prisma.SortOrder;
    account?: Prisma.AccountOrderByWithRelationInput;
    user?: Prisma.UserOrderByWithRelationInput;
};
export type RecurringStreamWhereUniqueInput = Prisma.AtLeast<{
    stream_id?: string;
    AND?: Prisma.RecurringStreamWhereInput | Prisma.RecurringStreamWhereInput[];
    OR?: Prisma.RecurringStreamWhereInput[];
    NOT?: Prisma.RecurringStreamWhereInput | Prisma.RecurringStreamWhereInput[];
    account_id?: Prisma.StringFilter<"RecurringStream"> | string;
    user_id?: Prisma.StringFilter<"RecurringStream"> | string;
    description?: Prisma.StringFilter<"RecurringStream"> | string;
    merchant_name?: Prisma.StringNullableFilter<"RecurringStream"> | string | null;
    frequency?: Prisma.StringFilter<"RecurringStream"> | string;
    first_date?: Prisma.StringFilter<"RecurringStream"> | string;
    last_date?: Prisma.StringFilter<"RecurringStream"> | string;
    average_amount?: Prisma.FloatFilter<"RecurringStream"> | number;
    last_amount?: Prisma.FloatFilter<"RecurringStream"> | number;
    iso_currency_code?: Prisma.StringFilter<"RecurringStream"> | string;
    is_active?: Prisma.BoolFilter<"RecurringStream"> | boolean;
    status?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_primary?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_detailed?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_confidence_level?: Prisma.StringFilter<"RecurringStream"> | string;
    transaction_ids?: Prisma.JsonFilter<"RecurringStream">;
    account?: Prisma.XOR<Prisma.AccountScalarRelationFilter, Prisma.AccountWhereInput>;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
}, "stream_id">;
export type RecurringStreamOrderByWithAggregationInput = {
    stream_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    description?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrderInput | Prisma.SortOrder;
    frequency?: Prisma.SortOrder;
    first_date?: Prisma.SortOrder;
    last_date?: Prisma.SortOrder;
    average_amount?: Prisma.SortOrder;
    last_amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    is_active?: Prisma.SortOrder;
    status?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    transaction_ids?: Prisma.SortOrder;
    _count?: Prisma.RecurringStreamCountOrderByAggregateInput;
    _avg?: Prisma.RecurringStreamAvgOrderByAggregateInput;
    _max?: Prisma.RecurringStreamMaxOrderByAggregateInput;
    _min?: Prisma.RecurringStreamMinOrderByAggregateInput;
    _sum?: Prisma.RecurringStreamSumOrderByAggregateInput;
};
export type RecurringStreamScalarWhereWithAggregatesInput = {
    AND?: Prisma.RecurringStreamScalarWhereWithAggregatesInput | Prisma.RecurringStreamScalarWhereWithAggregatesInput[];
    OR?: Prisma.RecurringStreamScalarWhereWithAggregatesInput[];
    NOT?: Prisma.RecurringStreamScalarWhereWithAggregatesInput | Prisma.RecurringStreamScalarWhereWithAggregatesInput[];
    stream_id?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    account_id?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    user_id?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    description?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    merchant_name?: Prisma.StringNullableWithAggregatesFilter<"RecurringStream"> | string | null;
    frequency?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    first_date?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    last_date?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    average_amount?: Prisma.FloatWithAggregatesFilter<"RecurringStream"> | number;
    last_amount?: Prisma.FloatWithAggregatesFilter<"RecurringStream"> | number;
    iso_currency_code?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    is_active?: Prisma.BoolWithAggregatesFilter<"RecurringStream"> | boolean;
    status?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    pfc_primary?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    pfc_detailed?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    pfc_confidence_level?: Prisma.StringWithAggregatesFilter<"RecurringStream"> | string;
    transaction_ids?: Prisma.JsonWithAggregatesFilter<"RecurringStream">;
};
export type RecurringStreamCreateInput = {
    stream_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    account: Prisma.AccountCreateNestedOneWithoutRecurringStreamsInput;
    user: Prisma.UserCreateNestedOneWithoutRecurringStreamsInput;
};
export type RecurringStreamUncheckedCreateInput = {
    stream_id: string;
    account_id: string;
    user_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamUpdateInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    account?: Prisma.AccountUpdateOneRequiredWithoutRecurringStreamsNestedInput;
    user?: Prisma.UserUpdateOneRequiredWithoutRecurringStreamsNestedInput;
};
export type RecurringStreamUncheckedUpdateInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamCreateManyInput = {
    stream_id: string;
    account_id: string;
    user_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamUpdateManyMutationInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamUncheckedUpdateManyInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamListRelationFilter = {
    every?: Prisma.RecurringStreamWhereInput;
    some?: Prisma.RecurringStreamWhereInput;
    none?: Prisma.RecurringStreamWhereInput;
};
export type RecurringStreamOrderByRelationAggregateInput = {
    _count?: Prisma.SortOrder;
};
export type RecurringStreamCountOrderByAggregateInput = {
    stream_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    description?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrder;
    frequency?: Prisma.SortOrder;
    first_date?: Prisma.SortOrder;
    last_date?: Prisma.SortOrder;
    average_amount?: Prisma.SortOrder;
    last_amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    is_active?: Prisma.SortOrder;
    status?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
    transaction_ids?: Prisma.SortOrder;
};
export type RecurringStreamAvgOrderByAggregateInput = {
    average_amount?: Prisma.SortOrder;
    last_amount?: Prisma.SortOrder;
};
export type RecurringStreamMaxOrderByAggregateInput = {
    stream_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    description?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrder;
    frequency?: Prisma.SortOrder;
    first_date?: Prisma.SortOrder;
    last_date?: Prisma.SortOrder;
    average_amount?: Prisma.SortOrder;
    last_amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    is_active?: Prisma.SortOrder;
    status?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
};
export type RecurringStreamMinOrderByAggregateInput = {
    stream_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    description?: Prisma.SortOrder;
    merchant_name?: Prisma.SortOrder;
    frequency?: Prisma.SortOrder;
    first_date?: Prisma.SortOrder;
    last_date?: Prisma.SortOrder;
    average_amount?: Prisma.SortOrder;
    last_amount?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    is_active?: Prisma.SortOrder;
    status?: Prisma.SortOrder;
    pfc_primary?: Prisma.SortOrder;
    pfc_detailed?: Prisma.SortOrder;
    pfc_confidence_level?: Prisma.SortOrder;
};
export type RecurringStreamSumOrderByAggregateInput = {
    average_amount?: Prisma.SortOrder;
    last_amount?: Prisma.SortOrder;
};
export type RecurringStreamCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutUserInput, Prisma.RecurringStreamUncheckedCreateWithoutUserInput> | Prisma.RecurringStreamCreateWithoutUserInput[] | Prisma.RecurringStreamUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutUserInput | Prisma.RecurringStreamCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.RecurringStreamCreateManyUserInputEnvelope;
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
};
export type RecurringStreamUncheckedCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutUserInput, Prisma.RecurringStreamUncheckedCreateWithoutUserInput> | Prisma.RecurringStreamCreateWithoutUserInput[] | Prisma.RecurringStreamUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutUserInput | Prisma.RecurringStreamCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.RecurringStreamCreateManyUserInputEnvelope;
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
};
export type RecurringStreamUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutUserInput, Prisma.RecurringStreamUncheckedCreateWithoutUserInput> | Prisma.RecurringStreamCreateWithoutUserInput[] | Prisma.RecurringStreamUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutUserInput | Prisma.RecurringStreamCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.RecurringStreamUpsertWithWhereUniqueWithoutUserInput | Prisma.RecurringStreamUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.RecurringStreamCreateManyUserInputEnvelope;
    set?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    disconnect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    delete?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    update?: Prisma.RecurringStreamUpdateWithWhereUniqueWithoutUserInput | Prisma.RecurringStreamUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.RecurringStreamUpdateManyWithWhereWithoutUserInput | Prisma.RecurringStreamUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.RecurringStreamScalarWhereInput | Prisma.RecurringStreamScalarWhereInput[];
};
export type RecurringStreamUncheckedUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutUserInput, Prisma.RecurringStreamUncheckedCreateWithoutUserInput> | Prisma.RecurringStreamCreateWithoutUserInput[] | Prisma.RecurringStreamUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutUserInput | Prisma.RecurringStreamCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.RecurringStreamUpsertWithWhereUniqueWithoutUserInput | Prisma.RecurringStreamUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.RecurringStreamCreateManyUserInputEnvelope;
    set?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    disconnect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    delete?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    update?: Prisma.RecurringStreamUpdateWithWhereUniqueWithoutUserInput | Prisma.RecurringStreamUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.RecurringStreamUpdateManyWithWhereWithoutUserInput | Prisma.RecurringStreamUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.RecurringStreamScalarWhereInput | Prisma.RecurringStreamScalarWhereInput[];
};
export type RecurringStreamCreateNestedManyWithoutAccountInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutAccountInput, Prisma.RecurringStreamUncheckedCreateWithoutAccountInput> | Prisma.RecurringStreamCreateWithoutAccountInput[] | Prisma.RecurringStreamUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutAccountInput | Prisma.RecurringStreamCreateOrConnectWithoutAccountInput[];
    createMany?: Prisma.RecurringStreamCreateManyAccountInputEnvelope;
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
};
export type RecurringStreamUncheckedCreateNestedManyWithoutAccountInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutAccountInput, Prisma.RecurringStreamUncheckedCreateWithoutAccountInput> | Prisma.RecurringStreamCreateWithoutAccountInput[] | Prisma.RecurringStreamUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutAccountInput | Prisma.RecurringStreamCreateOrConnectWithoutAccountInput[];
    createMany?: Prisma.RecurringStreamCreateManyAccountInputEnvelope;
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
};
export type RecurringStreamUpdateManyWithoutAccountNestedInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutAccountInput, Prisma.RecurringStreamUncheckedCreateWithoutAccountInput> | Prisma.RecurringStreamCreateWithoutAccountInput[] | Prisma.RecurringStreamUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutAccountInput | Prisma.RecurringStreamCreateOrConnectWithoutAccountInput[];
    upsert?: Prisma.RecurringStreamUpsertWithWhereUniqueWithoutAccountInput | Prisma.RecurringStreamUpsertWithWhereUniqueWithoutAccountInput[];
    createMany?: Prisma.RecurringStreamCreateManyAccountInputEnvelope;
    set?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    disconnect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    delete?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    update?: Prisma.RecurringStreamUpdateWithWhereUniqueWithoutAccountInput | Prisma.RecurringStreamUpdateWithWhereUniqueWithoutAccountInput[];
    updateMany?: Prisma.RecurringStreamUpdateManyWithWhereWithoutAccountInput | Prisma.RecurringStreamUpdateManyWithWhereWithoutAccountInput[];
    deleteMany?: Prisma.RecurringStreamScalarWhereInput | Prisma.RecurringStreamScalarWhereInput[];
};
export type RecurringStreamUncheckedUpdateManyWithoutAccountNestedInput = {
    create?: Prisma.XOR<Prisma.RecurringStreamCreateWithoutAccountInput, Prisma.RecurringStreamUncheckedCreateWithoutAccountInput> | Prisma.RecurringStreamCreateWithoutAccountInput[] | Prisma.RecurringStreamUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.RecurringStreamCreateOrConnectWithoutAccountInput | Prisma.RecurringStreamCreateOrConnectWithoutAccountInput[];
    upsert?: Prisma.RecurringStreamUpsertWithWhereUniqueWithoutAccountInput | Prisma.RecurringStreamUpsertWithWhereUniqueWithoutAccountInput[];
    createMany?: Prisma.RecurringStreamCreateManyAccountInputEnvelope;
    set?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    disconnect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    delete?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    connect?: Prisma.RecurringStreamWhereUniqueInput | Prisma.RecurringStreamWhereUniqueInput[];
    update?: Prisma.RecurringStreamUpdateWithWhereUniqueWithoutAccountInput | Prisma.RecurringStreamUpdateWithWhereUniqueWithoutAccountInput[];
    updateMany?: Prisma.RecurringStreamUpdateManyWithWhereWithoutAccountInput | Prisma.RecurringStreamUpdateManyWithWhereWithoutAccountInput[];
    deleteMany?: Prisma.RecurringStreamScalarWhereInput | Prisma.RecurringStreamScalarWhereInput[];
};
export type RecurringStreamCreateWithoutUserInput = {
    stream_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    account: Prisma.AccountCreateNestedOneWithoutRecurringStreamsInput;
};
export type RecurringStreamUncheckedCreateWithoutUserInput = {
    stream_id: string;
    account_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamCreateOrConnectWithoutUserInput = {
    where: Prisma.RecurringStreamWhereUniqueInput;
    create: Prisma.XOR<Prisma.RecurringStreamCreateWithoutUserInput, Prisma.RecurringStreamUncheckedCreateWithoutUserInput>;
};
export type RecurringStreamCreateManyUserInputEnvelope = {
    data: Prisma.RecurringStreamCreateManyUserInput | Prisma.RecurringStreamCreateManyUserInput[];
};
export type RecurringStreamUpsertWithWhereUniqueWithoutUserInput = {
    where: Prisma.RecurringStreamWhereUniqueInput;
    update: Prisma.XOR<Prisma.RecurringStreamUpdateWithoutUserInput, Prisma.RecurringStreamUncheckedUpdateWithoutUserInput>;
    create: Prisma.XOR<Prisma.RecurringStreamCreateWithoutUserInput, Prisma.RecurringStreamUncheckedCreateWithoutUserInput>;
};
export type RecurringStreamUpdateWithWhereUniqueWithoutUserInput = {
    where: Prisma.RecurringStreamWhereUniqueInput;
    data: Prisma.XOR<Prisma.RecurringStreamUpdateWithoutUserInput, Prisma.RecurringStreamUncheckedUpdateWithoutUserInput>;
};
export type RecurringStreamUpdateManyWithWhereWithoutUserInput = {
    where: Prisma.RecurringStreamScalarWhereInput;
    data: Prisma.XOR<Prisma.RecurringStreamUpdateManyMutationInput, Prisma.RecurringStreamUncheckedUpdateManyWithoutUserInput>;
};
export type RecurringStreamScalarWhereInput = {
    AND?: Prisma.RecurringStreamScalarWhereInput | Prisma.RecurringStreamScalarWhereInput[];
    OR?: Prisma.RecurringStreamScalarWhereInput[];
    NOT?: Prisma.RecurringStreamScalarWhereInput | Prisma.RecurringStreamScalarWhereInput[];
    stream_id?: Prisma.StringFilter<"RecurringStream"> | string;
    account_id?: Prisma.StringFilter<"RecurringStream"> | string;
    user_id?: Prisma.StringFilter<"RecurringStream"> | string;
    description?: Prisma.StringFilter<"RecurringStream"> | string;
    merchant_name?: Prisma.StringNullableFilter<"RecurringStream"> | string | null;
    frequency?: Prisma.StringFilter<"RecurringStream"> | string;
    first_date?: Prisma.StringFilter<"RecurringStream"> | string;
    last_date?: Prisma.StringFilter<"RecurringStream"> | string;
    average_amount?: Prisma.FloatFilter<"RecurringStream"> | number;
    last_amount?: Prisma.FloatFilter<"RecurringStream"> | number;
    iso_currency_code?: Prisma.StringFilter<"RecurringStream"> | string;
    is_active?: Prisma.BoolFilter<"RecurringStream"> | boolean;
    status?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_primary?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_detailed?: Prisma.StringFilter<"RecurringStream"> | string;
    pfc_confidence_level?: Prisma.StringFilter<"RecurringStream"> | string;
    transaction_ids?: Prisma.JsonFilter<"RecurringStream">;
};
export type RecurringStreamCreateWithoutAccountInput = {
    stream_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    user: Prisma.UserCreateNestedOneWithoutRecurringStreamsInput;
};
export type RecurringStreamUncheckedCreateWithoutAccountInput = {
    stream_id: string;
    user_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamCreateOrConnectWithoutAccountInput = {
    where: Prisma.RecurringStreamWhereUniqueInput;
    create: Prisma.XOR<Prisma.RecurringStreamCreateWithoutAccountInput, Prisma.RecurringStreamUncheckedCreateWithoutAccountInput>;
};
export type RecurringStreamCreateManyAccountInputEnvelope = {
    data: Prisma.RecurringStreamCreateManyAccountInput | Prisma.RecurringStreamCreateManyAccountInput[];
};
export type RecurringStreamUpsertWithWhereUniqueWithoutAccountInput = {
    where: Prisma.RecurringStreamWhereUniqueInput;
    update: Prisma.XOR<Prisma.RecurringStreamUpdateWithoutAccountInput, Prisma.RecurringStreamUncheckedUpdateWithoutAccountInput>;
    create: Prisma.XOR<Prisma.RecurringStreamCreateWithoutAccountInput, Prisma.RecurringStreamUncheckedCreateWithoutAccountInput>;
};
export type RecurringStreamUpdateWithWhereUniqueWithoutAccountInput = {
    where: Prisma.RecurringStreamWhereUniqueInput;
    data: Prisma.XOR<Prisma.RecurringStreamUpdateWithoutAccountInput, Prisma.RecurringStreamUncheckedUpdateWithoutAccountInput>;
};
export type RecurringStreamUpdateManyWithWhereWithoutAccountInput = {
    where: Prisma.RecurringStreamScalarWhereInput;
    data: Prisma.XOR<Prisma.RecurringStreamUpdateManyMutationInput, Prisma.RecurringStreamUncheckedUpdateManyWithoutAccountInput>;
};
export type RecurringStreamCreateManyUserInput = {
    stream_id: string;
    account_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamUpdateWithoutUserInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    account?: Prisma.AccountUpdateOneRequiredWithoutRecurringStreamsNestedInput;
};
export type RecurringStreamUncheckedUpdateWithoutUserInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamUncheckedUpdateManyWithoutUserInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamCreateManyAccountInput = {
    stream_id: string;
    user_id: string;
    description: string;
    merchant_name?: string | null;
    frequency: string;
    first_date: string;
    last_date: string;
    average_amount: number;
    last_amount: number;
    iso_currency_code: string;
    is_active: boolean;
    status: string;
    pfc_primary: string;
    pfc_detailed: string;
    pfc_confidence_level: string;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamUpdateWithoutAccountInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    user?: Prisma.UserUpdateOneRequiredWithoutRecurringStreamsNestedInput;
};
export type RecurringStreamUncheckedUpdateWithoutAccountInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamUncheckedUpdateManyWithoutAccountInput = {
    stream_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    description?: Prisma.StringFieldUpdateOperationsInput | string;
    merchant_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    frequency?: Prisma.StringFieldUpdateOperationsInput | string;
    first_date?: Prisma.StringFieldUpdateOperationsInput | string;
    last_date?: Prisma.StringFieldUpdateOperationsInput | string;
    average_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    is_active?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    status?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_primary?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_detailed?: Prisma.StringFieldUpdateOperationsInput | string;
    pfc_confidence_level?: Prisma.StringFieldUpdateOperationsInput | string;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type RecurringStreamSelect<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    stream_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    description?: boolean;
    merchant_name?: boolean;
    frequency?: boolean;
    first_date?: boolean;
    last_date?: boolean;
    average_amount?: boolean;
    last_amount?: boolean;
    iso_currency_code?: boolean;
    is_active?: boolean;
    status?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    transaction_ids?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["recurringStream"]>;
export type RecurringStreamSelectCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    stream_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    description?: boolean;
    merchant_name?: boolean;
    frequency?: boolean;
    first_date?: boolean;
    last_date?: boolean;
    average_amount?: boolean;
    last_amount?: boolean;
    iso_currency_code?: boolean;
    is_active?: boolean;
    status?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    transaction_ids?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["recurringStream"]>;
export type RecurringStreamSelectUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    stream_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    description?: boolean;
    merchant_name?: boolean;
    frequency?: boolean;
    first_date?: boolean;
    last_date?: boolean;
    average_amount?: boolean;
    last_amount?: boolean;
    iso_currency_code?: boolean;
    is_active?: boolean;
    status?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    transaction_ids?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["recurringStream"]>;
export type RecurringStreamSelectScalar = {
    stream_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    description?: boolean;
    merchant_name?: boolean;
    frequency?: boolean;
    first_date?: boolean;
    last_date?: boolean;
    average_amount?: boolean;
    last_amount?: boolean;
    iso_currency_code?: boolean;
    is_active?: boolean;
    status?: boolean;
    pfc_primary?: boolean;
    pfc_detailed?: boolean;
    pfc_confidence_level?: boolean;
    transaction_ids?: boolean;
};
export type RecurringStreamOmit<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetOmit<"stream_id" | "account_id" | "user_id" | "description" | "merchant_name" | "frequency" | "first_date" | "last_date" | "average_amount" | "last_amount" | "iso_currency_code" | "is_active" | "status" | "pfc_primary" | "pfc_detailed" | "pfc_confidence_level" | "transaction_ids", ExtArgs["result"]["recurringStream"]>;
export type RecurringStreamInclude<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type RecurringStreamIncludeCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type RecurringStreamIncludeUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type $RecurringStreamPayload<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    name: "RecurringStream";
    objects: {
        account: Prisma.$AccountPayload<ExtArgs>;
        user: Prisma.$UserPayload<ExtArgs>;
    };
    scalars: runtime.Types.Extensions.GetPayloadResult<{
        stream_id: string;
        account_id: string;
        user_id: string;
        description: string;
        merchant_name: string | null;
        frequency: string;
        first_date: string;
        last_date: string;
        average_amount: number;
        last_amount: number;
        iso_currency_code: string;
        is_active: boolean;
        status: string;
        pfc_primary: string;
        pfc_detailed: string;
        pfc_confidence_level: string;
        /**
         * JSON array of the series' transaction ids, sorted by date
         */
        transaction_ids: runtime.JsonValue;
    }, ExtArgs["result"]["recurringStream"]>;
    composites: {};
};
export type RecurringStreamGetPayload<S extends boolean | null | undefined | RecurringStreamDefaultArgs> = runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload, S>;
export type RecurringStreamCountArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = Omit<RecurringStreamFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: RecurringStreamCountAggregateInputType | true;
};
export interface RecurringStreamDelegate<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: {
        types: Prisma.TypeMap<ExtArgs>['model']['RecurringStream'];
        meta: {
            name: 'RecurringStream';
        };
    };
    /**
     * Find zero or one RecurringStream that matches the filter.
     * @param {RecurringStreamFindUniqueArgs} args - Arguments to find a RecurringStream
     * @example
     * // Get one RecurringStream
     * const recurringStream = await prisma.recurringStream.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends RecurringStreamFindUniqueArgs>(args: Prisma.SelectSubset<T, RecurringStreamFindUniqueArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find one RecurringStream that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {RecurringStreamFindUniqueOrThrowArgs} args - Arguments to find a RecurringStream
     * @example
     * // Get one RecurringStream
     * const recurringStream = await prisma.recurringStream.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends RecurringStreamFindUniqueOrThrowArgs>(args: Prisma.SelectSubset<T, RecurringStreamFindUniqueOrThrowArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first RecurringStream that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RecurringStreamFindFirstArgs} args - Arguments to find a RecurringStream
     * @example
     * // Get one RecurringStream
     * const recurringStream = await prisma.recurringStream.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends RecurringStreamFindFirstArgs>(args?: Prisma.SelectSubset<T, RecurringStreamFindFirstArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first RecurringStream that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RecurringStreamFindFirstOrThrowArgs} args - Arguments to find a RecurringStream
     * @example
     * // Get one RecurringStream
     * const recurringStream = await prisma.recurringStream.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends RecurringStreamFindFirstOrThrowArgs>(args?: Prisma.SelectSubset<T, RecurringStreamFindFirstOrThrowArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find zero or more RecurringStreams that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RecurringStreamFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all RecurringStreams
     * const recurringStreams = await prisma.recurringStream.findMany()
     *
     * // Get first 10 RecurringStreams
     * const recurringStreams = await prisma.recurringStream.findMany({ take: 10 })
     *
     * // Only select the `stream_id`
     * const recurringStreamWithStream_idOnly = await prisma.recurringStream.findMany({ select: { stream_id: true } })
     *
     */
    findMany<T extends RecurringStreamFindManyArgs>(args?: Prisma.SelectSubset<T, RecurringStreamFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>;
    /**
     * Create a RecurringStream.
     * @param {RecurringStreamCreateArgs} args - Arguments to create a RecurringStream.
     * @example
     * // Create one RecurringStream
     * const RecurringStream = await prisma.recurringStream.create({
     *   data: {
     *     // ... data to create a RecurringStream
     *   }
     * })
     *
     */
    create<T extends RecurringStreamCreateArgs>(args: Prisma.SelectSubset<T, RecurringStreamCreateArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Create many RecurringStreams.
     * @param {RecurringStreamCreateManyArgs} args - Arguments to create many RecurringStreams.
     * @example
     * // Create many RecurringStreams
     * const recurringStream = await prisma.recurringStream.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     */
    createMany<T extends RecurringStreamCreateManyArgs>(args?: Prisma.SelectSubset<T, RecurringStreamCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Create many RecurringStreams and returns the data saved in the database.
     * @param {RecurringStreamCreateManyAndReturnArgs} args - Arguments to create many RecurringStreams.
     * @example
     * // Create many RecurringStreams
     * const recurringStream = await prisma.recurringStream.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Create many RecurringStreams and only return the `stream_id`
     * const recurringStreamWithStream_idOnly = await prisma.recurringStream.createManyAndReturn({
     *   select: { stream_id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     *
     */
    createManyAndReturn<T extends RecurringStreamCreateManyAndReturnArgs>(args?: Prisma.SelectSubset<T, RecurringStreamCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>;
    /**
     * Delete a RecurringStream.
     * @param {RecurringStreamDeleteArgs} args - Arguments to delete one RecurringStream.
     * @example
     * // Delete one RecurringStream
     * const RecurringStream = await prisma.recurringStream.delete({
     *   where: {
     *     // ... filter to delete one RecurringStream
     *   }
     * })
     *
     */
    delete<T extends RecurringStreamDeleteArgs>(args: Prisma.SelectSubset<T, RecurringStreamDeleteArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Update one RecurringStream.
     * @param {RecurringStreamUpdateArgs} args - Arguments to update one RecurringStream.
     * @example
     * // Update one RecurringStream
     * const recurringStream = await prisma.recurringStream.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    update<T extends RecurringStreamUpdateArgs>(args: Prisma.SelectSubset<T, RecurringStreamUpdateArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Delete zero or more RecurringStreams.
     * @param {RecurringStreamDeleteManyArgs} args - Arguments to filter RecurringStreams to delete.
     * @example
     * // Delete a few RecurringStreams
     * const { count } = await prisma.recurringStream.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     *
     */
    deleteMany<T extends RecurringStreamDeleteManyArgs>(args?: Prisma.SelectSubset<T, RecurringStreamDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more RecurringStreams.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RecurringStreamUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many RecurringStreams
     * const recurringStream = await prisma.recurringStream.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    updateMany<T extends RecurringStreamUpdateManyArgs>(args: Prisma.SelectSubset<T, RecurringStreamUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more RecurringStreams and returns the data updated in the database.
     * @param {RecurringStreamUpdateManyAndReturnArgs} args - Arguments to update many RecurringStreams.
     * @example
     * // Update many RecurringStreams
     * const recurringStream = await prisma.recurringStream.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Update zero or more RecurringStreams and only return the `stream_id`
     * const recurringStreamWithStream_idOnly = await prisma.recurringStream.updateManyAndReturn({
     *   select: { stream_id: true },
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
    updateManyAndReturn<T extends RecurringStreamUpdateManyAndReturnArgs>(args: Prisma.SelectSubset<T, RecurringStreamUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>;
    /**
     * Create or update one RecurringStream.
     * @param {RecurringStreamUpsertArgs} args - Arguments to update or create a RecurringStream.
     * @example
     * // Update or create a RecurringStream
     * const recurringStream = await prisma.recurringStream.upsert({
     *   create: {
     *     // ... data to create a RecurringStream
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the RecurringStream we want to update
     *   }
     * })
     */
    upsert<T extends RecurringStreamUpsertArgs>(args: Prisma.SelectSubset<T, RecurringStreamUpsertArgs<ExtArgs>>): Prisma.Prisma__RecurringStreamClient<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Count the number of RecurringStreams.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RecurringStreamCountArgs} args - Arguments to filter RecurringStreams to count.
     * @example
     * // Count the number of RecurringStreams
     * const count = await prisma.recurringStream.count({
     *   where: {
     *     // ... the filter for the RecurringStreams we want to count
     *   }
     * })
    **/
    count<T extends RecurringStreamCountArgs>(args?: Prisma.Subset<T, RecurringStreamCountArgs>): Prisma.PrismaPromise<T extends runtime.Types.Utils.Record<'select', any> ? T['select'] extends true ? number : Prisma.GetScalarType<T['select'], RecurringStreamCountAggregateOutputType> : number>;
    /**
     * Allows you to perform aggregations operations on a RecurringStream.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RecurringStreamAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
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
    aggregate<T extends RecurringStreamAggregateArgs>(args: Prisma.Subset<T, RecurringStreamAggregateArgs>): Prisma.PrismaPromise<GetRecurringStreamAggregateType<T>>;
    /**
     * Group by RecurringStream.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RecurringStreamGroupByArgs} args - Group by arguments.
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
    groupBy<T extends RecurringStreamGroupByArgs, HasSelectOrTake extends Prisma.Or<Prisma.Extends<'skip', Prisma.Keys<T>>, Prisma.Extends<'take', Prisma.Keys<T>>>, OrderByArg extends Prisma.True extends HasSelectOrTake ? {
        orderBy: RecurringStreamGroupByArgs['orderBy'];
    } : {
        orderBy?: RecurringStreamGroupByArgs['orderBy'];
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
    }[OrderFields]>(args: Prisma.SubsetIntersection<T, RecurringStreamGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetRecurringStreamGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>;
    /**
     * Fields of the RecurringStream model
     */
    readonly fields: RecurringStreamFieldRefs;
}
/**
 * The delegate class that acts as a "Promise-like" for RecurringStream.
 * Why is this prefixed with `Prisma__`?
 * Because we want to prevent naming conflicts as mentioned in
 * https://github.com/prisma/prisma-client-js/issues/707
 */
export interface Prisma__RecurringStreamClient<T, Null = never, ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
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
 * Fields of the RecurringStream model
 */
export interface RecurringStreamFieldRefs {
    readonly stream_id: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly account_id: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly user_id: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly description: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly merchant_name: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly frequency: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly first_date: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly last_date: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly average_amount: Prisma.FieldRef<"RecurringStream", 'Float'>;
    readonly last_amount: Prisma.FieldRef<"RecurringStream", 'Float'>;
    readonly iso_currency_code: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly is_active: Prisma.FieldRef<"RecurringStream", 'Boolean'>;
    readonly status: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly pfc_primary: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly pfc_detailed: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly pfc_confidence_level: Prisma.FieldRef<"RecurringStream", 'String'>;
    readonly transaction_ids: Prisma.FieldRef<"RecurringStream", 'Json'>;
}
/**
 * RecurringStream findUnique
 */
export type RecurringStreamFindUniqueArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * Filter, which RecurringStream to fetch.
     */
    where: Prisma.RecurringStreamWhereUniqueInput;
};
/**
 * RecurringStream findUniqueOrThrow
 */
export type RecurringStreamFindUniqueOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * Filter, which RecurringStream to fetch.
     */
    where: Prisma.RecurringStreamWhereUniqueInput;
};
/**
 * RecurringStream findFirst
 */
export type RecurringStreamFindFirstArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * Filter, which RecurringStream to fetch.
     */
    where?: Prisma.RecurringStreamWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of RecurringStreams to fetch.
     */
    orderBy?: Prisma.RecurringStreamOrderByWithRelationInput | Prisma.RecurringStreamOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for RecurringStreams.
     */
    cursor?: Prisma.RecurringStreamWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` RecurringStreams from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` RecurringStreams.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of RecurringStreams.
     */
    distinct?: Prisma.RecurringStreamScalarFieldEnum | Prisma.RecurringStreamScalarFieldEnum[];
};
/**
 * RecurringStream findFirstOrThrow
 */
export type RecurringStreamFindFirstOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * Filter, which RecurringStream to fetch.
     */
    where?: Prisma.RecurringStreamWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of RecurringStreams to fetch.
     */
    orderBy?: Prisma.RecurringStreamOrderByWithRelationInput | Prisma.RecurringStreamOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for RecurringStreams.
     */
    cursor?: Prisma.RecurringStreamWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` RecurringStreams from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` RecurringStreams.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of RecurringStreams.
     */
    distinct?: Prisma.RecurringStreamScalarFieldEnum | Prisma.RecurringStreamScalarFieldEnum[];
};
/**
 * RecurringStream findMany
 */
export type RecurringStreamFindManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * Filter, which RecurringStreams to fetch.
     */
    where?: Prisma.RecurringStreamWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of RecurringStreams to fetch.
     */
    orderBy?: Prisma.RecurringStreamOrderByWithRelationInput | Prisma.RecurringStreamOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for listing RecurringStreams.
     */
    cursor?: Prisma.RecurringStreamWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` RecurringStreams from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` RecurringStreams.
     */
    skip?: number;
    distinct?: Prisma.RecurringStreamScalarFieldEnum | Prisma.RecurringStreamScalarFieldEnum[];
};
/**
 * RecurringStream create
 */
export type RecurringStreamCreateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * The data needed to create a RecurringStream.
     */
    data: Prisma.XOR<Prisma.RecurringStreamCreateInput, Prisma.RecurringStreamUncheckedCreateInput>;
};
/**
 * RecurringStream createMany
 */
export type RecurringStreamCreateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to create many RecurringStreams.
     */
    data: Prisma.RecurringStreamCreateManyInput | Prisma.RecurringStreamCreateManyInput[];
};
/**
 * RecurringStream createManyAndReturn
 */
export type RecurringStreamCreateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelectCreateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * The data used to create many RecurringStreams.
     */
    data: Prisma.RecurringStreamCreateManyInput | Prisma.RecurringStreamCreateManyInput[];
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamIncludeCreateManyAndReturn<ExtArgs> | null;
};
/**
 * RecurringStream update
 */
export type RecurringStreamUpdateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * The data needed to update a RecurringStream.
     */
    data: Prisma.XOR<Prisma.RecurringStreamUpdateInput, Prisma.RecurringStreamUncheckedUpdateInput>;
    /**
     * Choose, which RecurringStream to update.
     */
    where: Prisma.RecurringStreamWhereUniqueInput;
};
/**
 * RecurringStream updateMany
 */
export type RecurringStreamUpdateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to update RecurringStreams.
     */
    data: Prisma.XOR<Prisma.RecurringStreamUpdateManyMutationInput, Prisma.RecurringStreamUncheckedUpdateManyInput>;
    /**
     * Filter which RecurringStreams to update
     */
    where?: Prisma.RecurringStreamWhereInput;
    /**
     * Limit how many RecurringStreams to update.
     */
    limit?: number;
};
/**
 * RecurringStream updateManyAndReturn
 */
export type RecurringStreamUpdateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelectUpdateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * The data used to update RecurringStreams.
     */
    data: Prisma.XOR<Prisma.RecurringStreamUpdateManyMutationInput, Prisma.RecurringStreamUncheckedUpdateManyInput>;
    /**
     * Filter which RecurringStreams to update
     */
    where?: Prisma.RecurringStreamWhereInput;
    /**
     * Limit how many RecurringStreams to update.
     */
    limit?: number;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamIncludeUpdateManyAndReturn<ExtArgs> | null;
};
/**
 * RecurringStream upsert
 */
export type RecurringStreamUpsertArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * The filter to search for the RecurringStream to update in case it exists.
     */
    where: Prisma.RecurringStreamWhereUniqueInput;
    /**
     * In case the RecurringStream found by the `where` argument doesn't exist, create a new RecurringStream with this data.
     */
    create: Prisma.XOR<Prisma.RecurringStreamCreateInput, Prisma.RecurringStreamUncheckedCreateInput>;
    /**
     * In case the RecurringStream was found with the provided `where` argument, update it with this data.
     */
    update: Prisma.XOR<Prisma.RecurringStreamUpdateInput, Prisma.RecurringStreamUncheckedUpdateInput>;
};
/**
 * RecurringStream delete
 */
export type RecurringStreamDeleteArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
    /**
     * Filter which RecurringStream to delete.
     */
    where: Prisma.RecurringStreamWhereUniqueInput;
};
/**
 * RecurringStream deleteMany
 */
export type RecurringStreamDeleteManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which RecurringStreams to delete
     */
    where?: Prisma.RecurringStreamWhereInput;
    /**
     * Limit how many RecurringStreams to delete.
     */
    limit?: number;
};
/**
 * RecurringStream without action
 */
export type RecurringStreamDefaultArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RecurringStream
     */
    select?: Prisma.RecurringStreamSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the RecurringStream
     */
    omit?: Prisma.RecurringStreamOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.RecurringStreamInclude<ExtArgs> | null;
};
export {};
//# sourceMappingURL=RecurringStream.d.ts.map