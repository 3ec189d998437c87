// Copies the web app's front-end libraries from node_modules into the Python package
// (src/sitrep/web/static/vendor/), so `sitrep serve` serves them itself: no CDN, nothing
// fetched from outside at run time. Run by `npm ci` (postinstall). The copied files are
// generated, not committed (.gitignore).
import { cpSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const nm = join(root, "node_modules");
const out = join(root, "src", "sitrep", "web", "static", "vendor");

// [package, file inside the package, name under vendor/]
const files = [
  ["leaflet", "dist/leaflet.js", "leaflet.js"],
  ["leaflet", "dist/leaflet.css", "leaflet.css"],
  ["leaflet", "LICENSE", "LICENSE.leaflet"],
  ["leaflet.markercluster", "dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster", "dist/MarkerCluster.css", "MarkerCluster.css"],
  ["leaflet.markercluster", "dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"],
  ["leaflet.markercluster", "MIT-LICENCE.txt", "LICENSE.leaflet.markercluster"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client", "LICENSE", "LICENSE.topojson-client"],
  // Natural Earth 1:50m admin-0 country outlines (public domain), as TopoJSON
  ["world-atlas", "countries-50m.json", "countries-50m.json"],
  ["world-atlas", "LICENSE", "LICENSE.world-atlas"],
  ["swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui-bundle.js"],
  ["swagger-ui-dist", "swagger-ui.css", "swagger-ui.css"],
  ["swagger-ui-dist", "LICENSE", "LICENSE.swagger-ui-dist"],
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let missing = 0;
for (const [pkg, file, name] of files) {
  const src = join(nm, pkg, file);
  if (!existsSync(src)) {
    console.error(`vendor_web_assets: missing ${pkg}/${file}`);
    missing += 1;
    continue;
  }
  cpSync(src, join(out, name));
}
if (missing) process.exit(1);
console.log(`vendor_web_assets: ${files.length} files -> ${out}`);
