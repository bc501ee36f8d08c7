export {};
//# sourceMappingURL=enums.d.ts.map