export type * from './models/User.ts';
export type * from './models/Account.ts';
export type * from './models/Transaction.ts';
export type * from './models/Liability.ts';
export type * from './models/RecurringStream.ts';
export type * from './models/LifeEvent.ts';
export type * from './commonInputTypes.ts';
//# sourceMappingURL=models.d.ts.map