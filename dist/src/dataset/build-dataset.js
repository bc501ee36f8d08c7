// `buildDataset`: N customers, composed in user order. Pure: no file or database I/O.
import packageJson from "../../package.json" with { type: "json" };
import { PROFILES } from "../data/profile.js";
import { buildCustomer } from "./customer.js";
import { parseDatasetOptions } from "./options.js";
import { dataWindow } from "./window.js";
export const PACKAGE_VERSION = packageJson.version;
/**
 * Call `visit` with each customer of a dataset in order, without keeping them: for streaming
 * very large datasets to files. Customer k depends only on the seed and k.
 */
export function forEachCustomer(options, visit) {
    const o = parseDatasetOptions(options);
    const window = dataWindow(o.startDate, o.endDate);
    const profile = PROFILES[o.profile];
    for (let index = 1; index <= o.users; index++)
        visit(buildCustomer({ profile, seed: o.seed, index, window }), index);
    return o;
}
/**
 * A whole population: users, accounts, six months of reconciled transactions, liabilities, and the
 * ground truth (recurring streams and life events).
 *
 * @example
 * const data = buildDataset({ users: 100, seed: 42 });
 * data.meta.counts.users; // 100
 */
export function buildDataset(options) {
    const data = { users: [], accounts: [], transactions: [], liabilities: [], recurringStreams: [], lifeEvents: [] };
    const o = forEachCustomer(options, (c) => {
        data.users.push(c.user);
        for (const a of c.accounts)
            data.accounts.push(a);
        for (const t of c.transactions)
            data.transactions.push(t);
        for (const l of c.liabilities)
            data.liabilities.push(l);
        for (const s of c.recurringStreams)
            data.recurringStreams.push(s);
        for (const e of c.lifeEvents)
            data.lifeEvents.push(e);
    });
    return {
        ...data,
        meta: {
            options: o,
            counts: {
                users: data.users.length,
                accounts: data.accounts.length,
                transactions: data.transactions.length,
                liabilities: data.liabilities.length,
                recurringStreams: data.recurringStreams.length,
                lifeEvents: data.lifeEvents.length,
            },
            version: PACKAGE_VERSION,
        },
    };
}
//# sourceMappingURL=build-dataset.js.map