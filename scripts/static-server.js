// A small static file server for dist/: used by the browser tests, the screenshot script
// and `npm run serve:dist`. The demo needs nothing more than this, over plain HTTP.
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function startStaticServer(root, port = 0, host = "127.0.0.1") {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    if (pathname === "/") pathname = "/demo.html";
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    fs.stat(file, (statErr, stat) => {
      if (statErr || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
        return;
      }
      // Revalidated caching, as a static host would do: browsers keep compiled scripts between opens.
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { ETag: etag, "Cache-Control": "no-cache" }).end();
        return;
      }
      fs.readFile(file, (err, data) => {
        if (err) {
          res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
          return;
        }
        res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-cache", ETag: etag });
        res.end(data);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

module.exports = { startStaticServer };

if (require.main === module) {
  const port = Number(process.env.PORT || 8080);
  startStaticServer(path.join(__dirname, "..", "dist"), port).then(({ url }) => {
    console.log(`Serving dist/ at ${url} (demo: ${url}demo.html). Ctrl+C to stop.`);
  });
}
