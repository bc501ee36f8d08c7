import { z } from "zod";
import { LIFE_EVENT_KINDS } from "../data/demographics.ts";
export declare const HomeLocationSchema: z.ZodObject<{
    city: z.ZodString;
    state: z.ZodString;
    postal_code: z.ZodString;
    lat: z.ZodNumber;
    lon: z.ZodNumber;
}, z.core.$strip>;
export declare const UserMetadataSchema: z.ZodObject<{
    age: z.ZodNumber;
    age_bracket: z.ZodEnum<{
        "18-25": "18-25";
        "26-35": "26-35";
        "36-50": "36-50";
        "51+": "51+";
    }>;
    income: z.ZodNumber;
    income_bracket: z.ZodEnum<{
        low: "low";
        middle: "middle";
        upper_middle: "upper_middle";
        high: "high";
    }>;
    region: z.ZodEnum<{
        urban: "urban";
        suburban: "suburban";
        rural: "rural";
    }>;
    life_stage: z.ZodEnum<{
        student: "student";
        early_career: "early_career";
        mid_career: "mid_career";
        pre_retirement: "pre_retirement";
        retiree: "retiree";
    }>;
    life_event: z.ZodNullable<z.ZodEnum<{
        medical: "medical";
        job_change: "job_change";
        large_purchase: "large_purchase";
    }>>;
    home: z.ZodObject<{
        city: z.ZodString;
        state: z.ZodString;
        postal_code: z.ZodString;
        lat: z.ZodNumber;
        lon: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const UserSchema: z.ZodObject<{
    user_id: z.ZodString;
    name: z.ZodString;
    email: z.ZodEmail;
    created_at: z.ZodString;
    metadata: z.ZodObject<{
        age: z.ZodNumber;
        age_bracket: z.ZodEnum<{
            "18-25": "18-25";
            "26-35": "26-35";
            "36-50": "36-50";
            "51+": "51+";
        }>;
        income: z.ZodNumber;
        income_bracket: z.ZodEnum<{
            low: "low";
            middle: "middle";
            upper_middle: "upper_middle";
            high: "high";
        }>;
        region: z.ZodEnum<{
            urban: "urban";
            suburban: "suburban";
            rural: "rural";
        }>;
        life_stage: z.ZodEnum<{
            student: "student";
            early_career: "early_career";
            mid_career: "mid_career";
            pre_retirement: "pre_retirement";
            retiree: "retiree";
        }>;
        life_event: z.ZodNullable<z.ZodEnum<{
            medical: "medical";
            job_change: "job_change";
            large_purchase: "large_purchase";
        }>>;
        home: z.ZodObject<{
            city: z.ZodString;
            state: z.ZodString;
            postal_code: z.ZodString;
            lat: z.ZodNumber;
            lon: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>;
}, z.core.$strip>;
export type User = z.infer<typeof UserSchema>;
export type UserMetadata = z.infer<typeof UserMetadataSchema>;
export type HomeLocation = z.infer<typeof HomeLocationSchema>;
export type Region = UserMetadata["region"];
export type LifeEventKind = (typeof LIFE_EVENT_KINDS)[number];
//# sourceMappingURL=user.d.ts.map