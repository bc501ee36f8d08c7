import type * as runtime from "@prisma/client/runtime/client";
import type * as Prisma from "../internal/prismaNamespace.ts";
/**
 * Model Liability
 *
 */
export type LiabilityModel = runtime.Types.Result.DefaultSelection<Prisma.$LiabilityPayload>;
export type AggregateLiability = {
    _count: LiabilityCountAggregateOutputType | null;
    _avg: LiabilityAvgAggregateOutputType | null;
    _sum: LiabilitySumAggregateOutputType | null;
    _min: LiabilityMinAggregateOutputType | null;
    _max: LiabilityMaxAggregateOutputType | null;
};
export type LiabilityAvgAggregateOutputType = {
    apr_percentage: number | null;
    interest_rate_percentage: number | null;
    minimum_payment_amount: number | null;
    last_payment_amount: number | null;
    last_statement_balance: number | null;
};
export type LiabilitySumAggregateOutputType = {
    apr_percentage: number | null;
    interest_rate_percentage: number | null;
    minimum_payment_amount: number | null;
    last_payment_amount: number | null;
    last_statement_balance: number | null;
};
export type LiabilityMinAggregateOutputType = {
    liability_id: string | null;
    account_id: string | null;
    user_id: string | null;
    type: string | null;
    apr_percentage: number | null;
    apr_type: string | null;
    interest_rate_percentage: number | null;
    minimum_payment_amount: number | null;
    last_payment_amount: number | null;
    last_payment_date: string | null;
    last_statement_balance: number | null;
    next_payment_due_date: string | null;
    is_overdue: boolean | null;
};
export type LiabilityMaxAggregateOutputType = {
    liability_id: string | null;
    account_id: string | null;
    user_id: string | null;
    type: string | null;
    apr_percentage: number | null;
    apr_type: string | null;
    interest_rate_percentage: number | null;
    minimum_payment_amount: number | null;
    last_payment_amount: number | null;
    last_payment_date: string | null;
    last_statement_balance: number | null;
    next_payment_due_date: string | null;
    is_overdue: boolean | null;
};
export type LiabilityCountAggregateOutputType = {
    liability_id: number;
    account_id: number;
    user_id: number;
    type: number;
    apr_percentage: number;
    apr_type: number;
    interest_rate_percentage: number;
    minimum_payment_amount: number;
    last_payment_amount: number;
    last_payment_date: number;
    last_statement_balance: number;
    next_payment_due_date: number;
    is_overdue: number;
    _all: number;
};
export type LiabilityAvgAggregateInputType = {
    apr_percentage?: true;
    interest_rate_percentage?: true;
    minimum_payment_amount?: true;
    last_payment_amount?: true;
    last_statement_balance?: true;
};
export type LiabilitySumAggregateInputType = {
    apr_percentage?: true;
    interest_rate_percentage?: true;
    minimum_payment_amount?: true;
    last_payment_amount?: true;
    last_statement_balance?: true;
};
export type LiabilityMinAggregateInputType = {
    liability_id?: true;
    account_id?: true;
    user_id?: true;
    type?: true;
    apr_percentage?: true;
    apr_type?: true;
    interest_rate_percentage?: true;
    minimum_payment_amount?: true;
    last_payment_amount?: true;
    last_payment_date?: true;
    last_statement_balance?: true;
    next_payment_due_date?: true;
    is_overdue?: true;
};
export type LiabilityMaxAggregateInputType = {
    liability_id?: true;
    account_id?: true;
    user_id?: true;
    type?: true;
    apr_percentage?: true;
    apr_type?: true;
    interest_rate_percentage?: true;
    minimum_payment_amount?: true;
    last_payment_amount?: true;
    last_payment_date?: true;
    last_statement_balance?: true;
    next_payment_due_date?: true;
    is_overdue?: true;
};
export type LiabilityCountAggregateInputType = {
    liability_id?: true;
    account_id?: true;
    user_id?: true;
    type?: true;
    apr_percentage?: true;
    apr_type?: true;
    interest_rate_percentage?: true;
    minimum_payment_amount?: true;
    last_payment_amount?: true;
    last_payment_date?: true;
    last_statement_balance?: true;
    next_payment_due_date?: true;
    is_overdue?: true;
    _all?: true;
};
export type LiabilityAggregateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which Liability to aggregate.
     */
    where?: Prisma.LiabilityWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Liabilities to fetch.
     */
    orderBy?: Prisma.LiabilityOrderByWithRelationInput | Prisma.LiabilityOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the start position
     */
    cursor?: Prisma.LiabilityWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Liabilities from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Liabilities.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Count returned Liabilities
    **/
    _count?: true | LiabilityCountAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to average
    **/
    _avg?: LiabilityAvgAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to sum
    **/
    _sum?: LiabilitySumAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the minimum value
    **/
    _min?: LiabilityMinAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the maximum value
    **/
    _max?: LiabilityMaxAggregateInputType;
};
export type GetLiabilityAggregateType<T extends LiabilityAggregateArgs> = {
    [P in keyof T & keyof AggregateLiability]: P extends '_count' | 'count' ? T[P] extends true ? number : Prisma.GetScalarType<T[P], AggregateLiability[P]> : Prisma.GetScalarType<T[P], AggregateLiability[P]>;
};
export type LiabilityGroupByArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.LiabilityWhereInput;
    orderBy?: Prisma.LiabilityOrderByWithAggregationInput | Prisma.LiabilityOrderByWithAggregationInput[];
    by: Prisma.LiabilityScalarFieldEnum[] | Prisma.LiabilityScalarFieldEnum;
    having?: Prisma.LiabilityScalarWhereWithAggregatesInput;
    take?: number;
    skip?: number;
    _count?: LiabilityCountAggregateInputType | true;
    _avg?: LiabilityAvgAggregateInputType;
    _sum?: LiabilitySumAggregateInputType;
    _min?: LiabilityMinAggregateInputType;
    _max?: LiabilityMaxAggregateInputType;
};
export type LiabilityGroupByOutputType = {
    liability_id: string;
    account_id: string;
    user_id: string;
    type: string;
    apr_percentage: number | null;
    apr_type: string | null;
    interest_rate_percentage: number | null;
    minimum_payment_amount: number;
    last_payment_amount: number | null;
    last_payment_date: string | null;
    last_statement_balance: number | null;
    next_payment_due_date: string | null;
    is_overdue: boolean;
    _count: LiabilityCountAggregateOutputType | null;
    _avg: LiabilityAvgAggregateOutputType | null;
    _sum: LiabilitySumAggregateOutputType | null;
    _min: LiabilityMinAggregateOutputType | null;
    _max: LiabilityMaxAggregateOutputType | null;
};
type GetLiabilityGroupByPayload<T extends LiabilityGroupByArgs> = Prisma.PrismaPromise<Array<Prisma.PickEnumerable<LiabilityGroupByOutputType, T['by']> & {
    [P in ((keyof T) & (keyof LiabilityGroupByOutputType))]: P extends '_count' ? T[P] extends boolean ? number : Prisma.GetScalarType<T[P], LiabilityGroupByOutputType[P]> : Prisma.GetScalarType<T[P], LiabilityGroupByOutputType[P]>;
}>>;
export type LiabilityWhereInput = {
    AND?: Prisma.LiabilityWhereInput | Prisma.LiabilityWhereInput[];
    OR?: Prisma.LiabilityWhereInput[];
    NOT?: Prisma.LiabilityWhereInput | Prisma.LiabilityWhereInput[];
    liability_id?: Prisma.StringFilter<"Liability"> | string;
    account_id?: Prisma.StringFilter<"Liability"> | string;
    user_id?: Prisma.StringFilter<"Liability"> | string;
    type?: Prisma.StringFilter<"Liability"> | string;
    apr_percentage?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    apr_type?: Prisma.StringNullableFilter<"Liability"> | string | null;
    interest_rate_percentage?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    minimum_payment_amount?: Prisma.FloatFilter<"Liability"> | number;
    last_payment_amount?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    last_payment_date?: Prisma.StringNullableFilter<"Liability"> | string | null;
    last_statement_balance?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    next_payment_due_date?: Prisma.StringNullableFilter<"Liability"> | string | null;
    is_overdue?: Prisma.BoolFilter<"Liability"> | boolean;
    account?: Prisma.XOR<Prisma.AccountScalarRelationFilter, Prisma.AccountWhereInput>;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
};
export type LiabilityOrderByWithRelationInput = {
    liability_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    apr_percentage?: Prisma.SortOrderInput | Prisma.SortOrder;
    apr_type?: Prisma.SortOrderInput | Prisma.SortOrder;
    interest_rate_percentage?: Prisma.SortOrderInput | Prisma.SortOrder;
    minimum_payment_amount?: Prisma.SortOrder;
    last_payment_amount?: Prisma.SortOrderInput | Prisma.SortOrder;
    last_payment_date?: Prisma.SortOrderInput | Prisma.SortOrder;
    last_statement_balance?: Prisma.SortOrderInput | Prisma.SortOrder;
    next_payment_due_date?: Prisma.SortOrderInput | Prisma.SortOrder;
    is_overdue?: Prisma.SortOrder;
    account?: Prisma.AccountOrderByWithRelationInput;
    user?: Prisma.UserOrderByWithRelationInput;
};
export type LiabilityWhereUniqueInput = Prisma.AtLeast<{
    liability_id?: string;
    AND?: Prisma.LiabilityWhereInput | Prisma.LiabilityWhereInput[];
    OR?: Prisma.LiabilityWhereInput[];
    NOT?: Prisma.LiabilityWhereInput | Prisma.LiabilityWhereInput[];
    account_id?: Prisma.StringFilter<"Liability"> | string;
    user_id?: Prisma.StringFilter<"Liability"> | string;
    type?: Prisma.StringFilter<"Liability"> | string;
    apr_percentage?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    apr_type?: Prisma.StringNullableFilter<"Liability"> | string | null;
    interest_rate_percentage?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    minimum_payment_amount?: Prisma.FloatFilter<"Liability"> | number;
    last_payment_amount?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    last_payment_date?: Prisma.StringNullableFilter<"Liability"> | string | null;
    last_statement_balance?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    next_payment_due_date?: Prisma.StringNullableFilter<"Liability"> | string | null;
    is_overdue?: Prisma.BoolFilter<"Liability"> | boolean;
    account?: Prisma.XOR<Prisma.AccountScalarRelationFilter, Prisma.AccountWhereInput>;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
}, "liability_id">;
export type LiabilityOrderByWithAggregationInput = {
    liability_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    apr_percentage?: Prisma.SortOrderInput | Prisma.SortOrder;
    apr_type?: Prisma.SortOrderInput | Prisma.SortOrder;
    interest_rate_percentage?: Prisma.SortOrderInput | Prisma.SortOrder;
    minimum_payment_amount?: Prisma.SortOrder;
    last_payment_amount?: Prisma.SortOrderInput | Prisma.SortOrder;
    last_payment_date?: Prisma.SortOrderInput | Prisma.SortOrder;
    last_statement_balance?: Prisma.SortOrderInput | Prisma.SortOrder;
    next_payment_due_date?: Prisma.SortOrderInput | Prisma.SortOrder;
    is_overdue?: Prisma.SortOrder;
    _count?: Prisma.LiabilityCountOrderByAggregateInput;
    _avg?: Prisma.LiabilityAvgOrderByAggregateInput;
    _max?: Prisma.LiabilityMaxOrderByAggregateInput;
    _min?: Prisma.LiabilityMinOrderByAggregateInput;
    _sum?: Prisma.LiabilitySumOrderByAggregateInput;
};
export type LiabilityScalarWhereWithAggregatesInput = {
    AND?: Prisma.LiabilityScalarWhereWithAggregatesInput | Prisma.LiabilityScalarWhereWithAggregatesInput[];
    OR?: Prisma.LiabilityScalarWhereWithAggregatesInput[];
    NOT?: Prisma.LiabilityScalarWhereWithAggregatesInput | Prisma.LiabilityScalarWhereWithAggregatesInput[];
    liability_id?: Prisma.StringWithAggregatesFilter<"Liability"> | string;
    account_id?: Prisma.StringWithAggregatesFilter<"Liability"> | string;
    user_id?: Prisma.StringWithAggregatesFilter<"Liability"> | string;
    type?: Prisma.StringWithAggregatesFilter<"Liability"> | string;
    apr_percentage?: Prisma.FloatNullableWithAggregatesFilter<"Liability"> | number | null;
    apr_type?: Prisma.StringNullableWithAggregatesFilter<"Liability"> | string | null;
    interest_rate_percentage?: Prisma.FloatNullableWithAggregatesFilter<"Liability"> | number | null;
    minimum_payment_amount?: Prisma.FloatWithAggregatesFilter<"Liability"> | number;
    last_payment_amount?: Prisma.FloatNullableWithAggregatesFilter<"Liability"> | number | null;
    last_payment_date?: Prisma.StringNullableWithAggregatesFilter<"Liability"> | string | null;
    last_statement_balance?: Prisma.FloatNullableWithAggregatesFilter<"Liability"> | number | null;
    next_payment_due_date?: Prisma.StringNullableWithAggregatesFilter<"Liability"> | string | null;
    is_overdue?: Prisma.BoolWithAggregatesFilter<"Liability"> | boolean;
};
export type LiabilityCreateInput = {
    liability_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
    account: Prisma.AccountCreateNestedOneWithoutLiabilitiesInput;
    user: Prisma.UserCreateNestedOneWithoutLiabilitiesInput;
};
export type LiabilityUncheckedCreateInput = {
    liability_id: string;
    account_id: string;
    user_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
};
export type LiabilityUpdateInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    account?: Prisma.AccountUpdateOneRequiredWithoutLiabilitiesNestedInput;
    user?: Prisma.UserUpdateOneRequiredWithoutLiabilitiesNestedInput;
};
export type LiabilityUncheckedUpdateInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
};
export type LiabilityCreateManyInput = {
    liability_id: string;
    account_id: string;
    user_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
};
export type LiabilityUpdateManyMutationInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
};
export type LiabilityUncheckedUpdateManyInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
};
export type LiabilityListRelationFilter = {
    every?: Prisma.LiabilityWhereInput;
    some?: Prisma.LiabilityWhereInput;
    none?: Prisma.LiabilityWhereInput;
};
export type LiabilityOrderByRelationAggregateInput = {
    _count?: Prisma.SortOrder;
};
export type LiabilityCountOrderByAggregateInput = {
    liability_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    apr_percentage?: Prisma.SortOrder;
    apr_type?: Prisma.SortOrder;
    interest_rate_percentage?: Prisma.SortOrder;
    minimum_payment_amount?: Prisma.SortOrder;
    last_payment_amount?: Prisma.SortOrder;
    last_payment_date?: Prisma.SortOrder;
    last_statement_balance?: Prisma.SortOrder;
    next_payment_due_date?: Prisma.SortOrder;
    is_overdue?: Prisma.SortOrder;
};
export type LiabilityAvgOrderByAggregateInput = {
    apr_percentage?: Prisma.SortOrder;
    interest_rate_percentage?: Prisma.SortOrder;
    minimum_payment_amount?: Prisma.SortOrder;
    last_payment_amount?: Prisma.SortOrder;
    last_statement_balance?: Prisma.SortOrder;
};
export type LiabilityMaxOrderByAggregateInput = {
    liability_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    apr_percentage?: Prisma.SortOrder;
    apr_type?: Prisma.SortOrder;
    interest_rate_percentage?: Prisma.SortOrder;
    minimum_payment_amount?: Prisma.SortOrder;
    last_payment_amount?: Prisma.SortOrder;
    last_payment_date?: Prisma.SortOrder;
    last_statement_balance?: Prisma.SortOrder;
    next_payment_due_date?: Prisma.SortOrder;
    is_overdue?: Prisma.SortOrder;
};
export type LiabilityMinOrderByAggregateInput = {
    liability_id?: Prisma.SortOrder;
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    apr_percentage?: Prisma.SortOrder;
    apr_type?: Prisma.SortOrder;
    interest_rate_percentage?: Prisma.SortOrder;
    minimum_payment_amount?: Prisma.SortOrder;
    last_payment_amount?: Prisma.SortOrder;
    last_payment_date?: Prisma.SortOrder;
    last_statement_balance?: Prisma.SortOrder;
    next_payment_due_date?: Prisma.SortOrder;
    is_overdue?: Prisma.SortOrder;
};
export type LiabilitySumOrderByAggregateInput = {
    apr_percentage?: Prisma.SortOrder;
    interest_rate_percentage?: Prisma.SortOrder;
    minimum_payment_amount?: Prisma.SortOrder;
    last_payment_amount?: Prisma.SortOrder;
    last_statement_balance?: Prisma.SortOrder;
};
export type LiabilityCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutUserInput, Prisma.LiabilityUncheckedCreateWithoutUserInput> | Prisma.LiabilityCreateWithoutUserInput[] | Prisma.LiabilityUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutUserInput | Prisma.LiabilityCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.LiabilityCreateManyUserInputEnvelope;
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
};
export type LiabilityUncheckedCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutUserInput, Prisma.LiabilityUncheckedCreateWithoutUserInput> | Prisma.LiabilityCreateWithoutUserInput[] | Prisma.LiabilityUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutUserInput | Prisma.LiabilityCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.LiabilityCreateManyUserInputEnvelope;
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
};
export type LiabilityUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutUserInput, Prisma.LiabilityUncheckedCreateWithoutUserInput> | Prisma.LiabilityCreateWithoutUserInput[] | Prisma.LiabilityUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutUserInput | Prisma.LiabilityCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.LiabilityUpsertWithWhereUniqueWithoutUserInput | Prisma.LiabilityUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.LiabilityCreateManyUserInputEnvelope;
    set?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    disconnect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    delete?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    update?: Prisma.LiabilityUpdateWithWhereUniqueWithoutUserInput | Prisma.LiabilityUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.LiabilityUpdateManyWithWhereWithoutUserInput | Prisma.LiabilityUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.LiabilityScalarWhereInput | Prisma.LiabilityScalarWhereInput[];
};
export type LiabilityUncheckedUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutUserInput, Prisma.LiabilityUncheckedCreateWithoutUserInput> | Prisma.LiabilityCreateWithoutUserInput[] | Prisma.LiabilityUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutUserInput | Prisma.LiabilityCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.LiabilityUpsertWithWhereUniqueWithoutUserInput | Prisma.LiabilityUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.LiabilityCreateManyUserInputEnvelope;
    set?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    disconnect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    delete?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    update?: Prisma.LiabilityUpdateWithWhereUniqueWithoutUserInput | Prisma.LiabilityUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.LiabilityUpdateManyWithWhereWithoutUserInput | Prisma.LiabilityUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.LiabilityScalarWhereInput | Prisma.LiabilityScalarWhereInput[];
};
export type LiabilityCreateNestedManyWithoutAccountInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutAccountInput, Prisma.LiabilityUncheckedCreateWithoutAccountInput> | Prisma.LiabilityCreateWithoutAccountInput[] | Prisma.LiabilityUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutAccountInput | Prisma.LiabilityCreateOrConnectWithoutAccountInput[];
    createMany?: Prisma.LiabilityCreateManyAccountInputEnvelope;
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
};
export type LiabilityUncheckedCreateNestedManyWithoutAccountInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutAccountInput, Prisma.LiabilityUncheckedCreateWithoutAccountInput> | Prisma.LiabilityCreateWithoutAccountInput[] | Prisma.LiabilityUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutAccountInput | Prisma.LiabilityCreateOrConnectWithoutAccountInput[];
    createMany?: Prisma.LiabilityCreateManyAccountInputEnvelope;
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
};
export type LiabilityUpdateManyWithoutAccountNestedInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutAccountInput, Prisma.LiabilityUncheckedCreateWithoutAccountInput> | Prisma.LiabilityCreateWithoutAccountInput[] | Prisma.LiabilityUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutAccountInput | Prisma.LiabilityCreateOrConnectWithoutAccountInput[];
    upsert?: Prisma.LiabilityUpsertWithWhereUniqueWithoutAccountInput | Prisma.LiabilityUpsertWithWhereUniqueWithoutAccountInput[];
    createMany?: Prisma.LiabilityCreateManyAccountInputEnvelope;
    set?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    disconnect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    delete?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    update?: Prisma.LiabilityUpdateWithWhereUniqueWithoutAccountInput | Prisma.LiabilityUpdateWithWhereUniqueWithoutAccountInput[];
    updateMany?: Prisma.LiabilityUpdateManyWithWhereWithoutAccountInput | Prisma.LiabilityUpdateManyWithWhereWithoutAccountInput[];
    deleteMany?: Prisma.LiabilityScalarWhereInput | Prisma.LiabilityScalarWhereInput[];
};
export type LiabilityUncheckedUpdateManyWithoutAccountNestedInput = {
    create?: Prisma.XOR<Prisma.LiabilityCreateWithoutAccountInput, Prisma.LiabilityUncheckedCreateWithoutAccountInput> | Prisma.LiabilityCreateWithoutAccountInput[] | Prisma.LiabilityUncheckedCreateWithoutAccountInput[];
    connectOrCreate?: Prisma.LiabilityCreateOrConnectWithoutAccountInput | Prisma.LiabilityCreateOrConnectWithoutAccountInput[];
    upsert?: Prisma.LiabilityUpsertWithWhereUniqueWithoutAccountInput | Prisma.LiabilityUpsertWithWhereUniqueWithoutAccountInput[];
    createMany?: Prisma.LiabilityCreateManyAccountInputEnvelope;
    set?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    disconnect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    delete?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    connect?: Prisma.LiabilityWhereUniqueInput | Prisma.LiabilityWhereUniqueInput[];
    update?: Prisma.LiabilityUpdateWithWhereUniqueWithoutAccountInput | Prisma.LiabilityUpdateWithWhereUniqueWithoutAccountInput[];
    updateMany?: Prisma.LiabilityUpdateManyWithWhereWithoutAccountInput | Prisma.LiabilityUpdateManyWithWhereWithoutAccountInput[];
    deleteMany?: Prisma.LiabilityScalarWhereInput | Prisma.LiabilityScalarWhereInput[];
};
export type LiabilityCreateWithoutUserInput = {
    liability_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
    account: Prisma.AccountCreateNestedOneWithoutLiabilitiesInput;
};
export type LiabilityUncheckedCreateWithoutUserInput = {
    liability_id: string;
    account_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
};
export type LiabilityCreateOrConnectWithoutUserInput = {
    where: Prisma.LiabilityWhereUniqueInput;
    create: Prisma.XOR<Prisma.LiabilityCreateWithoutUserInput, Prisma.LiabilityUncheckedCreateWithoutUserInput>;
};
export type LiabilityCreateManyUserInputEnvelope = {
    data: Prisma.LiabilityCreateManyUserInput | Prisma.LiabilityCreateManyUserInput[];
};
export type LiabilityUpsertWithWhereUniqueWithoutUserInput = {
    where: Prisma.LiabilityWhereUniqueInput;
    update: Prisma.XOR<Prisma.LiabilityUpdateWithoutUserInput, Prisma.LiabilityUncheckedUpdateWithoutUserInput>;
    create: Prisma.XOR<Prisma.LiabilityCreateWithoutUserInput, Prisma.LiabilityUncheckedCreateWithoutUserInput>;
};
export type LiabilityUpdateWithWhereUniqueWithoutUserInput = {
    where: Prisma.LiabilityWhereUniqueInput;
    data: Prisma.XOR<Prisma.LiabilityUpdateWithoutUserInput, Prisma.LiabilityUncheckedUpdateWithoutUserInput>;
};
export type LiabilityUpdateManyWithWhereWithoutUserInput = {
    where: Prisma.LiabilityScalarWhereInput;
    data: Prisma.XOR<Prisma.LiabilityUpdateManyMutationInput, Prisma.LiabilityUncheckedUpdateManyWithoutUserInput>;
};
export type LiabilityScalarWhereInput = {
    AND?: Prisma.LiabilityScalarWhereInput | Prisma.LiabilityScalarWhereInput[];
    OR?: Prisma.LiabilityScalarWhereInput[];
    NOT?: Prisma.LiabilityScalarWhereInput | Prisma.LiabilityScalarWhereInput[];
    liability_id?: Prisma.StringFilter<"Liability"> | string;
    account_id?: Prisma.StringFilter<"Liability"> | string;
    user_id?: Prisma.StringFilter<"Liability"> | string;
    type?: Prisma.StringFilter<"Liability"> | string;
    apr_percentage?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    apr_type?: Prisma.StringNullableFilter<"Liability"> | string | null;
    interest_rate_percentage?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    minimum_payment_amount?: Prisma.FloatFilter<"Liability"> | number;
    last_payment_amount?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    last_payment_date?: Prisma.StringNullableFilter<"Liability"> | string | null;
    last_statement_balance?: Prisma.FloatNullableFilter<"Liability"> | number | null;
    next_payment_due_date?: Prisma.StringNullableFilter<"Liability"> | string | null;
    is_overdue?: Prisma.BoolFilter<"Liability"> | boolean;
};
export type LiabilityCreateWithoutAccountInput = {
    liability_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
    user: Prisma.UserCreateNestedOneWithoutLiabilitiesInput;
};
export type LiabilityUncheckedCreateWithoutAccountInput = {
    liability_id: string;
    user_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
};
export type LiabilityCreateOrConnectWithoutAccountInput = {
    where: Prisma.LiabilityWhereUniqueInput;
    create: Prisma.XOR<Prisma.LiabilityCreateWithoutAccountInput, Prisma.LiabilityUncheckedCreateWithoutAccountInput>;
};
export type LiabilityCreateManyAccountInputEnvelope = {
    data: Prisma.LiabilityCreateManyAccountInput | Prisma.LiabilityCreateManyAccountInput[];
};
export type LiabilityUpsertWithWhereUniqueWithoutAccountInput = {
    where: Prisma.LiabilityWhereUniqueInput;
    update: Prisma.XOR<Prisma.LiabilityUpdateWithoutAccountInput, Prisma.LiabilityUncheckedUpdateWithoutAccountInput>;
    create: Prisma.XOR<Prisma.LiabilityCreateWithoutAccountInput, Prisma.LiabilityUncheckedCreateWithoutAccountInput>;
};
export type LiabilityUpdateWithWhereUniqueWithoutAccountInput = {
    where: Prisma.LiabilityWhereUniqueInput;
    data: Prisma.XOR<Prisma.LiabilityUpdateWithoutAccountInput, Prisma.LiabilityUncheckedUpdateWithoutAccountInput>;
};
export type LiabilityUpdateManyWithWhereWithoutAccountInput = {
    where: Prisma.LiabilityScalarWhereInput;
    data: Prisma.XOR<Prisma.LiabilityUpdateManyMutationInput, Prisma.LiabilityUncheckedUpdateManyWithoutAccountInput>;
};
export type LiabilityCreateManyUserInput = {
    liability_id: string;
    account_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
};
export type LiabilityUpdateWithoutUserInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    account?: Prisma.AccountUpdateOneRequiredWithoutLiabilitiesNestedInput;
};
export type LiabilityUncheckedUpdateWithoutUserInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
};
export type LiabilityUncheckedUpdateManyWithoutUserInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
};
export type LiabilityCreateManyAccountInput = {
    liability_id: string;
    user_id: string;
    type: string;
    apr_percentage?: number | null;
    apr_type?: string | null;
    interest_rate_percentage?: number | null;
    minimum_payment_amount: number;
    last_payment_amount?: number | null;
    last_payment_date?: string | null;
    last_statement_balance?: number | null;
    next_payment_due_date?: string | null;
    is_overdue: boolean;
};
export type LiabilityUpdateWithoutAccountInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
    user?: Prisma.UserUpdateOneRequiredWithoutLiabilitiesNestedInput;
};
export type LiabilityUncheckedUpdateWithoutAccountInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
};
export type LiabilityUncheckedUpdateManyWithoutAccountInput = {
    liability_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    apr_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    apr_type?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    interest_rate_percentage?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    minimum_payment_amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    last_payment_amount?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    last_payment_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    last_statement_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    next_payment_due_date?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    is_overdue?: Prisma.BoolFieldUpdateOperationsInput | boolean;
};
export type LiabilitySelect<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    liability_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    apr_percentage?: boolean;
    apr_type?: boolean;
    interest_rate_percentage?: boolean;
    minimum_payment_amount?: boolean;
    last_payment_amount?: boolean;
    last_payment_date?: boolean;
    last_statement_balance?: boolean;
    next_payment_due_date?: boolean;
    is_overdue?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["liability"]>;
