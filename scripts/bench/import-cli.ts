// npm run bench:import [-- --rows 100000]: only the import throughput of `npm run bench`.
import { parseArgs } from "node:util";
import { measureImportThroughput } from "./import-throughput";

const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" } } });
const result = await measureImportThroughput(Number(values.rows.replace(/[_,]/g, "")));
console.log(
  `import of ${result.rows} rows (${(result.fileBytes / 1024 / 1024).toFixed(1)} MB): ` +
    `check ${(result.checkMs / 1000).toFixed(1)} s, import ${(result.importMs / 1000).toFixed(1)} s, ` +
    `${result.rowsPerSecond} rows/s over both`,
);
