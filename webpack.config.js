const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { normaliseAddinUrl, rewriteManifest } = require("./scripts/manifest-url");
const { ThirdPartyNotices } = require("./scripts/third-party-notices");

async function httpsOptions() {
  // Same approach as the yo-office template, with a clear fallback where the CA can't be installed.
  const certs = require("office-addin-dev-certs");
  try {
    const options = await certs.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.warn(
        `\n[make-it-right] The development CA could not be installed (${String(error.message || error).split("\n")[0]}).\n` +
          `[make-it-right] Serving HTTPS with the generated certificate anyway; browsers will warn until you trust ${files[2]}.\n`,
      );
      return { type: "https", options: { key: fs.readFileSync(files[0]), cert: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) } };
    }
    console.warn(
      "\n[make-it-right] No development certificate could be made; serving plain HTTP.\n" +
        "[make-it-right] The demo works over HTTP; Outlook needs HTTPS to sideload (see README, Troubleshooting).\n",
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const prodUrl = normaliseAddinUrl(process.env.ADDIN_URL);
  if (!dev && !prodUrl) {
    console.warn("[make-it-right] ADDIN_URL is not set: dist/manifest.xml keeps pointing at https://localhost:3000/.");
  }
  // Content-Security-Policy for each page. Scripts only from us (and Microsoft's office.js host in
  // Outlook); no inline script; Fluent's runtime styles need inline <style>. The network is ours,
  // plus Microsoft 365 only when one-click events are built in; the dev server's live-reload
  // socket only while developing, on localhost.
  const graph = process.env.MIR_GRAPH_CLIENT_ID ? " https://graph.microsoft.com https://login.microsoftonline.com" : "";
  const devSocket = dev ? " ws://localhost:* wss://localhost:*" : "";
  const locked = "base-uri 'none'; form-action 'none'; object-src 'none'";
  const csp = {
    taskpane: `default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'${graph}${devSocket}; frame-src 'self' https://appsforoffice.microsoft.com; ${locked}`,
    demoPane: `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'${devSocket}; ${locked}`,
    demo: `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; connect-src 'self'${devSocket}; ${locked}`,
  };
  return {
    devtool: dev || process.env.MIR_SOURCEMAP ? "source-map" : false,
    // Outlook's web views (WebView2, WKWebView, browsers) all run ES2020; the runtime gets shorter for it.
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/app/taskpane.tsx",
      officeSim: "./src/demo/officeSim/index.ts",
      demo: "./src/demo/host/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    optimization: {
      // The on-demand chunks (zones, graph) stay whole: one request each, named for what they hold.
      splitChunks: false,
      minimizeOptions: { javascript: { ecma: 2020, module: false, compress: { passes: 3, ecma: 2020 }, format: { ecma: 2020 } } },
    },
    plugins: [
      // One-click calendar events (Microsoft Graph): the app registration's client id, set at build time.
      new webpack.DefinePlugin({
        MIR_GRAPH_CLIENT_ID: JSON.stringify(process.env.MIR_GRAPH_CLIENT_ID || ""),
        MIR_GRAPH_AUTHORITY: JSON.stringify(process.env.MIR_GRAPH_AUTHORITY || ""),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { csp: csp.taskpane },
      }),
      new HtmlWebpackPlugin({
        filename: "demo-pane.html",
        template: "./src/demo/demo-pane.html",
        chunks: ["officeSim", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { csp: csp.demoPane },
      }),
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"], templateParameters: { csp: csp.demo } }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html", chunks: ["demo"], templateParameters: { csp: csp.demo } }),
      new ThirdPartyNotices(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/icon-32.png", to: "favicon.png" },
          { from: "src/demo/host/demo.css", to: "demo.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? await httpsOptions() : undefined,
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};
