export {};
//# sourceMappingURL=Liability.js.map