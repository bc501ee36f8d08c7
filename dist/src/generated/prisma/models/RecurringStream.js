export {};
//# sourceMappingURL=RecurringStream.js.map