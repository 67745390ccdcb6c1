// One fill by docxtemplater, the side measured as "docxtemplater" by bench/build_bench.cpp:
// reads the template and the JSON data file, renders, writes a deflated .docx (as dhr writes).
// Usage: node fill.js TEMPLATE.docx DATA.json OUT.docx
"use strict";
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [templatePath, dataPath, outPath] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));
const zip = new PizZip(fs.readFileSync(templatePath));
const doc = new Docxtemplater(zip, { paragraphLoop: true });
doc.render(data);
const bytes = doc.getZip().generate({
  type: "nodebuffer",
  compression: "DEFLATE",
  compressionOptions: { level: 6 },
});
fs.writeFileSync(outPath, bytes);