export type LiabilitySelectCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    liability_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    apr_percentage?: boolean;
    apr_type?: boolean;
    interest_rate_percentage?: boolean;
    minimum_payment_amount?: boolean;
    last_payment_amount?: boolean;
    last_payment_date?: boolean;
    last_statement_balance?: boolean;
    next_payment_due_date?: boolean;
    is_overdue?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["liability"]>;
export type LiabilitySelectUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    liability_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    apr_percentage?: boolean;
    apr_type?: boolean;
    interest_rate_percentage?: boolean;
    minimum_payment_amount?: boolean;
    last_payment_amount?: boolean;
    last_payment_date?: boolean;
    last_statement_balance?: boolean;
    next_payment_due_date?: boolean;
    is_overdue?: boolean;
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["liability"]>;
export type LiabilitySelectScalar = {
    liability_id?: boolean;
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    apr_percentage?: boolean;
    apr_type?: boolean;
    interest_rate_percentage?: boolean;
    minimum_payment_amount?: boolean;
    last_payment_amount?: boolean;
    last_payment_date?: boolean;
    last_statement_balance?: boolean;
    next_payment_due_date?: boolean;
    is_overdue?: boolean;
};
export type LiabilityOmit<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetOmit<"liability_id" | "account_id" | "user_id" | "type" | "apr_percentage" | "apr_type" | "interest_rate_percentage" | "minimum_payment_amount" | "last_payment_amount" | "last_payment_date" | "last_statement_balance" | "next_payment_due_date" | "is_overdue", ExtArgs["result"]["liability"]>;
export type LiabilityInclude<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type LiabilityIncludeCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type LiabilityIncludeUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    account?: boolean | Prisma.AccountDefaultArgs<ExtArgs>;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type $LiabilityPayload<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    name: "Liability";
    objects: {
        account: Prisma.$AccountPayload<ExtArgs>;
        user: Prisma.$UserPayload<ExtArgs>;
    };
    scalars: runtime.Types.Extensions.GetPayloadResult<{
        liability_id: string;
        account_id: string;
        user_id: string;
        type: string;
        apr_percentage: number | null;
        apr_type: string | null;
        interest_rate_percentage: number | null;
        minimum_payment_amount: number;
        last_payment_amount: number | null;
        last_payment_date: string | null;
        last_statement_balance: number | null;
        next_payment_due_date: string | null;
        is_overdue: boolean;
    }, ExtArgs["result"]["liability"]>;
    composites: {};
};
export type LiabilityGetPayload<S extends boolean | null | undefined | LiabilityDefaultArgs> = runtime.Types.Result.GetResult<Prisma.$LiabilityPayload, S>;
export type LiabilityCountArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = Omit<LiabilityFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: LiabilityCountAggregateInputType | true;
};
export interface LiabilityDelegate<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: {
        types: Prisma.TypeMap<ExtArgs>['model']['Liability'];
        meta: {
            name: 'Liability';
        };
    };
    /**
     * Find zero or one Liability that matches the filter.
     * @param {LiabilityFindUniqueArgs} args - Arguments to find a Liability
     * @example
     * // Get one Liability
     * const liability = await prisma.liability.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends LiabilityFindUniqueArgs>(args: Prisma.SelectSubset<T, LiabilityFindUniqueArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find one Liability that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {LiabilityFindUniqueOrThrowArgs} args - Arguments to find a Liability
     * @example
     * // Get one Liability
     * const liability = await prisma.liability.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends LiabilityFindUniqueOrThrowArgs>(args: Prisma.SelectSubset<T, LiabilityFindUniqueOrThrowArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first Liability that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LiabilityFindFirstArgs} args - Arguments to find a Liability
     * @example
     * // Get one Liability
     * const liability = await prisma.liability.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends LiabilityFindFirstArgs>(args?: Prisma.SelectSubset<T, LiabilityFindFirstArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first Liability that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LiabilityFindFirstOrThrowArgs} args - Arguments to find a Liability
     * @example
     * // Get one Liability
     * const liability = await prisma.liability.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends LiabilityFindFirstOrThrowArgs>(args?: Prisma.SelectSubset<T, LiabilityFindFirstOrThrowArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find zero or more Liabilities that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LiabilityFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Liabilities
     * const liabilities = await prisma.liability.findMany()
     *
     * // Get first 10 Liabilities
     * const liabilities = await prisma.liability.findMany({ take: 10 })
     *
     * // Only select the `liability_id`
     * const liabilityWithLiability_idOnly = await prisma.liability.findMany({ select: { liability_id: true } })
     *
     */
    findMany<T extends LiabilityFindManyArgs>(args?: Prisma.SelectSubset<T, LiabilityFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>;
    /**
     * Create a Liability.
     * @param {LiabilityCreateArgs} args - Arguments to create a Liability.
     * @example
     * // Create one Liability
     * const Liability = await prisma.liability.create({
     *   data: {
     *     // ... data to create a Liability
     *   }
     * })
     *
     */
    create<T extends LiabilityCreateArgs>(args: Prisma.SelectSubset<T, LiabilityCreateArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Create many Liabilities.
     * @param {LiabilityCreateManyArgs} args - Arguments to create many Liabilities.
     * @example
     * // Create many Liabilities
     * const liability = await prisma.liability.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     */
    createMany<T extends LiabilityCreateManyArgs>(args?: Prisma.SelectSubset<T, LiabilityCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Create many Liabilities and returns the data saved in the database.
     * @param {LiabilityCreateManyAndReturnArgs} args - Arguments to create many Liabilities.
     * @example
     * // Create many Liabilities
     * const liability = await prisma.liability.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Create many Liabilities and only return the `liability_id`
     * const liabilityWithLiability_idOnly = await prisma.liability.createManyAndReturn({
     *   select: { liability_id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     *
     */
    createManyAndReturn<T extends LiabilityCreateManyAndReturnArgs>(args?: Prisma.SelectSubset<T, LiabilityCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>;
    /**
     * Delete a Liability.
     * @param {LiabilityDeleteArgs} args - Arguments to delete one Liability.
     * @example
     * // Delete one Liability
     * const Liability = await prisma.liability.delete({
     *   where: {
     *     // ... filter to delete one Liability
     *   }
     * })
     *
     */
    delete<T extends LiabilityDeleteArgs>(args: Prisma.SelectSubset<T, LiabilityDeleteArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Update one Liability.
     * @param {LiabilityUpdateArgs} args - Arguments to update one Liability.
     * @example
     * // Update one Liability
     * const liability = await prisma.liability.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    update<T extends LiabilityUpdateArgs>(args: Prisma.SelectSubset<T, LiabilityUpdateArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Delete zero or more Liabilities.
     * @param {LiabilityDeleteManyArgs} args - Arguments to filter Liabilities to delete.
     * @example
     * // Delete a few Liabilities
     * const { count } = await prisma.liability.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     *
     */
    deleteMany<T extends LiabilityDeleteManyArgs>(args?: Prisma.SelectSubset<T, LiabilityDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more Liabilities.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LiabilityUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Liabilities
     * const liability = await prisma.liability.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    updateMany<T extends LiabilityUpdateManyArgs>(args: Prisma.SelectSubset<T, LiabilityUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more Liabilities and returns the data updated in the database.
     * @param {LiabilityUpdateManyAndReturnArgs} args - Arguments to update many Liabilities.
     * @example
     * // Update many Liabilities
     * const liability = await prisma.liability.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Update zero or more Liabilities and only return the `liability_id`
     * const liabilityWithLiability_idOnly = await prisma.liability.updateManyAndReturn({
     *   select: { liability_id: true },
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
    updateManyAndReturn<T extends LiabilityUpdateManyAndReturnArgs>(args: Prisma.SelectSubset<T, LiabilityUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>;
    /**
     * Create or update one Liability.
     * @param {LiabilityUpsertArgs} args - Arguments to update or create a Liability.
     * @example
     * // Update or create a Liability
     * const liability = await prisma.liability.upsert({
     *   create: {
     *     // ... data to create a Liability
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Liability we want to update
     *   }
     * })
     */
    upsert<T extends LiabilityUpsertArgs>(args: Prisma.SelectSubset<T, LiabilityUpsertArgs<ExtArgs>>): Prisma.Prisma__LiabilityClient<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Count the number of Liabilities.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LiabilityCountArgs} args - Arguments to filter Liabilities to count.
     * @example
     * // Count the number of Liabilities
     * const count = await prisma.liability.count({
     *   where: {
     *     // ... the filter for the Liabilities we want to count
     *   }
     * })
    **/
    count<T extends LiabilityCountArgs>(args?: Prisma.Subset<T, LiabilityCountArgs>): Prisma.PrismaPromise<T extends runtime.Types.Utils.Record<'select', any> ? T['select'] extends true ? number : Prisma.GetScalarType<T['select'], LiabilityCountAggregateOutputType> : number>;
    /**
     * Allows you to perform aggregations operations on a Liability.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LiabilityAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
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
    aggregate<T extends LiabilityAggregateArgs>(args: Prisma.Subset<T, LiabilityAggregateArgs>): Prisma.PrismaPromise<GetLiabilityAggregateType<T>>;
    /**
     * Group by Liability.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LiabilityGroupByArgs} args - Group by arguments.
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
    groupBy<T extends LiabilityGroupByArgs, HasSelectOrTake extends Prisma.Or<Prisma.Extends<'skip', Prisma.Keys<T>>, Prisma.Extends<'take', Prisma.Keys<T>>>, OrderByArg extends Prisma.True extends HasSelectOrTake ? {
        orderBy: LiabilityGroupByArgs['orderBy'];
    } : {
        orderBy?: LiabilityGroupByArgs['orderBy'];
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
    }[OrderFields]>(args: Prisma.SubsetIntersection<T, LiabilityGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetLiabilityGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>;
    /**
     * Fields of the Liability model
     */
    readonly fields: LiabilityFieldRefs;
}
/**
 * The delegate class that acts as a "Promise-like" for Liability.
 * Why is this prefixed with `Prisma__`?
 * Because we want to prevent naming conflicts as mentioned in
 * https://github.com/prisma/prisma-client-js/issues/707
 */
export interface Prisma__LiabilityClient<T, Null = never, ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
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
 * Fields of the Liability model
 */
export interface LiabilityFieldRefs {
    readonly liability_id: Prisma.FieldRef<"Liability", 'String'>;
    readonly account_id: Prisma.FieldRef<"Liability", 'String'>;
    readonly user_id: Prisma.FieldRef<"Liability", 'String'>;
    readonly type: Prisma.FieldRef<"Liability", 'String'>;
    readonly apr_percentage: Prisma.FieldRef<"Liability", 'Float'>;
    readonly apr_type: Prisma.FieldRef<"Liability", 'String'>;
    readonly interest_rate_percentage: Prisma.FieldRef<"Liability", 'Float'>;
    readonly minimum_payment_amount: Prisma.FieldRef<"Liability", 'Float'>;
    readonly last_payment_amount: Prisma.FieldRef<"Liability", 'Float'>;
    readonly last_payment_date: Prisma.FieldRef<"Liability", 'String'>;
    readonly last_statement_balance: Prisma.FieldRef<"Liability", 'Float'>;
    readonly next_payment_due_date: Prisma.FieldRef<"Liability", 'String'>;
    readonly is_overdue: Prisma.FieldRef<"Liability", 'Boolean'>;
}
/**
 * Liability findUnique
 */
export type LiabilityFindUniqueArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * Filter, which Liability to fetch.
     */
    where: Prisma.LiabilityWhereUniqueInput;
};
/**
 * Liability findUniqueOrThrow
 */
export type LiabilityFindUniqueOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * Filter, which Liability to fetch.
     */
    where: Prisma.LiabilityWhereUniqueInput;
};
/**
 * Liability findFirst
 */
export type LiabilityFindFirstArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * Filter, which Liability to fetch.
     */
    where?: Prisma.LiabilityWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Liabilities to fetch.
     */
    orderBy?: Prisma.LiabilityOrderByWithRelationInput | Prisma.LiabilityOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for Liabilities.
     */
    cursor?: Prisma.LiabilityWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Liabilities from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Liabilities.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of Liabilities.
     */
    distinct?: Prisma.LiabilityScalarFieldEnum | Prisma.LiabilityScalarFieldEnum[];
};
/**
 * Liability findFirstOrThrow
 */
export type LiabilityFindFirstOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * Filter, which Liability to fetch.
     */
    where?: Prisma.LiabilityWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Liabilities to fetch.
     */
    orderBy?: Prisma.LiabilityOrderByWithRelationInput | Prisma.LiabilityOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for Liabilities.
     */
    cursor?: Prisma.LiabilityWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Liabilities from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Liabilities.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of Liabilities.
     */
    distinct?: Prisma.LiabilityScalarFieldEnum | Prisma.LiabilityScalarFieldEnum[];
};
/**
 * Liability findMany
 */
export type LiabilityFindManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * Filter, which Liabilities to fetch.
     */
    where?: Prisma.LiabilityWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Liabilities to fetch.
     */
    orderBy?: Prisma.LiabilityOrderByWithRelationInput | Prisma.LiabilityOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for listing Liabilities.
     */
    cursor?: Prisma.LiabilityWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Liabilities from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Liabilities.
     */
    skip?: number;
    distinct?: Prisma.LiabilityScalarFieldEnum | Prisma.LiabilityScalarFieldEnum[];
};
/**
 * Liability create
 */
export type LiabilityCreateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * The data needed to create a Liability.
     */
    data: Prisma.XOR<Prisma.LiabilityCreateInput, Prisma.LiabilityUncheckedCreateInput>;
};
/**
 * Liability createMany
 */
export type LiabilityCreateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to create many Liabilities.
     */
    data: Prisma.LiabilityCreateManyInput | Prisma.LiabilityCreateManyInput[];
};
/**
 * Liability createManyAndReturn
 */
export type LiabilityCreateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelectCreateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * The data used to create many Liabilities.
     */
    data: Prisma.LiabilityCreateManyInput | Prisma.LiabilityCreateManyInput[];
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityIncludeCreateManyAndReturn<ExtArgs> | null;
};
/**
 * Liability update
 */
export type LiabilityUpdateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * The data needed to update a Liability.
     */
    data: Prisma.XOR<Prisma.LiabilityUpdateInput, Prisma.LiabilityUncheckedUpdateInput>;
    /**
     * Choose, which Liability to update.
     */
    where: Prisma.LiabilityWhereUniqueInput;
};
/**
 * Liability updateMany
 */
export type LiabilityUpdateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to update Liabilities.
     */
    data: Prisma.XOR<Prisma.LiabilityUpdateManyMutationInput, Prisma.LiabilityUncheckedUpdateManyInput>;
    /**
     * Filter which Liabilities to update
     */
    where?: Prisma.LiabilityWhereInput;
    /**
     * Limit how many Liabilities to update.
     */
    limit?: number;
};
/**
 * Liability updateManyAndReturn
 */
export type LiabilityUpdateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelectUpdateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * The data used to update Liabilities.
     */
    data: Prisma.XOR<Prisma.LiabilityUpdateManyMutationInput, Prisma.LiabilityUncheckedUpdateManyInput>;
    /**
     * Filter which Liabilities to update
     */
    where?: Prisma.LiabilityWhereInput;
    /**
     * Limit how many Liabilities to update.
     */
    limit?: number;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityIncludeUpdateManyAndReturn<ExtArgs> | null;
};
/**
 * Liability upsert
 */
export type LiabilityUpsertArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * The filter to search for the Liability to update in case it exists.
     */
    where: Prisma.LiabilityWhereUniqueInput;
    /**
     * In case the Liability found by the `where` argument doesn't exist, create a new Liability with this data.
     */
    create: Prisma.XOR<Prisma.LiabilityCreateInput, Prisma.LiabilityUncheckedCreateInput>;
    /**
     * In case the Liability was found with the provided `where` argument, update it with this data.
     */
    update: Prisma.XOR<Prisma.LiabilityUpdateInput, Prisma.LiabilityUncheckedUpdateInput>;
};
/**
 * Liability delete
 */
export type LiabilityDeleteArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
    /**
     * Filter which Liability to delete.
     */
    where: Prisma.LiabilityWhereUniqueInput;
};
/**
 * Liability deleteMany
 */
export type LiabilityDeleteManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which Liabilities to delete
     */
    where?: Prisma.LiabilityWhereInput;
    /**
     * Limit how many Liabilities to delete.
     */
    limit?: number;
};
/**
 * Liability without action
 */
export type LiabilityDefaultArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Liability
     */
    select?: Prisma.LiabilitySelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Liability
     */
    omit?: Prisma.LiabilityOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LiabilityInclude<ExtArgs> | null;
};
export {};
//# sourceMappingURL=Liability.d.ts.map