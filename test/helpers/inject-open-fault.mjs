// Preloaded into a command's process (`node --import`) to make it crash where no user input can:
// opening synthetic_users.csv throws a plain TypeError, as a bug would.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const open = fs.openSync;
fs.openSync = (path, ...rest) => {
  if (String(path).endsWith("synthetic_users.csv")) throw new TypeError("injected fault in openSync");
  return open(path, ...rest);
};
syncBuiltinESMExports();
