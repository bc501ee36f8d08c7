import type * as runtime from "@prisma/client/runtime/client";
import type * as Prisma from "../internal/prismaNamespace.ts";
/**
 * Model Account
 *
 */
export type AccountModel = runtime.Types.Result.DefaultSelection<Prisma.$AccountPayload>;
export type AggregateAccount = {
    _count: AccountCountAggregateOutputType | null;
    _avg: AccountAvgAggregateOutputType | null;
    _sum: AccountSumAggregateOutputType | null;
    _min: AccountMinAggregateOutputType | null;
    _max: AccountMaxAggregateOutputType | null;
};
export type AccountAvgAggregateOutputType = {
    current_balance: number | null;
    available_balance: number | null;
    credit_limit: number | null;
    opening_balance: number | null;
};
export type AccountSumAggregateOutputType = {
    current_balance: number | null;
    available_balance: number | null;
    credit_limit: number | null;
    opening_balance: number | null;
};
export type AccountMinAggregateOutputType = {
    account_id: string | null;
    user_id: string | null;
    type: string | null;
    subtype: string | null;
    name: string | null;
    official_name: string | null;
    mask: string | null;
    current_balance: number | null;
    available_balance: number | null;
    credit_limit: number | null;
    iso_currency_code: string | null;
    opening_balance: number | null;
};
export type AccountMaxAggregateOutputType = {
    account_id: string | null;
    user_id: string | null;
    type: string | null;
    subtype: string | null;
    name: string | null;
    official_name: string | null;
    mask: string | null;
    current_balance: number | null;
    available_balance: number | null;
    credit_limit: number | null;
    iso_currency_code: string | null;
    opening_balance: number | null;
};
export type AccountCountAggregateOutputType = {
    account_id: number;
    user_id: number;
    type: number;
    subtype: number;
    name: number;
    official_name: number;
    mask: number;
    current_balance: number;
    available_balance: number;
    credit_limit: number;
    iso_currency_code: number;
    opening_balance: number;
    _all: number;
};
export type AccountAvgAggregateInputType = {
    current_balance?: true;
    available_balance?: true;
    credit_limit?: true;
    opening_balance?: true;
};
export type AccountSumAggregateInputType = {
    current_balance?: true;
    available_balance?: true;
    credit_limit?: true;
    opening_balance?: true;
};
export type AccountMinAggregateInputType = {
    account_id?: true;
    user_id?: true;
    type?: true;
    subtype?: true;
    name?: true;
    official_name?: true;
    mask?: true;
    current_balance?: true;
    available_balance?: true;
    credit_limit?: true;
    iso_currency_code?: true;
    opening_balance?: true;
};
export type AccountMaxAggregateInputType = {
    account_id?: true;
    user_id?: true;
    type?: true;
    subtype?: true;
    name?: true;
    official_name?: true;
    mask?: true;
    current_balance?: true;
    available_balance?: true;
    credit_limit?: true;
    iso_currency_code?: true;
    opening_balance?: true;
};
export type AccountCountAggregateInputType = {
    account_id?: true;
    user_id?: true;
    type?: true;
    subtype?: true;
    name?: true;
    official_name?: true;
    mask?: true;
    current_balance?: true;
    available_balance?: true;
    credit_limit?: true;
    iso_currency_code?: true;
    opening_balance?: true;
    _all?: true;
};
export type AccountAggregateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which Account to aggregate.
     */
    where?: Prisma.AccountWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Accounts to fetch.
     */
    orderBy?: Prisma.AccountOrderByWithRelationInput | Prisma.AccountOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the start position
     */
    cursor?: Prisma.AccountWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Accounts.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Count returned Accounts
    **/
    _count?: true | AccountCountAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to average
    **/
    _avg?: AccountAvgAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to sum
    **/
    _sum?: AccountSumAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the minimum value
    **/
    _min?: AccountMinAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the maximum value
    **/
    _max?: AccountMaxAggregateInputType;
};
export type GetAccountAggregateType<T extends AccountAggregateArgs> = {
    [P in keyof T & keyof AggregateAccount]: P extends '_count' | 'count' ? T[P] extends true ? number : Prisma.GetScalarType<T[P], AggregateAccount[P]> : Prisma.GetScalarType<T[P], AggregateAccount[P]>;
};
export type AccountGroupByArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.AccountWhereInput;
    orderBy?: Prisma.AccountOrderByWithAggregationInput | Prisma.AccountOrderByWithAggregationInput[];
    by: Prisma.AccountScalarFieldEnum[] | Prisma.AccountScalarFieldEnum;
    having?: Prisma.AccountScalarWhereWithAggregatesInput;
    take?: number;
    skip?: number;
    _count?: AccountCountAggregateInputType | true;
    _avg?: AccountAvgAggregateInputType;
    _sum?: AccountSumAggregateInputType;
    _min?: AccountMinAggregateInputType;
    _max?: AccountMaxAggregateInputType;
};
export type AccountGroupByOutputType = {
    account_id: string;
    user_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name: string | null;
    mask: string;
    current_balance: number;
    available_balance: number | null;
    credit_limit: number | null;
    iso_currency_code: string;
    opening_balance: number;
    _count: AccountCountAggregateOutputType | null;
    _avg: AccountAvgAggregateOutputType | null;
    _sum: AccountSumAggregateOutputType | null;
    _min: AccountMinAggregateOutputType | null;
    _max: AccountMaxAggregateOutputType | null;
};
type GetAccountGroupByPayload<T extends AccountGroupByArgs> = Prisma.PrismaPromise<Array<Prisma.PickEnumerable<AccountGroupByOutputType, T['by']> & {
    [P in ((keyof T) & (keyof AccountGroupByOutputType))]: P extends '_count' ? T[P] extends boolean ? number : Prisma.GetScalarType<T[P], AccountGroupByOutputType[P]> : Prisma.GetScalarType<T[P], AccountGroupByOutputType[P]>;
}>>;
export type AccountWhereInput = {
    AND?: Prisma.AccountWhereInput | Prisma.AccountWhereInput[];
    OR?: Prisma.AccountWhereInput[];
    NOT?: Prisma.AccountWhereInput | Prisma.AccountWhereInput[];
    account_id?: Prisma.StringFilter<"Account"> | string;
    user_id?: Prisma.StringFilter<"Account"> | string;
    type?: Prisma.StringFilter<"Account"> | string;
    subtype?: Prisma.StringFilter<"Account"> | string;
    name?: Prisma.StringFilter<"Account"> | string;
    official_name?: Prisma.StringNullableFilter<"Account"> | string | null;
    mask?: Prisma.StringFilter<"Account"> | string;
    current_balance?: Prisma.FloatFilter<"Account"> | number;
    available_balance?: Prisma.FloatNullableFilter<"Account"> | number | null;
    credit_limit?: Prisma.FloatNullableFilter<"Account"> | number | null;
    iso_currency_code?: Prisma.StringFilter<"Account"> | string;
    opening_balance?: Prisma.FloatFilter<"Account"> | number;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
    transactions?: Prisma.TransactionListRelationFilter;
    liabilities?: Prisma.LiabilityListRelationFilter;
    recurringStreams?: Prisma.RecurringStreamListRelationFilter;
};
export type AccountOrderByWithRelationInput = {
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    subtype?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    official_name?: Prisma.SortOrderInput | Prisma.SortOrder;
    mask?: Prisma.SortOrder;
    current_balance?: Prisma.SortOrder;
    available_balance?: Prisma.SortOrderInput | Prisma.SortOrder;
    credit_limit?: Prisma.SortOrderInput | Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    opening_balance?: Prisma.SortOrder;
    user?: Prisma.UserOrderByWithRelationInput;
    transactions?: Prisma.TransactionOrderByRelationAggregateInput;
    liabilities?: Prisma.LiabilityOrderByRelationAggregateInput;
    recurringStreams?: Prisma.RecurringStreamOrderByRelationAggregateInput;
};
export type AccountWhereUniqueInput = Prisma.AtLeast<{
    account_id?: string;
    AND?: Prisma.AccountWhereInput | Prisma.AccountWhereInput[];
    OR?: Prisma.AccountWhereInput[];
    NOT?: Prisma.AccountWhereInput | Prisma.AccountWhereInput[];
    user_id?: Prisma.StringFilter<"Account"> | string;
    type?: Prisma.StringFilter<"Account"> | string;
    subtype?: Prisma.StringFilter<"Account"> | string;
    name?: Prisma.StringFilter<"Account"> | string;
    official_name?: Prisma.StringNullableFilter<"Account"> | string | null;
    mask?: Prisma.StringFilter<"Account"> | string;
    current_balance?: Prisma.FloatFilter<"Account"> | number;
    available_balance?: Prisma.FloatNullableFilter<"Account"> | number | null;
    credit_limit?: Prisma.FloatNullableFilter<"Account"> | number | null;
    iso_currency_code?: Prisma.StringFilter<"Account"> | string;
    opening_balance?: Prisma.FloatFilter<"Account"> | number;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
    transactions?: Prisma.TransactionListRelationFilter;
    liabilities?: Prisma.LiabilityListRelationFilter;
    recurringStreams?: Prisma.RecurringStreamListRelationFilter;
}, "account_id">;
export type AccountOrderByWithAggregationInput = {
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    subtype?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    official_name?: Prisma.SortOrderInput | Prisma.SortOrder;
    mask?: Prisma.SortOrder;
    current_balance?: Prisma.SortOrder;
    available_balance?: Prisma.SortOrderInput | Prisma.SortOrder;
    credit_limit?: Prisma.SortOrderInput | Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    opening_balance?: Prisma.SortOrder;
    _count?: Prisma.AccountCountOrderByAggregateInput;
    _avg?: Prisma.AccountAvgOrderByAggregateInput;
    _max?: Prisma.AccountMaxOrderByAggregateInput;
    _min?: Prisma.AccountMinOrderByAggregateInput;
    _sum?: Prisma.AccountSumOrderByAggregateInput;
};
export type AccountScalarWhereWithAggregatesInput = {
    AND?: Prisma.AccountScalarWhereWithAggregatesInput | Prisma.AccountScalarWhereWithAggregatesInput[];
    OR?: Prisma.AccountScalarWhereWithAggregatesInput[];
    NOT?: Prisma.AccountScalarWhereWithAggregatesInput | Prisma.AccountScalarWhereWithAggregatesInput[];
    account_id?: Prisma.StringWithAggregatesFilter<"Account"> | string;
    user_id?: Prisma.StringWithAggregatesFilter<"Account"> | string;
    type?: Prisma.StringWithAggregatesFilter<"Account"> | string;
    subtype?: Prisma.StringWithAggregatesFilter<"Account"> | string;
    name?: Prisma.StringWithAggregatesFilter<"Account"> | string;
    official_name?: Prisma.StringNullableWithAggregatesFilter<"Account"> | string | null;
    mask?: Prisma.StringWithAggregatesFilter<"Account"> | string;
    current_balance?: Prisma.FloatWithAggregatesFilter<"Account"> | number;
    available_balance?: Prisma.FloatNullableWithAggregatesFilter<"Account"> | number | null;
    credit_limit?: Prisma.FloatNullableWithAggregatesFilter<"Account"> | number | null;
    iso_currency_code?: Prisma.StringWithAggregatesFilter<"Account"> | string;
    opening_balance?: Prisma.FloatWithAggregatesFilter<"Account"> | number;
};
export type AccountCreateInput = {
    account_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    user: Prisma.UserCreateNestedOneWithoutAccountsInput;
    transactions?: Prisma.TransactionCreateNestedManyWithoutAccountInput;
    liabilities?: Prisma.LiabilityCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamCreateNestedManyWithoutAccountInput;
};
export type AccountUncheckedCreateInput = {
    account_id: string;
    user_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    transactions?: Prisma.TransactionUncheckedCreateNestedManyWithoutAccountInput;
    liabilities?: Prisma.LiabilityUncheckedCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedCreateNestedManyWithoutAccountInput;
};
export type AccountUpdateInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    user?: Prisma.UserUpdateOneRequiredWithoutAccountsNestedInput;
    transactions?: Prisma.TransactionUpdateManyWithoutAccountNestedInput;
    liabilities?: Prisma.LiabilityUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUpdateManyWithoutAccountNestedInput;
};
export type AccountUncheckedUpdateInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    transactions?: Prisma.TransactionUncheckedUpdateManyWithoutAccountNestedInput;
    liabilities?: Prisma.LiabilityUncheckedUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedUpdateManyWithoutAccountNestedInput;
};
export type AccountCreateManyInput = {
    account_id: string;
    user_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
};
export type AccountUpdateManyMutationInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
};
export type AccountUncheckedUpdateManyInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
};
export type AccountListRelationFilter = {
    every?: Prisma.AccountWhereInput;
    some?: Prisma.AccountWhereInput;
    none?: Prisma.AccountWhereInput;
};
export type AccountOrderByRelationAggregateInput = {
    _count?: Prisma.SortOrder;
};
export type AccountCountOrderByAggregateInput = {
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    subtype?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    official_name?: Prisma.SortOrder;
    mask?: Prisma.SortOrder;
    current_balance?: Prisma.SortOrder;
    available_balance?: Prisma.SortOrder;
    credit_limit?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    opening_balance?: Prisma.SortOrder;
};
export type AccountAvgOrderByAggregateInput = {
    current_balance?: Prisma.SortOrder;
    available_balance?: Prisma.SortOrder;
    credit_limit?: Prisma.SortOrder;
    opening_balance?: Prisma.SortOrder;
};
export type AccountMaxOrderByAggregateInput = {
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    subtype?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    official_name?: Prisma.SortOrder;
    mask?: Prisma.SortOrder;
    current_balance?: Prisma.SortOrder;
    available_balance?: Prisma.SortOrder;
    credit_limit?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    opening_balance?: Prisma.SortOrder;
};
export type AccountMinOrderByAggregateInput = {
    account_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    type?: Prisma.SortOrder;
    subtype?: Prisma.SortOrder;
    name?: Prisma.SortOrder;
    official_name?: Prisma.SortOrder;
    mask?: Prisma.SortOrder;
    current_balance?: Prisma.SortOrder;
    available_balance?: Prisma.SortOrder;
    credit_limit?: Prisma.SortOrder;
    iso_currency_code?: Prisma.SortOrder;
    opening_balance?: Prisma.SortOrder;
};
export type AccountSumOrderByAggregateInput = {
    current_balance?: Prisma.SortOrder;
    available_balance?: Prisma.SortOrder;
    credit_limit?: Prisma.SortOrder;
    opening_balance?: Prisma.SortOrder;
};
export type AccountScalarRelationFilter = {
    is?: Prisma.AccountWhereInput;
    isNot?: Prisma.AccountWhereInput;
};
export type AccountCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutUserInput, Prisma.AccountUncheckedCreateWithoutUserInput> | Prisma.AccountCreateWithoutUserInput[] | Prisma.AccountUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutUserInput | Prisma.AccountCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.AccountCreateManyUserInputEnvelope;
    connect?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
};
export type AccountUncheckedCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutUserInput, Prisma.AccountUncheckedCreateWithoutUserInput> | Prisma.AccountCreateWithoutUserInput[] | Prisma.AccountUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutUserInput | Prisma.AccountCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.AccountCreateManyUserInputEnvelope;
    connect?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
};
export type AccountUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutUserInput, Prisma.AccountUncheckedCreateWithoutUserInput> | Prisma.AccountCreateWithoutUserInput[] | Prisma.AccountUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutUserInput | Prisma.AccountCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.AccountUpsertWithWhereUniqueWithoutUserInput | Prisma.AccountUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.AccountCreateManyUserInputEnvelope;
    set?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    disconnect?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    delete?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    connect?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    update?: Prisma.AccountUpdateWithWhereUniqueWithoutUserInput | Prisma.AccountUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.AccountUpdateManyWithWhereWithoutUserInput | Prisma.AccountUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.AccountScalarWhereInput | Prisma.AccountScalarWhereInput[];
};
export type AccountUncheckedUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutUserInput, Prisma.AccountUncheckedCreateWithoutUserInput> | Prisma.AccountCreateWithoutUserInput[] | Prisma.AccountUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutUserInput | Prisma.AccountCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.AccountUpsertWithWhereUniqueWithoutUserInput | Prisma.AccountUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.AccountCreateManyUserInputEnvelope;
    set?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    disconnect?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    delete?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    connect?: Prisma.AccountWhereUniqueInput | Prisma.AccountWhereUniqueInput[];
    update?: Prisma.AccountUpdateWithWhereUniqueWithoutUserInput | Prisma.AccountUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.AccountUpdateManyWithWhereWithoutUserInput | Prisma.AccountUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.AccountScalarWhereInput | Prisma.AccountScalarWhereInput[];
};
export type NullableStringFieldUpdateOperationsInput = {
    set?: string | null;
};
export type FloatFieldUpdateOperationsInput = {
    set?: number;
    increment?: number;
    decrement?: number;
    multiply?: number;
    divide?: number;
};
export type NullableFloatFieldUpdateOperationsInput = {
    set?: number | null;
    increment?: number;
    decrement?: number;
    multiply?: number;
    divide?: number;
};
export type AccountCreateNestedOneWithoutTransactionsInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutTransactionsInput, Prisma.AccountUncheckedCreateWithoutTransactionsInput>;
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutTransactionsInput;
    connect?: Prisma.AccountWhereUniqueInput;
};
export type AccountUpdateOneRequiredWithoutTransactionsNestedInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutTransactionsInput, Prisma.AccountUncheckedCreateWithoutTransactionsInput>;
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutTransactionsInput;
    upsert?: Prisma.AccountUpsertWithoutTransactionsInput;
    connect?: Prisma.AccountWhereUniqueInput;
    update?: Prisma.XOR<Prisma.XOR<Prisma.AccountUpdateToOneWithWhereWithoutTransactionsInput, Prisma.AccountUpdateWithoutTransactionsInput>, Prisma.AccountUncheckedUpdateWithoutTransactionsInput>;
};
export type AccountCreateNestedOneWithoutLiabilitiesInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutLiabilitiesInput, Prisma.AccountUncheckedCreateWithoutLiabilitiesInput>;
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutLiabilitiesInput;
    connect?: Prisma.AccountWhereUniqueInput;
};
export type AccountUpdateOneRequiredWithoutLiabilitiesNestedInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutLiabilitiesInput, Prisma.AccountUncheckedCreateWithoutLiabilitiesInput>;
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutLiabilitiesInput;
    upsert?: Prisma.AccountUpsertWithoutLiabilitiesInput;
    connect?: Prisma.AccountWhereUniqueInput;
    update?: Prisma.XOR<Prisma.XOR<Prisma.AccountUpdateToOneWithWhereWithoutLiabilitiesInput, Prisma.AccountUpdateWithoutLiabilitiesInput>, Prisma.AccountUncheckedUpdateWithoutLiabilitiesInput>;
};
export type AccountCreateNestedOneWithoutRecurringStreamsInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutRecurringStreamsInput, Prisma.AccountUncheckedCreateWithoutRecurringStreamsInput>;
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutRecurringStreamsInput;
    connect?: Prisma.AccountWhereUniqueInput;
};
export type AccountUpdateOneRequiredWithoutRecurringStreamsNestedInput = {
    create?: Prisma.XOR<Prisma.AccountCreateWithoutRecurringStreamsInput, Prisma.AccountUncheckedCreateWithoutRecurringStreamsInput>;
    connectOrCreate?: Prisma.AccountCreateOrConnectWithoutRecurringStreamsInput;
    upsert?: Prisma.AccountUpsertWithoutRecurringStreamsInput;
    connect?: Prisma.AccountWhereUniqueInput;
    update?: Prisma.XOR<Prisma.XOR<Prisma.AccountUpdateToOneWithWhereWithoutRecurringStreamsInput, Prisma.AccountUpdateWithoutRecurringStreamsInput>, Prisma.AccountUncheckedUpdateWithoutRecurringStreamsInput>;
};
export type AccountCreateWithoutUserInput = {
    account_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    transactions?: Prisma.TransactionCreateNestedManyWithoutAccountInput;
    liabilities?: Prisma.LiabilityCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamCreateNestedManyWithoutAccountInput;
};
export type AccountUncheckedCreateWithoutUserInput = {
    account_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    transactions?: Prisma.TransactionUncheckedCreateNestedManyWithoutAccountInput;
    liabilities?: Prisma.LiabilityUncheckedCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedCreateNestedManyWithoutAccountInput;
};
export type AccountCreateOrConnectWithoutUserInput = {
    where: Prisma.AccountWhereUniqueInput;
    create: Prisma.XOR<Prisma.AccountCreateWithoutUserInput, Prisma.AccountUncheckedCreateWithoutUserInput>;
};
export type AccountCreateManyUserInputEnvelope = {
    data: Prisma.AccountCreateManyUserInput | Prisma.AccountCreateManyUserInput[];
};
export type AccountUpsertWithWhereUniqueWithoutUserInput = {
    where: Prisma.AccountWhereUniqueInput;
    update: Prisma.XOR<Prisma.AccountUpdateWithoutUserInput, Prisma.AccountUncheckedUpdateWithoutUserInput>;
    create: Prisma.XOR<Prisma.AccountCreateWithoutUserInput, Prisma.AccountUncheckedCreateWithoutUserInput>;
};
export type AccountUpdateWithWhereUniqueWithoutUserInput = {
    where: Prisma.AccountWhereUniqueInput;
    data: Prisma.XOR<Prisma.AccountUpdateWithoutUserInput, Prisma.AccountUncheckedUpdateWithoutUserInput>;
};
export type AccountUpdateManyWithWhereWithoutUserInput = {
    where: Prisma.AccountScalarWhereInput;
    data: Prisma.XOR<Prisma.AccountUpdateManyMutationInput, Prisma.AccountUncheckedUpdateManyWithoutUserInput>;
};
export type AccountScalarWhereInput = {
    AND?: Prisma.AccountScalarWhereInput | Prisma.AccountScalarWhereInput[];
    OR?: Prisma.AccountScalarWhereInput[];
    NOT?: Prisma.AccountScalarWhereInput | Prisma.AccountScalarWhereInput[];
    account_id?: Prisma.StringFilter<"Account"> | string;
    user_id?: Prisma.StringFilter<"Account"> | string;
    type?: Prisma.StringFilter<"Account"> | string;
    subtype?: Prisma.StringFilter<"Account"> | string;
    name?: Prisma.StringFilter<"Account"> | string;
    official_name?: Prisma.StringNullableFilter<"Account"> | string | null;
    mask?: Prisma.StringFilter<"Account"> | string;
    current_balance?: Prisma.FloatFilter<"Account"> | number;
    available_balance?: Prisma.FloatNullableFilter<"Account"> | number | null;
    credit_limit?: Prisma.FloatNullableFilter<"Account"> | number | null;
    iso_currency_code?: Prisma.StringFilter<"Account"> | string;
    opening_balance?: Prisma.FloatFilter<"Account"> | number;
};
export type AccountCreateWithoutTransactionsInput = {
    account_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    user: Prisma.UserCreateNestedOneWithoutAccountsInput;
    liabilities?: Prisma.LiabilityCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamCreateNestedManyWithoutAccountInput;
};
export type AccountUncheckedCreateWithoutTransactionsInput = {
    account_id: string;
    user_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    liabilities?: Prisma.LiabilityUncheckedCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedCreateNestedManyWithoutAccountInput;
};
export type AccountCreateOrConnectWithoutTransactionsInput = {
    where: Prisma.AccountWhereUniqueInput;
    create: Prisma.XOR<Prisma.AccountCreateWithoutTransactionsInput, Prisma.AccountUncheckedCreateWithoutTransactionsInput>;
};
export type AccountUpsertWithoutTransactionsInput = {
    update: Prisma.XOR<Prisma.AccountUpdateWithoutTransactionsInput, Prisma.AccountUncheckedUpdateWithoutTransactionsInput>;
    create: Prisma.XOR<Prisma.AccountCreateWithoutTransactionsInput, Prisma.AccountUncheckedCreateWithoutTransactionsInput>;
    where?: Prisma.AccountWhereInput;
};
export type AccountUpdateToOneWithWhereWithoutTransactionsInput = {
    where?: Prisma.AccountWhereInput;
    data: Prisma.XOR<Prisma.AccountUpdateWithoutTransactionsInput, Prisma.AccountUncheckedUpdateWithoutTransactionsInput>;
};
export type AccountUpdateWithoutTransactionsInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    user?: Prisma.UserUpdateOneRequiredWithoutAccountsNestedInput;
    liabilities?: Prisma.LiabilityUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUpdateManyWithoutAccountNestedInput;
};
export type AccountUncheckedUpdateWithoutTransactionsInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    liabilities?: Prisma.LiabilityUncheckedUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedUpdateManyWithoutAccountNestedInput;
};
export type AccountCreateWithoutLiabilitiesInput = {
    account_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    user: Prisma.UserCreateNestedOneWithoutAccountsInput;
    transactions?: Prisma.TransactionCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamCreateNestedManyWithoutAccountInput;
};
export type AccountUncheckedCreateWithoutLiabilitiesInput = {
    account_id: string;
    user_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    transactions?: Prisma.TransactionUncheckedCreateNestedManyWithoutAccountInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedCreateNestedManyWithoutAccountInput;
};
export type AccountCreateOrConnectWithoutLiabilitiesInput = {
    where: Prisma.AccountWhereUniqueInput;
    create: Prisma.XOR<Prisma.AccountCreateWithoutLiabilitiesInput, Prisma.AccountUncheckedCreateWithoutLiabilitiesInput>;
};
export type AccountUpsertWithoutLiabilitiesInput = {
    update: Prisma.XOR<Prisma.AccountUpdateWithoutLiabilitiesInput, Prisma.AccountUncheckedUpdateWithoutLiabilitiesInput>;
    create: Prisma.XOR<Prisma.AccountCreateWithoutLiabilitiesInput, Prisma.AccountUncheckedCreateWithoutLiabilitiesInput>;
    where?: Prisma.AccountWhereInput;
};
export type AccountUpdateToOneWithWhereWithoutLiabilitiesInput = {
    where?: Prisma.AccountWhereInput;
    data: Prisma.XOR<Prisma.AccountUpdateWithoutLiabilitiesInput, Prisma.AccountUncheckedUpdateWithoutLiabilitiesInput>;
};
export type AccountUpdateWithoutLiabilitiesInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    user?: Prisma.UserUpdateOneRequiredWithoutAccountsNestedInput;
    transactions?: Prisma.TransactionUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUpdateManyWithoutAccountNestedInput;
};
export type AccountUncheckedUpdateWithoutLiabilitiesInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    transactions?: Prisma.TransactionUncheckedUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedUpdateManyWithoutAccountNestedInput;
};
export type AccountCreateWithoutRecurringStreamsInput = {
    account_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    user: Prisma.UserCreateNestedOneWithoutAccountsInput;
    transactions?: Prisma.TransactionCreateNestedManyWithoutAccountInput;
    liabilities?: Prisma.LiabilityCreateNestedManyWithoutAccountInput;
};
export type AccountUncheckedCreateWithoutRecurringStreamsInput = {
    account_id: string;
    user_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
    transactions?: Prisma.TransactionUncheckedCreateNestedManyWithoutAccountInput;
    liabilities?: Prisma.LiabilityUncheckedCreateNestedManyWithoutAccountInput;
};
export type AccountCreateOrConnectWithoutRecurringStreamsInput = {
    where: Prisma.AccountWhereUniqueInput;
    create: Prisma.XOR<Prisma.AccountCreateWithoutRecurringStreamsInput, Prisma.AccountUncheckedCreateWithoutRecurringStreamsInput>;
};
export type AccountUpsertWithoutRecurringStreamsInput = {
    update: Prisma.XOR<Prisma.AccountUpdateWithoutRecurringStreamsInput, Prisma.AccountUncheckedUpdateWithoutRecurringStreamsInput>;
    create: Prisma.XOR<Prisma.AccountCreateWithoutRecurringStreamsInput, Prisma.AccountUncheckedCreateWithoutRecurringStreamsInput>;
    where?: Prisma.AccountWhereInput;
};
export type AccountUpdateToOneWithWhereWithoutRecurringStreamsInput = {
    where?: Prisma.AccountWhereInput;
    data: Prisma.XOR<Prisma.AccountUpdateWithoutRecurringStreamsInput, Prisma.AccountUncheckedUpdateWithoutRecurringStreamsInput>;
};
export type AccountUpdateWithoutRecurringStreamsInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    user?: Prisma.UserUpdateOneRequiredWithoutAccountsNestedInput;
    transactions?: Prisma.TransactionUpdateManyWithoutAccountNestedInput;
    liabilities?: Prisma.LiabilityUpdateManyWithoutAccountNestedInput;
};
export type AccountUncheckedUpdateWithoutRecurringStreamsInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    transactions?: Prisma.TransactionUncheckedUpdateManyWithoutAccountNestedInput;
    liabilities?: Prisma.LiabilityUncheckedUpdateManyWithoutAccountNestedInput;
};
export type AccountCreateManyUserInput = {
    account_id: string;
    type: string;
    subtype: string;
    name: string;
    official_name?: string | null;
    mask: string;
    current_balance: number;
    available_balance?: number | null;
    credit_limit?: number | null;
    iso_currency_code: string;
    opening_balance: number;
};
export type AccountUpdateWithoutUserInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    transactions?: Prisma.TransactionUpdateManyWithoutAccountNestedInput;
    liabilities?: Prisma.LiabilityUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUpdateManyWithoutAccountNestedInput;
};
export type AccountUncheckedUpdateWithoutUserInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    transactions?: Prisma.TransactionUncheckedUpdateManyWithoutAccountNestedInput;
    liabilities?: Prisma.LiabilityUncheckedUpdateManyWithoutAccountNestedInput;
    recurringStreams?: Prisma.RecurringStreamUncheckedUpdateManyWithoutAccountNestedInput;
};
export type AccountUncheckedUpdateManyWithoutUserInput = {
    account_id?: Prisma.StringFieldUpdateOperationsInput | string;
    type?: Prisma.StringFieldUpdateOperationsInput | string;
    subtype?: Prisma.StringFieldUpdateOperationsInput | string;
    name?: Prisma.StringFieldUpdateOperationsInput | string;
    official_name?: Prisma.NullableStringFieldUpdateOperationsInput | string | null;
    mask?: Prisma.StringFieldUpdateOperationsInput | string;
    current_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
    available_balance?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    credit_limit?: Prisma.NullableFloatFieldUpdateOperationsInput | number | null;
    iso_currency_code?: Prisma.StringFieldUpdateOperationsInput | string;
    opening_balance?: Prisma.FloatFieldUpdateOperationsInput | number;
};
/**
 * Count Type AccountCountOutputType
 */
