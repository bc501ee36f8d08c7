import type * as runtime from "@prisma/client/runtime/client";
import type * as Prisma from "../internal/prismaNamespace.ts";
/**
 * Model LifeEvent
 *
 */
export type LifeEventModel = runtime.Types.Result.DefaultSelection<Prisma.$LifeEventPayload>;
export type AggregateLifeEvent = {
    _count: LifeEventCountAggregateOutputType | null;
    _avg: LifeEventAvgAggregateOutputType | null;
    _sum: LifeEventSumAggregateOutputType | null;
    _min: LifeEventMinAggregateOutputType | null;
    _max: LifeEventMaxAggregateOutputType | null;
};
export type LifeEventAvgAggregateOutputType = {
    amount: number | null;
};
export type LifeEventSumAggregateOutputType = {
    amount: number | null;
};
export type LifeEventMinAggregateOutputType = {
    life_event_id: string | null;
    user_id: string | null;
    kind: string | null;
    start_date: string | null;
    end_date: string | null;
    amount: number | null;
};
export type LifeEventMaxAggregateOutputType = {
    life_event_id: string | null;
    user_id: string | null;
    kind: string | null;
    start_date: string | null;
    end_date: string | null;
    amount: number | null;
};
export type LifeEventCountAggregateOutputType = {
    life_event_id: number;
    user_id: number;
    kind: number;
    start_date: number;
    end_date: number;
    amount: number;
    transaction_ids: number;
    _all: number;
};
export type LifeEventAvgAggregateInputType = {
    amount?: true;
};
export type LifeEventSumAggregateInputType = {
    amount?: true;
};
export type LifeEventMinAggregateInputType = {
    life_event_id?: true;
    user_id?: true;
    kind?: true;
    start_date?: true;
    end_date?: true;
    amount?: true;
};
export type LifeEventMaxAggregateInputType = {
    life_event_id?: true;
    user_id?: true;
    kind?: true;
    start_date?: true;
    end_date?: true;
    amount?: true;
};
export type LifeEventCountAggregateInputType = {
    life_event_id?: true;
    user_id?: true;
    kind?: true;
    start_date?: true;
    end_date?: true;
    amount?: true;
    transaction_ids?: true;
    _all?: true;
};
export type LifeEventAggregateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which LifeEvent to aggregate.
     */
    where?: Prisma.LifeEventWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of LifeEvents to fetch.
     */
    orderBy?: Prisma.LifeEventOrderByWithRelationInput | Prisma.LifeEventOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the start position
     */
    cursor?: Prisma.LifeEventWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` LifeEvents from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` LifeEvents.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Count returned LifeEvents
    **/
    _count?: true | LifeEventCountAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to average
    **/
    _avg?: LifeEventAvgAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to sum
    **/
    _sum?: LifeEventSumAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the minimum value
    **/
    _min?: LifeEventMinAggregateInputType;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     *
     * Select which fields to find the maximum value
    **/
    _max?: LifeEventMaxAggregateInputType;
};
export type GetLifeEventAggregateType<T extends LifeEventAggregateArgs> = {
    [P in keyof T & keyof AggregateLifeEvent]: P extends '_count' | 'count' ? T[P] extends true ? number : Prisma.GetScalarType<T[P], AggregateLifeEvent[P]> : Prisma.GetScalarType<T[P], AggregateLifeEvent[P]>;
};
export type LifeEventGroupByArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    where?: Prisma.LifeEventWhereInput;
    orderBy?: Prisma.LifeEventOrderByWithAggregationInput | Prisma.LifeEventOrderByWithAggregationInput[];
    by: Prisma.LifeEventScalarFieldEnum[] | Prisma.LifeEventScalarFieldEnum;
    having?: Prisma.LifeEventScalarWhereWithAggregatesInput;
    take?: number;
    skip?: number;
    _count?: LifeEventCountAggregateInputType | true;
    _avg?: LifeEventAvgAggregateInputType;
    _sum?: LifeEventSumAggregateInputType;
    _min?: LifeEventMinAggregateInputType;
    _max?: LifeEventMaxAggregateInputType;
};
export type LifeEventGroupByOutputType = {
    life_event_id: string;
    user_id: string;
    kind: string;
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: runtime.JsonValue;
    _count: LifeEventCountAggregateOutputType | null;
    _avg: LifeEventAvgAggregateOutputType | null;
    _sum: LifeEventSumAggregateOutputType | null;
    _min: LifeEventMinAggregateOutputType | null;
    _max: LifeEventMaxAggregateOutputType | null;
};
type GetLifeEventGroupByPayload<T extends LifeEventGroupByArgs> = Prisma.PrismaPromise<Array<Prisma.PickEnumerable<LifeEventGroupByOutputType, T['by']> & {
    [P in ((keyof T) & (keyof LifeEventGroupByOutputType))]: P extends '_count' ? T[P] extends boolean ? number : Prisma.GetScalarType<T[P], LifeEventGroupByOutputType[P]> : Prisma.GetScalarType<T[P], LifeEventGroupByOutputType[P]>;
}>>;
export type LifeEventWhereInput = {
    AND?: Prisma.LifeEventWhereInput | Prisma.LifeEventWhereInput[];
    OR?: Prisma.LifeEventWhereInput[];
    NOT?: Prisma.LifeEventWhereInput | Prisma.LifeEventWhereInput[];
    life_event_id?: Prisma.StringFilter<"LifeEvent"> | string;
    user_id?: Prisma.StringFilter<"LifeEvent"> | string;
    kind?: Prisma.StringFilter<"LifeEvent"> | string;
    start_date?: Prisma.StringFilter<"LifeEvent"> | string;
    end_date?: Prisma.StringFilter<"LifeEvent"> | string;
    amount?: Prisma.FloatFilter<"LifeEvent"> | number;
    transaction_ids?: Prisma.JsonFilter<"LifeEvent">;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
};
export type LifeEventOrderByWithRelationInput = {
    life_event_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    kind?: Prisma.SortOrder;
    start_date?: Prisma.SortOrder;
    end_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    transaction_ids?: Prisma.SortOrder;
    user?: Prisma.UserOrderByWithRelationInput;
};
export type LifeEventWhereUniqueInput = Prisma.AtLeast<{
    life_event_id?: string;
    AND?: Prisma.LifeEventWhereInput | Prisma.LifeEventWhereInput[];
    OR?: Prisma.LifeEventWhereInput[];
    NOT?: Prisma.LifeEventWhereInput | Prisma.LifeEventWhereInput[];
    user_id?: Prisma.StringFilter<"LifeEvent"> | string;
    kind?: Prisma.StringFilter<"LifeEvent"> | string;
    start_date?: Prisma.StringFilter<"LifeEvent"> | string;
    end_date?: Prisma.StringFilter<"LifeEvent"> | string;
    amount?: Prisma.FloatFilter<"LifeEvent"> | number;
    transaction_ids?: Prisma.JsonFilter<"LifeEvent">;
    user?: Prisma.XOR<Prisma.UserScalarRelationFilter, Prisma.UserWhereInput>;
}, "life_event_id">;
export type LifeEventOrderByWithAggregationInput = {
    life_event_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    kind?: Prisma.SortOrder;
    start_date?: Prisma.SortOrder;
    end_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    transaction_ids?: Prisma.SortOrder;
    _count?: Prisma.LifeEventCountOrderByAggregateInput;
    _avg?: Prisma.LifeEventAvgOrderByAggregateInput;
    _max?: Prisma.LifeEventMaxOrderByAggregateInput;
    _min?: Prisma.LifeEventMinOrderByAggregateInput;
    _sum?: Prisma.LifeEventSumOrderByAggregateInput;
};
export type LifeEventScalarWhereWithAggregatesInput = {
    AND?: Prisma.LifeEventScalarWhereWithAggregatesInput | Prisma.LifeEventScalarWhereWithAggregatesInput[];
    OR?: Prisma.LifeEventScalarWhereWithAggregatesInput[];
    NOT?: Prisma.LifeEventScalarWhereWithAggregatesInput | Prisma.LifeEventScalarWhereWithAggregatesInput[];
    life_event_id?: Prisma.StringWithAggregatesFilter<"LifeEvent"> | string;
    user_id?: Prisma.StringWithAggregatesFilter<"LifeEvent"> | string;
    kind?: Prisma.StringWithAggregatesFilter<"LifeEvent"> | string;
    start_date?: Prisma.StringWithAggregatesFilter<"LifeEvent"> | string;
    end_date?: Prisma.StringWithAggregatesFilter<"LifeEvent"> | string;
    amount?: Prisma.FloatWithAggregatesFilter<"LifeEvent"> | number;
    transaction_ids?: Prisma.JsonWithAggregatesFilter<"LifeEvent">;
};
export type LifeEventCreateInput = {
    life_event_id: string;
    kind: string;
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    user: Prisma.UserCreateNestedOneWithoutLifeEventsInput;
};
export type LifeEventUncheckedCreateInput = {
    life_event_id: string;
    user_id: string;
    kind: string;
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventUpdateInput = {
    life_event_id?: Prisma.StringFieldUpdateOperationsInput | string;
    kind?: Prisma.StringFieldUpdateOperationsInput | string;
    start_date?: Prisma.StringFieldUpdateOperationsInput | string;
    end_date?: Prisma.StringFieldUpdateOperationsInput | string;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
    user?: Prisma.UserUpdateOneRequiredWithoutLifeEventsNestedInput;
};
export type LifeEventUncheckedUpdateInput = {
    life_event_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    kind?: Prisma.StringFieldUpdateOperationsInput | string;
    start_date?: Prisma.StringFieldUpdateOperationsInput | string;
    end_date?: Prisma.StringFieldUpdateOperationsInput | string;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventCreateManyInput = {
    life_event_id: string;
    user_id: string;
    kind: string;
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventUpdateManyMutationInput = {
    life_event_id?: Prisma.StringFieldUpdateOperationsInput | string;
    kind?: Prisma.StringFieldUpdateOperationsInput | string;
    start_date?: Prisma.StringFieldUpdateOperationsInput | string;
    end_date?: Prisma.StringFieldUpdateOperationsInput | string;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventUncheckedUpdateManyInput = {
    life_event_id?: Prisma.StringFieldUpdateOperationsInput | string;
    user_id?: Prisma.StringFieldUpdateOperationsInput | string;
    kind?: Prisma.StringFieldUpdateOperationsInput | string;
    start_date?: Prisma.StringFieldUpdateOperationsInput | string;
    end_date?: Prisma.StringFieldUpdateOperationsInput | string;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventListRelationFilter = {
    every?: Prisma.LifeEventWhereInput;
    some?: Prisma.LifeEventWhereInput;
    none?: Prisma.LifeEventWhereInput;
};
export type LifeEventOrderByRelationAggregateInput = {
    _count?: Prisma.SortOrder;
};
export type LifeEventCountOrderByAggregateInput = {
    life_event_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    kind?: Prisma.SortOrder;
    start_date?: Prisma.SortOrder;
    end_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
    transaction_ids?: Prisma.SortOrder;
};
export type LifeEventAvgOrderByAggregateInput = {
    amount?: Prisma.SortOrder;
};
export type LifeEventMaxOrderByAggregateInput = {
    life_event_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    kind?: Prisma.SortOrder;
    start_date?: Prisma.SortOrder;
    end_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
};
export type LifeEventMinOrderByAggregateInput = {
    life_event_id?: Prisma.SortOrder;
    user_id?: Prisma.SortOrder;
    kind?: Prisma.SortOrder;
    start_date?: Prisma.SortOrder;
    end_date?: Prisma.SortOrder;
    amount?: Prisma.SortOrder;
};
export type LifeEventSumOrderByAggregateInput = {
    amount?: Prisma.SortOrder;
};
export type LifeEventCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.LifeEventCreateWithoutUserInput, Prisma.LifeEventUncheckedCreateWithoutUserInput> | Prisma.LifeEventCreateWithoutUserInput[] | Prisma.LifeEventUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LifeEventCreateOrConnectWithoutUserInput | Prisma.LifeEventCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.LifeEventCreateManyUserInputEnvelope;
    connect?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
};
export type LifeEventUncheckedCreateNestedManyWithoutUserInput = {
    create?: Prisma.XOR<Prisma.LifeEventCreateWithoutUserInput, Prisma.LifeEventUncheckedCreateWithoutUserInput> | Prisma.LifeEventCreateWithoutUserInput[] | Prisma.LifeEventUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LifeEventCreateOrConnectWithoutUserInput | Prisma.LifeEventCreateOrConnectWithoutUserInput[];
    createMany?: Prisma.LifeEventCreateManyUserInputEnvelope;
    connect?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
};
export type LifeEventUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.LifeEventCreateWithoutUserInput, Prisma.LifeEventUncheckedCreateWithoutUserInput> | Prisma.LifeEventCreateWithoutUserInput[] | Prisma.LifeEventUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LifeEventCreateOrConnectWithoutUserInput | Prisma.LifeEventCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.LifeEventUpsertWithWhereUniqueWithoutUserInput | Prisma.LifeEventUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.LifeEventCreateManyUserInputEnvelope;
    set?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    disconnect?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    delete?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    connect?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    update?: Prisma.LifeEventUpdateWithWhereUniqueWithoutUserInput | Prisma.LifeEventUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.LifeEventUpdateManyWithWhereWithoutUserInput | Prisma.LifeEventUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.LifeEventScalarWhereInput | Prisma.LifeEventScalarWhereInput[];
};
export type LifeEventUncheckedUpdateManyWithoutUserNestedInput = {
    create?: Prisma.XOR<Prisma.LifeEventCreateWithoutUserInput, Prisma.LifeEventUncheckedCreateWithoutUserInput> | Prisma.LifeEventCreateWithoutUserInput[] | Prisma.LifeEventUncheckedCreateWithoutUserInput[];
    connectOrCreate?: Prisma.LifeEventCreateOrConnectWithoutUserInput | Prisma.LifeEventCreateOrConnectWithoutUserInput[];
    upsert?: Prisma.LifeEventUpsertWithWhereUniqueWithoutUserInput | Prisma.LifeEventUpsertWithWhereUniqueWithoutUserInput[];
    createMany?: Prisma.LifeEventCreateManyUserInputEnvelope;
    set?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    disconnect?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    delete?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    connect?: Prisma.LifeEventWhereUniqueInput | Prisma.LifeEventWhereUniqueInput[];
    update?: Prisma.LifeEventUpdateWithWhereUniqueWithoutUserInput | Prisma.LifeEventUpdateWithWhereUniqueWithoutUserInput[];
    updateMany?: Prisma.LifeEventUpdateManyWithWhereWithoutUserInput | Prisma.LifeEventUpdateManyWithWhereWithoutUserInput[];
    deleteMany?: Prisma.LifeEventScalarWhereInput | Prisma.LifeEventScalarWhereInput[];
};
export type LifeEventCreateWithoutUserInput = {
    life_event_id: string;
    kind: string;
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventUncheckedCreateWithoutUserInput = {
    life_event_id: string;
    kind: string;
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventCreateOrConnectWithoutUserInput = {
    where: Prisma.LifeEventWhereUniqueInput;
    create: Prisma.XOR<Prisma.LifeEventCreateWithoutUserInput, Prisma.LifeEventUncheckedCreateWithoutUserInput>;
};
export type LifeEventCreateManyUserInputEnvelope = {
    data: Prisma.LifeEventCreateManyUserInput | Prisma.LifeEventCreateManyUserInput[];
};
export type LifeEventUpsertWithWhereUniqueWithoutUserInput = {
    where: Prisma.LifeEventWhereUniqueInput;
    update: Prisma.XOR<Prisma.LifeEventUpdateWithoutUserInput, Prisma.LifeEventUncheckedUpdateWithoutUserInput>;
    create: Prisma.XOR<Prisma.LifeEventCreateWithoutUserInput, Prisma.LifeEventUncheckedCreateWithoutUserInput>;
};
export type LifeEventUpdateWithWhereUniqueWithoutUserInput = {
    where: Prisma.LifeEventWhereUniqueInput;
    data: Prisma.XOR<Prisma.LifeEventUpdateWithoutUserInput, Prisma.LifeEventUncheckedUpdateWithoutUserInput>;
};
export type LifeEventUpdateManyWithWhereWithoutUserInput = {
    where: Prisma.LifeEventScalarWhereInput;
    data: Prisma.XOR<Prisma.LifeEventUpdateManyMutationInput, Prisma.LifeEventUncheckedUpdateManyWithoutUserInput>;
};
export type LifeEventScalarWhereInput = {
    AND?: Prisma.LifeEventScalarWhereInput | Prisma.LifeEventScalarWhereInput[];
    OR?: Prisma.LifeEventScalarWhereInput[];
    NOT?: Prisma.LifeEventScalarWhereInput | Prisma.LifeEventScalarWhereInput[];
    life_event_id?: Prisma.StringFilter<"LifeEvent"> | string;
    user_id?: Prisma.StringFilter<"LifeEvent"> | string;
    kind?: Prisma.StringFilter<"LifeEvent"> | string;
    start_date?: Prisma.StringFilter<"LifeEvent"> | string;
    end_date?: Prisma.StringFilter<"LifeEvent"> | string;
    amount?: Prisma.FloatFilter<"LifeEvent"> | number;
    transaction_ids?: Prisma.JsonFilter<"LifeEvent">;
};
export type LifeEventCreateManyUserInput = {
    life_event_id: string;
    kind: string;
    start_date: string;
    end_date: string;
    amount: number;
    transaction_ids: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventUpdateWithoutUserInput = {
    life_event_id?: Prisma.StringFieldUpdateOperationsInput | string;
    kind?: Prisma.StringFieldUpdateOperationsInput | string;
    start_date?: Prisma.StringFieldUpdateOperationsInput | string;
    end_date?: Prisma.StringFieldUpdateOperationsInput | string;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventUncheckedUpdateWithoutUserInput = {
    life_event_id?: Prisma.StringFieldUpdateOperationsInput | string;
    kind?: Prisma.StringFieldUpdateOperationsInput | string;
    start_date?: Prisma.StringFieldUpdateOperationsInput | string;
    end_date?: Prisma.StringFieldUpdateOperationsInput | string;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventUncheckedUpdateManyWithoutUserInput = {
    life_event_id?: Prisma.StringFieldUpdateOperationsInput | string;
    kind?: Prisma.StringFieldUpdateOperationsInput | string;
    start_date?: Prisma.StringFieldUpdateOperationsInput | string;
    end_date?: Prisma.StringFieldUpdateOperationsInput | string;
    amount?: Prisma.FloatFieldUpdateOperationsInput | number;
    transaction_ids?: Prisma.JsonNullValueInput | runtime.InputJsonValue;
};
export type LifeEventSelect<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    life_event_id?: boolean;
    user_id?: boolean;
    kind?: boolean;
    start_date?: boolean;
    end_date?: boolean;
    amount?: boolean;
    transaction_ids?: boolean;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["lifeEvent"]>;
export type LifeEventSelectCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    life_event_id?: boolean;
    user_id?: boolean;
    kind?: boolean;
    start_date?: boolean;
    end_date?: boolean;
    amount?: boolean;
    transaction_ids?: boolean;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["lifeEvent"]>;
export type LifeEventSelectUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetSelect<{
    life_event_id?: boolean;
    user_id?: boolean;
    kind?: boolean;
    start_date?: boolean;
    end_date?: boolean;
    amount?: boolean;
    transaction_ids?: boolean;
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
}, ExtArgs["result"]["lifeEvent"]>;
export type LifeEventSelectScalar = {
    life_event_id?: boolean;
    user_id?: boolean;
    kind?: boolean;
    start_date?: boolean;
    end_date?: boolean;
    amount?: boolean;
    transaction_ids?: boolean;
};
export type LifeEventOmit<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = runtime.Types.Extensions.GetOmit<"life_event_id" | "user_id" | "kind" | "start_date" | "end_date" | "amount" | "transaction_ids", ExtArgs["result"]["lifeEvent"]>;
export type LifeEventInclude<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type LifeEventIncludeCreateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type LifeEventIncludeUpdateManyAndReturn<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    user?: boolean | Prisma.UserDefaultArgs<ExtArgs>;
};
export type $LifeEventPayload<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    name: "LifeEvent";
    objects: {
        user: Prisma.$UserPayload<ExtArgs>;
    };
    scalars: runtime.Types.Extensions.GetPayloadResult<{
        life_event_id: string;
        user_id: string;
        kind: string;
        start_date: string;
        end_date: string;
        amount: number;
        /**
         * JSON array of the transaction ids the event caused
         */
        transaction_ids: runtime.JsonValue;
    }, ExtArgs["result"]["lifeEvent"]>;
    composites: {};
};
export type LifeEventGetPayload<S extends boolean | null | undefined | LifeEventDefaultArgs> = runtime.Types.Result.GetResult<Prisma.$LifeEventPayload, S>;
export type LifeEventCountArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = Omit<LifeEventFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: LifeEventCountAggregateInputType | true;
};
export interface LifeEventDelegate<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: {
        types: Prisma.TypeMap<ExtArgs>['model']['LifeEvent'];
        meta: {
            name: 'LifeEvent';
        };
    };
    /**
     * Find zero or one LifeEvent that matches the filter.
     * @param {LifeEventFindUniqueArgs} args - Arguments to find a LifeEvent
     * @example
     * // Get one LifeEvent
     * const lifeEvent = await prisma.lifeEvent.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends LifeEventFindUniqueArgs>(args: Prisma.SelectSubset<T, LifeEventFindUniqueArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find one LifeEvent that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {LifeEventFindUniqueOrThrowArgs} args - Arguments to find a LifeEvent
     * @example
     * // Get one LifeEvent
     * const lifeEvent = await prisma.lifeEvent.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends LifeEventFindUniqueOrThrowArgs>(args: Prisma.SelectSubset<T, LifeEventFindUniqueOrThrowArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first LifeEvent that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LifeEventFindFirstArgs} args - Arguments to find a LifeEvent
     * @example
     * // Get one LifeEvent
     * const lifeEvent = await prisma.lifeEvent.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends LifeEventFindFirstArgs>(args?: Prisma.SelectSubset<T, LifeEventFindFirstArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>;
    /**
     * Find the first LifeEvent that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LifeEventFindFirstOrThrowArgs} args - Arguments to find a LifeEvent
     * @example
     * // Get one LifeEvent
     * const lifeEvent = await prisma.lifeEvent.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends LifeEventFindFirstOrThrowArgs>(args?: Prisma.SelectSubset<T, LifeEventFindFirstOrThrowArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Find zero or more LifeEvents that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LifeEventFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all LifeEvents
     * const lifeEvents = await prisma.lifeEvent.findMany()
     *
     * // Get first 10 LifeEvents
     * const lifeEvents = await prisma.lifeEvent.findMany({ take: 10 })
     *
     * // Only select the `life_event_id`
     * const lifeEventWithLife_event_idOnly = await prisma.lifeEvent.findMany({ select: { life_event_id: true } })
     *
     */
    findMany<T extends LifeEventFindManyArgs>(args?: Prisma.SelectSubset<T, LifeEventFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>;
    /**
     * Create a LifeEvent.
     * @param {LifeEventCreateArgs} args - Arguments to create a LifeEvent.
     * @example
     * // Create one LifeEvent
     * const LifeEvent = await prisma.lifeEvent.create({
     *   data: {
     *     // ... data to create a LifeEvent
     *   }
     * })
     *
     */
    create<T extends LifeEventCreateArgs>(args: Prisma.SelectSubset<T, LifeEventCreateArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Create many LifeEvents.
     * @param {LifeEventCreateManyArgs} args - Arguments to create many LifeEvents.
     * @example
     * // Create many LifeEvents
     * const lifeEvent = await prisma.lifeEvent.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     */
    createMany<T extends LifeEventCreateManyArgs>(args?: Prisma.SelectSubset<T, LifeEventCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Create many LifeEvents and returns the data saved in the database.
     * @param {LifeEventCreateManyAndReturnArgs} args - Arguments to create many LifeEvents.
     * @example
     * // Create many LifeEvents
     * const lifeEvent = await prisma.lifeEvent.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Create many LifeEvents and only return the `life_event_id`
     * const lifeEventWithLife_event_idOnly = await prisma.lifeEvent.createManyAndReturn({
     *   select: { life_event_id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     *
     */
    createManyAndReturn<T extends LifeEventCreateManyAndReturnArgs>(args?: Prisma.SelectSubset<T, LifeEventCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>;
    /**
     * Delete a LifeEvent.
     * @param {LifeEventDeleteArgs} args - Arguments to delete one LifeEvent.
     * @example
     * // Delete one LifeEvent
     * const LifeEvent = await prisma.lifeEvent.delete({
     *   where: {
     *     // ... filter to delete one LifeEvent
     *   }
     * })
     *
     */
    delete<T extends LifeEventDeleteArgs>(args: Prisma.SelectSubset<T, LifeEventDeleteArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Update one LifeEvent.
     * @param {LifeEventUpdateArgs} args - Arguments to update one LifeEvent.
     * @example
     * // Update one LifeEvent
     * const lifeEvent = await prisma.lifeEvent.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    update<T extends LifeEventUpdateArgs>(args: Prisma.SelectSubset<T, LifeEventUpdateArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Delete zero or more LifeEvents.
     * @param {LifeEventDeleteManyArgs} args - Arguments to filter LifeEvents to delete.
     * @example
     * // Delete a few LifeEvents
     * const { count } = await prisma.lifeEvent.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     *
     */
    deleteMany<T extends LifeEventDeleteManyArgs>(args?: Prisma.SelectSubset<T, LifeEventDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more LifeEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LifeEventUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many LifeEvents
     * const lifeEvent = await prisma.lifeEvent.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     *
     */
    updateMany<T extends LifeEventUpdateManyArgs>(args: Prisma.SelectSubset<T, LifeEventUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<Prisma.BatchPayload>;
    /**
     * Update zero or more LifeEvents and returns the data updated in the database.
     * @param {LifeEventUpdateManyAndReturnArgs} args - Arguments to update many LifeEvents.
     * @example
     * // Update many LifeEvents
     * const lifeEvent = await prisma.lifeEvent.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *
     * // Update zero or more LifeEvents and only return the `life_event_id`
     * const lifeEventWithLife_event_idOnly = await prisma.lifeEvent.updateManyAndReturn({
     *   select: { life_event_id: true },
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
    updateManyAndReturn<T extends LifeEventUpdateManyAndReturnArgs>(args: Prisma.SelectSubset<T, LifeEventUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>;
    /**
     * Create or update one LifeEvent.
     * @param {LifeEventUpsertArgs} args - Arguments to update or create a LifeEvent.
     * @example
     * // Update or create a LifeEvent
     * const lifeEvent = await prisma.lifeEvent.upsert({
     *   create: {
     *     // ... data to create a LifeEvent
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the LifeEvent we want to update
     *   }
     * })
     */
    upsert<T extends LifeEventUpsertArgs>(args: Prisma.SelectSubset<T, LifeEventUpsertArgs<ExtArgs>>): Prisma.Prisma__LifeEventClient<runtime.Types.Result.GetResult<Prisma.$LifeEventPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>;
    /**
     * Count the number of LifeEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LifeEventCountArgs} args - Arguments to filter LifeEvents to count.
     * @example
     * // Count the number of LifeEvents
     * const count = await prisma.lifeEvent.count({
     *   where: {
     *     // ... the filter for the LifeEvents we want to count
     *   }
     * })
    **/
    count<T extends LifeEventCountArgs>(args?: Prisma.Subset<T, LifeEventCountArgs>): Prisma.PrismaPromise<T extends runtime.Types.Utils.Record<'select', any> ? T['select'] extends true ? number : Prisma.GetScalarType<T['select'], LifeEventCountAggregateOutputType> : number>;
    /**
     * Allows you to perform aggregations operations on a LifeEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LifeEventAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
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
    aggregate<T extends LifeEventAggregateArgs>(args: Prisma.Subset<T, LifeEventAggregateArgs>): Prisma.PrismaPromise<GetLifeEventAggregateType<T>>;
    /**
     * Group by LifeEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {LifeEventGroupByArgs} args - Group by arguments.
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
    groupBy<T extends LifeEventGroupByArgs, HasSelectOrTake extends Prisma.Or<Prisma.Extends<'skip', Prisma.Keys<T>>, Prisma.Extends<'take', Prisma.Keys<T>>>, OrderByArg extends Prisma.True extends HasSelectOrTake ? {
        orderBy: LifeEventGroupByArgs['orderBy'];
    } : {
        orderBy?: LifeEventGroupByArgs['orderBy'];
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
    }[OrderFields]>(args: Prisma.SubsetIntersection<T, LifeEventGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetLifeEventGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>;
    /**
     * Fields of the LifeEvent model
     */
    readonly fields: LifeEventFieldRefs;
}
/**
 * The delegate class that acts as a "Promise-like" for LifeEvent.
 * Why is this prefixed with `Prisma__`?
 * Because we want to prevent naming conflicts as mentioned in
 * https://github.com/prisma/prisma-client-js/issues/707
 */
export interface Prisma__LifeEventClient<T, Null = never, ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise";
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
 * Fields of the LifeEvent model
 */
export interface LifeEventFieldRefs {
    readonly life_event_id: Prisma.FieldRef<"LifeEvent", 'String'>;
    readonly user_id: Prisma.FieldRef<"LifeEvent", 'String'>;
    readonly kind: Prisma.FieldRef<"LifeEvent", 'String'>;
    readonly start_date: Prisma.FieldRef<"LifeEvent", 'String'>;
    readonly end_date: Prisma.FieldRef<"LifeEvent", 'String'>;
    readonly amount: Prisma.FieldRef<"LifeEvent", 'Float'>;
    readonly transaction_ids: Prisma.FieldRef<"LifeEvent", 'Json'>;
}
/**
 * LifeEvent findUnique
 */
export type LifeEventFindUniqueArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * Filter, which LifeEvent to fetch.
     */
    where: Prisma.LifeEventWhereUniqueInput;
};
/**
 * LifeEvent findUniqueOrThrow
 */
export type LifeEventFindUniqueOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * Filter, which LifeEvent to fetch.
     */
    where: Prisma.LifeEventWhereUniqueInput;
};
/**
 * LifeEvent findFirst
 */
export type LifeEventFindFirstArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * Filter, which LifeEvent to fetch.
     */
    where?: Prisma.LifeEventWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of LifeEvents to fetch.
     */
    orderBy?: Prisma.LifeEventOrderByWithRelationInput | Prisma.LifeEventOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for LifeEvents.
     */
    cursor?: Prisma.LifeEventWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` LifeEvents from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` LifeEvents.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of LifeEvents.
     */
    distinct?: Prisma.LifeEventScalarFieldEnum | Prisma.LifeEventScalarFieldEnum[];
};
/**
 * LifeEvent findFirstOrThrow
 */
export type LifeEventFindFirstOrThrowArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * Filter, which LifeEvent to fetch.
     */
    where?: Prisma.LifeEventWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of LifeEvents to fetch.
     */
    orderBy?: Prisma.LifeEventOrderByWithRelationInput | Prisma.LifeEventOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for searching for LifeEvents.
     */
    cursor?: Prisma.LifeEventWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` LifeEvents from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` LifeEvents.
     */
    skip?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     *
     * Filter by unique combinations of LifeEvents.
     */
    distinct?: Prisma.LifeEventScalarFieldEnum | Prisma.LifeEventScalarFieldEnum[];
};
/**
 * LifeEvent findMany
 */
export type LifeEventFindManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * Filter, which LifeEvents to fetch.
     */
    where?: Prisma.LifeEventWhereInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     *
     * Determine the order of LifeEvents to fetch.
     */
    orderBy?: Prisma.LifeEventOrderByWithRelationInput | Prisma.LifeEventOrderByWithRelationInput[];
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     *
     * Sets the position for listing LifeEvents.
     */
    cursor?: Prisma.LifeEventWhereUniqueInput;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Take `±n` LifeEvents from the position of the cursor.
     */
    take?: number;
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     *
     * Skip the first `n` LifeEvents.
     */
    skip?: number;
    distinct?: Prisma.LifeEventScalarFieldEnum | Prisma.LifeEventScalarFieldEnum[];
};
/**
 * LifeEvent create
 */
export type LifeEventCreateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * The data needed to create a LifeEvent.
     */
    data: Prisma.XOR<Prisma.LifeEventCreateInput, Prisma.LifeEventUncheckedCreateInput>;
};
/**
 * LifeEvent createMany
 */
export type LifeEventCreateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to create many LifeEvents.
     */
    data: Prisma.LifeEventCreateManyInput | Prisma.LifeEventCreateManyInput[];
};
/**
 * LifeEvent createManyAndReturn
 */
export type LifeEventCreateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelectCreateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * The data used to create many LifeEvents.
     */
    data: Prisma.LifeEventCreateManyInput | Prisma.LifeEventCreateManyInput[];
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventIncludeCreateManyAndReturn<ExtArgs> | null;
};
/**
 * LifeEvent update
 */
export type LifeEventUpdateArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * The data needed to update a LifeEvent.
     */
    data: Prisma.XOR<Prisma.LifeEventUpdateInput, Prisma.LifeEventUncheckedUpdateInput>;
    /**
     * Choose, which LifeEvent to update.
     */
    where: Prisma.LifeEventWhereUniqueInput;
};
/**
 * LifeEvent updateMany
 */
export type LifeEventUpdateManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * The data used to update LifeEvents.
     */
    data: Prisma.XOR<Prisma.LifeEventUpdateManyMutationInput, Prisma.LifeEventUncheckedUpdateManyInput>;
    /**
     * Filter which LifeEvents to update
     */
    where?: Prisma.LifeEventWhereInput;
    /**
     * Limit how many LifeEvents to update.
     */
    limit?: number;
};
/**
 * LifeEvent updateManyAndReturn
 */
export type LifeEventUpdateManyAndReturnArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelectUpdateManyAndReturn<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * The data used to update LifeEvents.
     */
    data: Prisma.XOR<Prisma.LifeEventUpdateManyMutationInput, Prisma.LifeEventUncheckedUpdateManyInput>;
    /**
     * Filter which LifeEvents to update
     */
    where?: Prisma.LifeEventWhereInput;
    /**
     * Limit how many LifeEvents to update.
     */
    limit?: number;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventIncludeUpdateManyAndReturn<ExtArgs> | null;
};
/**
 * LifeEvent upsert
 */
export type LifeEventUpsertArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * The filter to search for the LifeEvent to update in case it exists.
     */
    where: Prisma.LifeEventWhereUniqueInput;
    /**
     * In case the LifeEvent found by the `where` argument doesn't exist, create a new LifeEvent with this data.
     */
    create: Prisma.XOR<Prisma.LifeEventCreateInput, Prisma.LifeEventUncheckedCreateInput>;
    /**
     * In case the LifeEvent was found with the provided `where` argument, update it with this data.
     */
    update: Prisma.XOR<Prisma.LifeEventUpdateInput, Prisma.LifeEventUncheckedUpdateInput>;
};
/**
 * LifeEvent delete
 */
export type LifeEventDeleteArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
    /**
     * Filter which LifeEvent to delete.
     */
    where: Prisma.LifeEventWhereUniqueInput;
};
/**
 * LifeEvent deleteMany
 */
export type LifeEventDeleteManyArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Filter which LifeEvents to delete
     */
    where?: Prisma.LifeEventWhereInput;
    /**
     * Limit how many LifeEvents to delete.
     */
    limit?: number;
};
/**
 * LifeEvent without action
 */
export type LifeEventDefaultArgs<ExtArgs extends runtime.Types.Extensions.InternalArgs = runtime.Types.Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the LifeEvent
     */
    select?: Prisma.LifeEventSelect<ExtArgs> | null;
    /**
     * Omit specific fields from the LifeEvent
     */
    omit?: Prisma.LifeEventOmit<ExtArgs> | null;
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: Prisma.LifeEventInclude<ExtArgs> | null;
};
export {};
//# sourceMappingURL=LifeEvent.d.ts.map