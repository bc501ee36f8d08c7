import type { ProfileData } from "../src/data/profile.ts";
import type { Issue } from "../src/issues/issue.ts";
import { type AccountFactory } from "./account-factory.ts";
import { type LiabilityFactory } from "./liability-factory.ts";
import { type TransactionFactory } from "./transaction-factory.ts";
import { type UserFactory } from "./user-factory.ts";
/** One build that failed: an `Issue` (code `lint_threw` or `lint_invalid`, path `[factory, ...traits]`). */
export interface LintFailure extends Issue {
    code: "lint_threw" | "lint_invalid";
    factory: string;
    traits: string[];
    seed: number;
}
export interface LintOptions {
    /** Seeds to build with (default 1..5). */
    seeds?: readonly number[];
    /** The profile to build with (default: `configureFixtures`' profile, the one the factories use). */
    profile?: ProfileData;
    /** Lint these factories instead of the package's own (for example, a project's extended ones). */
    factories?: {
        userFactory?: UserFactory;
        accountFactory?: AccountFactory;
        transactionFactory?: TransactionFactory;
        liabilityFactory?: LiabilityFactory;
    };
}
/**
 * Build every factory with every trait and pair of traits over several seeds; return the failures.
 * Every build is pinned (seed and index) and made on a detached copy of the factory, so linting moves
 * no factory's sequence: the next `userFactory.build()` is the same with or without a lint before it.
 *
 * @example
 * expect(lintFactories()).toEqual([]);
 */
export declare function lintFactories(options?: LintOptions): LintFailure[];
//# sourceMappingURL=lint.d.ts.map