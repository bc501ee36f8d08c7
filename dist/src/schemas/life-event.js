// Ground truth for life events (spec task 4.8): what happened, when, and which transactions it caused.
import { z } from "zod";
import { LIFE_EVENT_KINDS } from "../data/demographics.js";
import { Dollars, IsoDate, UserId, uuidIdWithPrefix } from "./common.js";
export const LifeEventSchema = z
    .object({
    life_event_id: uuidIdWithPrefix("event_"),
    user_id: UserId,
    kind: z.enum(LIFE_EVENT_KINDS),
    start_date: IsoDate,
    end_date: IsoDate,
    /** The expense (negative), or for a job change the new pay per period minus the old (signed). */
    amount: Dollars,
    /** The transactions the event caused (the expense, or the first paycheck of the new job). */
    transaction_ids: z.array(uuidIdWithPrefix("txn_")),
})
    .refine((e) => e.start_date <= e.end_date, { path: ["end_date"], message: "end_date is before start_date" });
//# sourceMappingURL=life-event.js.map