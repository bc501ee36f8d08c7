import { z } from "zod";
export declare const LifeEventSchema: z.ZodObject<{
    life_event_id: z.ZodString;
    user_id: z.ZodString;
    kind: z.ZodEnum<{
        medical: "medical";
        job_change: "job_change";
        large_purchase: "large_purchase";
    }>;
    start_date: z.ZodString;
    end_date: z.ZodString;
    amount: z.ZodNumber;
    transaction_ids: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type LifeEvent = z.infer<typeof LifeEventSchema>;
//# sourceMappingURL=life-event.d.ts.map