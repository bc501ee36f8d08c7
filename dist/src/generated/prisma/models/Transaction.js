export {};
//# sourceMappingURL=Transaction.js.map