// Writes dist/THIRD-PARTY-NOTICES.txt: every npm package whose code is in a built script, with
// its licence text, so what we ship carries the notices its licences ask for.
const fs = require("fs");
const path = require("path");

function packageRoot(resource) {
  const at = resource.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (at === -1) return null;
  const rest = resource.slice(at + 14).split(path.sep);
  const name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  return { name, dir: path.join(resource.slice(0, at + 14), ...name.split("/")) };
}

class ThirdPartyNotices {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ThirdPartyNotices", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ThirdPartyNotices", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const packages = new Map();
        for (const module of compilation.modules) {
          const resource = module.resource || (module.rootModule && module.rootModule.resource);
          const inner = module.modules ? module.modules.map((m) => m.resource).filter(Boolean) : [];
          for (const r of [resource, ...inner]) {
            const root = r && packageRoot(r);
            if (root && !packages.has(root.name)) packages.set(root.name, root.dir);
          }
        }
        const sections = [...packages.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, dir]) => {
            let pkg = {};
            try {
              pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
            } catch {
              // A package without a readable package.json is still named.
            }
            const licenceFile = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)) : undefined;
            const text = licenceFile ? fs.readFileSync(path.join(dir, licenceFile), "utf8").trim() : `Licence: ${pkg.license || "see the package"}`;
            return `${name}${pkg.version ? ` ${pkg.version}` : ""} (${pkg.license || "unknown licence"})\n\n${text}`;
          });
        const body = `Make It Right includes the following third-party software.\n\n${sections.join(`\n\n${"-".repeat(72)}\n\n`)}\n`;
        compilation.emitAsset("THIRD-PARTY-NOTICES.txt", new compiler.webpack.sources.RawSource(body));
      });
    });
  }
}

module.exports = { ThirdPartyNotices };
