/** Inflows settle before outflows on the same day, so a payday funds that day's spending. */
export function eventOrder(event) {
    return event.type === "payroll" || event.type === "interest" || event.type === "withdraw" ? 0 : 1;
}
//# sourceMappingURL=events.js.map