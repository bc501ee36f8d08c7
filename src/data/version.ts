// The package's version, recorded in every dataset's `meta` and export's `metadata.json`. A test keeps
// it equal to package.json's `version` (importing package.json here would ship a copy of it in dist/).
export const PACKAGE_VERSION = "0.2.0";