export type AccountCountOutputType = {
    transactions: number;
    liabilities: number;
    recurringStreams: number;
};
export type AccountCountOutputTypeSelect<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    transactions?: boolean | AccountCountOutputTypeCountTransactionsArgs;
    liabilities?: boolean | AccountCountOutputTypeCountLiabilitiesArgs;
    recurringStreams?: boolean | AccountCountOutputTypeCountRecurringStreamsArgs;
};
/**
 * AccountCountOutputType without action
 */
export type AccountCountOutputTypeDefaultArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AccountCountOutputType
     */
    select?: Prisma.AccountCountOutputTypeSelect<ExtArgs> | null;
};
/**
 * AccountCountOutputType without action
 */
export type AccountCountOutputTypeCountTransactionsArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.TransactionWhereInput;
};
/**
 * AccountCountOutputType without action
 */
export type AccountCountOutputTypeCountLiabilitiesArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.LiabilityWhereInput;
};
/**
 * AccountCountOutputType without action
 */
export type AccountCountOutputTypeCountRecurringStreamsArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.RecurringStreamWhereInput;
};
export type AccountSelect<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    subtype?: boolean;
    name?: boolean;
    official_name?: boolean;
    mask?: boolean;
    current_balance?: boolean;
    available_balance?: boolean;
    credit_limit?: boolean;
    iso_currency_code?: boolean;
    opening_balance?: boolean;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
    transactions?: boolean | Prisma.Account$transactionsArgs<ExtArgs>;
    liabilities?: boolean | Prisma.Account$liabilitiesArgs<ExtArgs>;
    recurringStreams?: boolean | Prisma.Account$recurringStreamsArgs<ExtArgs>;
    _count?: boolean | Prisma.AccountCountOutputTypeDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["account"]>;
