export {};
//# sourceMappingURL=LifeEvent.js.map