// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose other
// dependencies are ESM-only and can't be required by Jest on Node 20. Same values, in CommonJS.
module.exports = require("office-addin-manifest/lib/officeApp");