export type AccountSelectCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    subtype?: boolean;
    name?: boolean;
    official_name?: boolean;
    mask?: boolean;
    current_balance?: boolean;
    available_balance?: boolean;
    credit_limit?: boolean;
    iso_currency_code?: boolean;
    opening_balance?: boolean;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["account"]>;
export type AccountSelectUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    subtype?: boolean;
    name?: boolean;
    official_name?: boolean;
    mask?: boolean;
    current_balance?: boolean;
    available_balance?: boolean;
    credit_limit?: boolean;
    iso_currency_code?: boolean;
    opening_balance?: boolean;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["account"]>;
export type AccountSelectScalar = {
    account_id?: boolean;
    user_id?: boolean;
    type?: boolean;
    subtype?: boolean;
    name?: boolean;
    official_name?: boolean;
    mask?: boolean;
    current_balance?: boolean;
    available_balance?: boolean;
    credit_limit?: boolean;
    iso_currency_code?: boolean;
    opening_balance?: boolean;
};
export type AccountOmit<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetOmit<"account_id" | "user_id" | "type" | "subtype" | "name" | "official_name" | "mask" | "current_balance" | "available_balance" | "credit_limit" | "iso_currency_code" | "opening_balance", ExtArgs["result"]["account"]>;
export type AccountInclude<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
    transactions?: boolean | Prisma.Account$transactionsArgs<ExtArgs>;
    liabilities?: boolean | Prisma.Account$liabilitiesArgs<ExtArgs>;
    recurringStreams?: boolean | Prisma.Account$recurringStreamsArgs<ExtArgs>;
    _count?: boolean | Prisma.AccountCountOutputTypeDefaultArgs<ExtArgs>;
};
export type AccountIncludeCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type AccountIncludeUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type $AccountPayload<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    name: "Account";
    objects: {
        user: Prisma.$UserPayload<ExtArgs>;
        transactions: Prisma.$TransactionPayload<ExtArgs>[];
        liabilities: Prisma.$LiabilityPayload<ExtArgs>[];
        recurringStreams: Prisma.$RecurringStreamPayload<ExtArgs>[];
    };
    scalars: runtime.Types.Extensions.GetPayloadResult<{
        account_id: string;
        user_id: string;
        type: string;
        subtype: string;
        name: string;
        official_name: string | null;
        mask: string;
        current_balance: number;
        available_balance: number | null;
        credit_limit: number | null;
        iso_currency_code: string;
        opening_balance: number;
    }, ExtArgs["result"]["account"]>;
    composites: {};
};
export type AccountGetPayload<S extends boolean | null | undefined | AccountDefaultArgs> = runtime.Types.Result.GetResult<Prisma.$AccountPayload, S>;
export type AccountCountArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = Omit<AccountFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: AccountCountAggregateInputType | true;
};
export interface AccountDelegate<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: {
        types: Prisma.TypeMap<ExtArgs>['model']['Account'];
        meta: {
            name: 'Account';
        };
    };
    /**
     * Find zero or one Account that matches the filter.
     * @param {AccountFindUniqueArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends AccountFindUniqueArgs>(args: Prisma.SelectSubset<T, AccountFindUniqueArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find one Account that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {AccountFindUniqueOrThrowArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends AccountFindUniqueOrThrowArgs>(args: Prisma.SelectSubset<T, AccountFindUniqueOrThrowArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first Account that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountFindFirstArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends AccountFindFirstArgs>(args?: Prisma.SelectSubset<T, AccountFindFirstArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first Account that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountFindFirstOrThrowArgs} args - Arguments to find a Account
     * @example
     * // Get one Account
     * const account = await prisma.account.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends AccountFindFirstOrThrowArgs>(args?: Prisma.SelectSubset<T, AccountFindFirstOrThrowArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find zero or more Accounts that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Accounts
     * const accounts = await prisma.account.findMany()
     *
     * // Get first 10 Accounts
     * const accounts = await prisma.account.findMany({ take: 10 })
     *
     * // Only select the `account_id`
     * const accountWithAccount_idOnly = await prisma.account.findMany({ select: { account_id: true } })
     *
     */
    findMany<T extends AccountFindManyArgs>(args?: Prisma.SelectSubset<T, AccountFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>;
    /**
     * Create a Account.
     * @param {AccountCreateArgs} args - Arguments to create a Account.
     * @example
     * // Create one Account
     * const Account = await prisma.account.create({
     *   data: {
     *     // ... data to create a Account
     *   }
     * })
     *
     */
    create<T extends AccountCreateArgs>(args: Prisma.SelectSubset<T, AccountCreateArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Create many Accounts.
     * @param {AccountCreateManyArgs} args - Arguments to create many Accounts.
     * @example
     * // Create many Accounts
     * const account = await prisma.account.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     */
    createMany<T extends AccountCreateManyArgs>(args?: Prisma.SelectSubset<T, AccountCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Create many Accounts and returns the data saved in the database.
     * @param {AccountCreateManyAndReturnArgs} args - Arguments to create many Accounts.
     * @example
     * // Create many Accounts
     * const account = await prisma.account.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Create many Accounts and only return the `account_id`
     * const accountWithAccount_idOnly = await prisma.account.createManyAndReturn({
     *   select: { account_id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     *
     */
    createManyAndReturn<T extends AccountCreateManyAndReturnArgs>(args?: Prisma.SelectSubset<T, AccountCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>;
    /**
     * Delete a Account.
     * @param {AccountDeleteArgs} args - Arguments to delete one Account.
     * @example
     * // Delete one Account
     * const Account = await prisma.account.delete({
     *   where: {
     *     // ... filter to delete one Account
     *   }
     * })
     *
     */
    delete<T extends AccountDeleteArgs>(args: Prisma.SelectSubset<T, AccountDeleteArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Update one Account.
     * @param {AccountUpdateArgs} args - Arguments to update one Account.
     * @example
     * // Update one Account
     * const account = await prisma.account.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    update<T extends AccountUpdateArgs>(args: Prisma.SelectSubset<T, AccountUpdateArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Delete zero or more Accounts.
     * @param {AccountDeleteManyArgs} args - Arguments to filter Accounts to delete.
     * @example
     * // Delete a few Accounts
     * const { count } = await prisma.account.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     *
     */
    deleteMany<T extends AccountDeleteManyArgs>(args?: Prisma.SelectSubset<T, AccountDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more Accounts.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Accounts
     * const account = await prisma.account.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    updateMany<T extends AccountUpdateManyArgs>(args: Prisma.SelectSubset<T, AccountUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more Accounts and returns the data updated in the database.
     * @param {AccountUpdateManyAndReturnArgs} args - Arguments to update many Accounts.
     * @example
     * // Update many Accounts
     * const account = await prisma.account.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Update zero or more Accounts and only return the `account_id`
     * const accountWithAccount_idOnly = await prisma.account.updateManyAndReturn({
     *   select: { account_id: true },
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
    updateManyAndReturn<T extends AccountUpdateManyAndReturnArgs>(args: Prisma.SelectSubset<T, AccountUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>;
    /**
     * Create or update one Account.
     * @param {AccountUpsertArgs} args - Arguments to update or create a Account.
     * @example
     * // Update or create a Account
     * const account = await prisma.account.upsert({
     *   create: {
     *     // ... data to create a Account
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Account we want to update
     *   }
     * })
     */
    upsert<T extends AccountUpsertArgs>(args: Prisma.SelectSubset<T, AccountUpsertArgs<ExtArgs>>): Prisma.Prisma__AccountClient<runtime.Types.Result.GetResult<Prisma.$AccountPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Count the number of Accounts.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountCountArgs} args - Arguments to filter Accounts to count.
     * @example
     * // Count the number of Accounts
     * const count = await prisma.account.count({
     *   where: {
     *     // ... the filter for the Accounts we want to count
     *   }
     * })
    **/
    count<T extends AccountCountArgs>(args?: Prisma.Subset<T, AccountCountArgs>): Prisma.PrismaPromise<T extends runtime.Types.Utils.Record<'select', any> ? T['select'] extends true ? number : Prisma.GetScalarType<T['select'], AccountCountAggregateOutputType> : number>;
    /**
     * Allows you to perform aggregations operations on a Account.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
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
    aggregate<T extends AccountAggregateArgs>(args: Prisma.Subset<T, AccountAggregateArgs>): Prisma.PrismaPromise<GetAccountAggregateType<T>>;
    /**
     * Group by Account.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AccountGroupByArgs} args - Group by arguments.
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
    groupBy<T extends AccountGroupByArgs, HasSelectOrTake extends Prisma.Or<Prisma.Extends<'skip', Prisma.Keys<T>>, Prisma.Extends<'take', Prisma.Keys<T>>>, OrderByArg extends Prisma.True extends HasSelectOrTake ? {
        orderBy: AccountGroupByArgs['orderBy'];
    } : {
        orderBy?: AccountGroupByArgs['orderBy'];
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
    }[OrderFields]>(args: Prisma.SubsetIntersection<T, AccountGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetAccountGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>;
    /**
     * Fields of the Account model
     */
    readonly fields: AccountFieldRefs;
}
/**
 * The delegate class that acts as a "Promise-like" for Account.
 * Why is this prefixed with `Prisma__`?
 * Because we want to prevent naming conflicts as mentioned in
 * https://github.com/prisma/prisma-client-js/issues/707
 */
export interface Prisma__AccountClient<T, Null = never, ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise";
    user<T extends Prisma.UserDefaultArgs<ExtArgs> = {}>(args?: Prisma.Subset<T, Prisma.UserDefaultArgs<ExtArgs>>): Prisma.Prisma__UserClient<runtime.Types.Result.GetResult<Prisma.$UserPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>;
    transactions<T extends Prisma.Account$transactionsArgs<ExtArgs> = {}>(args?: Prisma.Subset<T, Prisma.Account$transactionsArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$TransactionPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>;
    liabilities<T extends Prisma.Account$liabilitiesArgs<ExtArgs> = {}>(args?: Prisma.Subset<T, Prisma.Account$liabilitiesArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$LiabilityPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>;
    recurringStreams<T extends Prisma.Account$recurringStreamsArgs<ExtArgs> = {}>(args?: Prisma.Subset<T, Prisma.Account$recurringStreamsArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$RecurringStreamPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>;
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
 * Fields of the Account model
 */
export interface AccountFieldRefs {
    readonly account_id: Prisma.FieldRef<"Account", 'String'>;
    readonly user_id: Prisma.FieldRef<"Account", 'String'>;
    readonly type: Prisma.FieldRef<"Account", 'String'>;
    readonly subtype: Prisma.FieldRef<"Account", 'String'>;
    readonly name: Prisma.FieldRef<"Account", 'String'>;
    readonly official_name: Prisma.FieldRef<"Account", 'String'>;
    readonly mask: Prisma.FieldRef<"Account", 'String'>;
    readonly current_balance: Prisma.FieldRef<"Account", 'Float'>;
    readonly available_balance: Prisma.FieldRef<"Account", 'Float'>;
    readonly credit_limit: Prisma.FieldRef<"Account", 'Float'>;
    readonly iso_currency_code: Prisma.FieldRef<"Account", 'String'>;
    readonly opening_balance: Prisma.FieldRef<"Account", 'Float'>;
}
/**
 * Account findUnique
 */
export type AccountFindUniqueArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * Filter, which Account to fetch.
     */
    where: Prisma.AccountWhereUniqueInput;
};
/**
 * Account findUniqueOrThrow
 */
export type AccountFindUniqueOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * Filter, which Account to fetch.
     */
    where: Prisma.AccountWhereUniqueInput;
};
/**
 * Account findFirst
 */
export type AccountFindFirstArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * Filter, which Account to fetch.
     */
    where?: Prisma.AccountWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Accounts to fetch.
     */
    orderBy?: Prisma.AccountOrderByWithRelationInput | Prisma.AccountOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for Accounts.
     */
    cursor?: Prisma.AccountWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Accounts.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of Accounts.
     */
    distinct?: Prisma.AccountScalarFieldEnum | Prisma.AccountScalarFieldEnum[];
};
/**
 * Account findFirstOrThrow
 */
export type AccountFindFirstOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * Filter, which Account to fetch.
     */
    where?: Prisma.AccountWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Accounts to fetch.
     */
    orderBy?: Prisma.AccountOrderByWithRelationInput | Prisma.AccountOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for Accounts.
     */
    cursor?: Prisma.AccountWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Accounts.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of Accounts.
     */
    distinct?: Prisma.AccountScalarFieldEnum | Prisma.AccountScalarFieldEnum[];
};
/**
 * Account findMany
 */
export type AccountFindManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * Filter, which Accounts to fetch.
     */
    where?: Prisma.AccountWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of Accounts to fetch.
     */
    orderBy?: Prisma.AccountOrderByWithRelationInput | Prisma.AccountOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for listing Accounts.
     */
    cursor?: Prisma.AccountWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` Accounts from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` Accounts.
     */
    skip?: number;
    distinct?: Prisma.AccountScalarFieldEnum | Prisma.AccountScalarFieldEnum[];
};
/**
 * Account create
 */
export type AccountCreateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * The data needed to create a Account.
     */
    data: Prisma.XOR<Prisma.AccountCreateInput, Prisma.AccountUncheckedCreateInput>;
};
/**
 * Account createMany
 */
export type AccountCreateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to create many Accounts.
     */
    data: Prisma.AccountCreateManyInput | Prisma.AccountCreateManyInput[];
};
/**
 * Account createManyAndReturn
 */
export type AccountCreateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelectCreateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * The data used to create many Accounts.
     */
    data: Prisma.AccountCreateManyInput | Prisma.AccountCreateManyInput[];
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountIncludeCreateManyAndReturn<ExtArgs> | null;
};
/**
 * Account update
 */
export type AccountUpdateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * The data needed to update a Account.
     */
    data: Prisma.XOR<Prisma.AccountUpdateInput, Prisma.AccountUncheckedUpdateInput>;
    /**
     * Choose, which Account to update.
     */
    where: Prisma.AccountWhereUniqueInput;
};
/**
 * Account updateMany
 */
export type AccountUpdateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to update Accounts.
     */
    data: Prisma.XOR<Prisma.AccountUpdateManyMutationInput, Prisma.AccountUncheckedUpdateManyInput>;
    /**
     * Filter which Accounts to update
     */
    where?: Prisma.AccountWhereInput;
    /**
     * Limit how many Accounts to update.
     */
    limit?: number;
};
/**
 * Account updateManyAndReturn
 */
export type AccountUpdateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelectUpdateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * The data used to update Accounts.
     */
    data: Prisma.XOR<Prisma.AccountUpdateManyMutationInput, Prisma.AccountUncheckedUpdateManyInput>;
    /**
     * Filter which Accounts to update
     */
    where?: Prisma.AccountWhereInput;
    /**
     * Limit how many Accounts to update.
     */
    limit?: number;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountIncludeUpdateManyAndReturn<ExtArgs> | null;
};
/**
 * Account upsert
 */
export type AccountUpsertArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * The filter to search for the Account to update in case it exists.
     */
    where: Prisma.AccountWhereUniqueInput;
    /**
     * In case the Account found by the `where` argument doesn't exist, create a new Account with this data.
     */
    create: Prisma.XOR<Prisma.AccountCreateInput, Prisma.AccountUncheckedCreateInput>;
    /**
     * In case the Account was found with the provided `where` argument, update it with this data.
     */
    update: Prisma.XOR<Prisma.AccountUpdateInput, Prisma.AccountUncheckedUpdateInput>;
};
/**
 * Account delete
 */
export type AccountDeleteArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
    /**
     * Filter which Account to delete.
     */
    where: Prisma.AccountWhereUniqueInput;
};
/**
 * Account deleteMany
 */
export type AccountDeleteManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which Accounts to delete
     */
    where?: Prisma.AccountWhereInput;
    /**
     * Limit how many Accounts to delete.
     */
    limit?: number;
};
/**
 * Account.transactions
 */
export type Account$transactionsArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
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
    where?: Prisma.TransactionWhereInput;
    orderBy?: Prisma.TransactionOrderByWithRelationInput | Prisma.TransactionOrderByWithRelationInput[];
    cursor?: Prisma.TransactionWhereUniqueInput;
    take?: number;
    skip?: number;
    distinct?: Prisma.TransactionScalarFieldEnum | Prisma.TransactionScalarFieldEnum[];
};
/**
 * Account.liabilities
 */
export type Account$liabilitiesArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
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
    where?: Prisma.LiabilityWhereInput;
    orderBy?: Prisma.LiabilityOrderByWithRelationInput | Prisma.LiabilityOrderByWithRelationInput[];
    cursor?: Prisma.LiabilityWhereUniqueInput;
    take?: number;
    skip?: number;
    distinct?: Prisma.LiabilityScalarFieldEnum | Prisma.LiabilityScalarFieldEnum[];
};
/**
 * Account.recurringStreams
 */
export type Account$recurringStreamsArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
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
    where?: Prisma.RecurringStreamWhereInput;
    orderBy?: Prisma.RecurringStreamOrderByWithRelationInput | Prisma.RecurringStreamOrderByWithRelationInput[];
    cursor?: Prisma.RecurringStreamWhereUniqueInput;
    take?: number;
    skip?: number;
    distinct?: Prisma.RecurringStreamScalarFieldEnum | Prisma.RecurringStreamScalarFieldEnum[];
};
/**
 * Account without action
 */
export type AccountDefaultArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Account
     */
    select?: Prisma.AccountSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the Account
     */
    omit?: Prisma.AccountOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.AccountInclude<ExtArgs> | null;
};
export {};
//# sourceMappingURL=Account.d.ts.map