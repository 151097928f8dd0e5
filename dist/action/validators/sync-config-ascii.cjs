"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// dist/format/validators/sync-config-ascii.cjs
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:tmi-sync:schema:sync-config:1", "title": "tmi-sync scheduled sync configuration", "description": "`tmi-sync sync --config FILE` (default: tmi-sync.yaml, found upward from the working directory). No secret is ever written here: the file names the environment variables that hold them. Git host tokens come from GITHUB_TOKEN (+ GITHUB_API_URL), GITLAB_TOKEN (+ GITLAB_URL), BITBUCKET_TOKEN (or BITBUCKET_USER + BITBUCKET_API_TOKEN), as for every command.", "type": "object", "additionalProperties": false, "required": ["sources"], "$defs": { "envName": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "policy": { "prune": { "type": "boolean", "default": false, "description": "Delete what tmi-sync created that the files no longer have." }, "on_drift": { "enum": ["fail", "overwrite", "skip"], "default": "fail", "description": "When TMI was edited since the last sync: report it as a conflict (fail), overwrite it, or leave it (skip)." } } }, "properties": { "tmi": { "type": "object", "additionalProperties": false, "description": "The TMI server and the names of the environment variables holding its credentials.", "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "TMI_URL and --tmi-url override it." }, "token_env": { "$ref": "#/$defs/envName", "description": "A bearer token (default: TMI_TOKEN)." }, "client_id_env": { "$ref": "#/$defs/envName", "description": "A service account's client id (default: TMI_CLIENT_ID)." }, "client_secret_env": { "$ref": "#/$defs/envName", "description": "A service account's client secret (default: TMI_CLIENT_SECRET)." } } }, "write": { "description": "How models are written. Default: through the addon for a service account, with the credentials otherwise.", "type": "object", "additionalProperties": false, "required": ["via"], "properties": { "via": { "enum": ["addon", "credentials"], "description": "addon: a service account reads and creates threat models, and TMI invokes the tmi-sync addon, which writes. credentials: a person's session, made by tmi-sync login, writes." }, "addon_id": { "type": "string", "description": "With via: addon, the addon to invoke (default: the TMI's only tmi-sync addon)." }, "credentials_file": { "type": "string", "description": "With via: credentials, the session file (default: TMI_CREDENTIALS_FILE, else where tmi-sync login keeps it), e.g. a mounted secret volume." } }, "if": { "properties": { "via": { "const": "addon" } } }, "then": { "properties": { "credentials_file": false } }, "else": { "properties": { "addon_id": false } } }, "concurrency": { "type": "object", "additionalProperties": false, "description": "Sources worked on at once, in all (tmi: TMI allows each user so many requests a minute) and per Git host.", "properties": { "tmi": { "type": "integer", "minimum": 1, "maximum": 32, "default": 4 }, "github": { "type": "integer", "minimum": 1, "maximum": 32, "default": 4 }, "gitlab": { "type": "integer", "minimum": 1, "maximum": 32, "default": 4 }, "bitbucket": { "type": "integer", "minimum": 1, "maximum": 32, "default": 2 }, "git": { "type": "integer", "minimum": 1, "maximum": 32, "default": 2 } } }, "lease_minutes": { "type": "integer", "minimum": 1, "maximum": 1440, "default": 30, "description": "How long a run's lease on a threat model holds if the run dies without releasing it." }, "notify": { "type": "array", "description": "Webhooks told of each run: JSON POSTs signed with HMAC-SHA256 (X-TmiSync-Signature: sha256=HEX), retried with backoff.", "items": { "type": "object", "additionalProperties": false, "oneOf": [{ "required": ["url"], "properties": { "url": true } }, { "required": ["url_env"], "properties": { "url_env": true } }], "properties": { "url": { "type": "string", "pattern": "^https?://" }, "url_env": { "$ref": "#/$defs/envName", "description": "The variable holding the URL, for URLs that are secrets themselves (chat webhooks)." }, "secret_env": { "$ref": "#/$defs/envName", "description": "The variable holding the signing secret; without one, deliveries are not signed." }, "events": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["sync.completed", "sync.failed", "drift.detected"] }, "default": ["sync.completed", "sync.failed", "drift.detected"] } } } }, "sources": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "oneOf": [{ "required": ["source"], "properties": { "source": true } }, { "required": ["discover"], "properties": { "discover": true } }], "properties": { "source": { "type": "string", "pattern": "^(github|gitlab|bitbucket|git):", "description": "A repository as the CLI takes it: HOST:REPO[@REF][:GLOB] (REF: the default branch when absent)." }, "discover": { "type": "string", "pattern": "^(github|gitlab|bitbucket):[^@:]+$", "description": "Every repository of a GitHub organisation or user, a GitLab group (with its subgroups) or user, a Bitbucket workspace: github:ORG, gitlab:GROUP/SUB, bitbucket:WORKSPACE." }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs on the repository's full name (acme/*-service): only those. Default: all." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs on the repository's full name to leave out." }, "archived": { "type": "boolean", "default": false, "description": "Take archived repositories too." }, "forks": { "type": "boolean", "default": false, "description": "Take forks too." }, "ref": { "type": "string", "minLength": 1, "description": "The branch or tag to read (default: each repository's default branch)." }, "path": { "type": "string", "minLength": 1, "description": "Where the models are in each repository, as a glob (default: model files anywhere)." }, "prune": { "$ref": "#/$defs/policy/prune" }, "on_drift": { "$ref": "#/$defs/policy/on_drift" } }, "if": { "required": ["source"], "properties": { "source": true } }, "then": { "properties": { "include": false, "exclude": false, "archived": false, "forks": false, "ref": false, "path": false } }, "description": "One repository (source), or every repository of an organisation, group or workspace (discover)." } } } };
var schema32 = { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" };
var schema37 = { "type": "boolean", "default": false, "description": "Delete what tmi-sync created that the files no longer have." };
var schema38 = { "enum": ["fail", "overwrite", "skip"], "default": "fail", "description": "When TMI was edited since the last sync: report it as a conflict (fail), overwrite it, or leave it (skip)." };
var pattern4 = new RegExp("^https?://", "u");
var pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern11 = new RegExp("^(github|gitlab|bitbucket|git):", "u");
var pattern12 = new RegExp("^(github|gitlab|bitbucket):[^@:]+$", "u");
var func0 = require_equal().default;
var func2 = Object.prototype.hasOwnProperty;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sources === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tmi" || key0 === "write" || key0 === "concurrency" || key0 === "lease_minutes" || key0 === "notify" || key0 === "sources")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tmi !== void 0) {
      let data0 = data.tmi;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "url" || key1 === "token_env" || key1 === "client_id_env" || key1 === "client_secret_env")) {
            const err2 = { instancePath: instancePath + "/tmi", schemaPath: "#/properties/tmi/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.tmi, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          let data1 = data0.url;
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err3 = { instancePath: instancePath + "/tmi/url", schemaPath: "#/properties/tmi/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.tmi.properties.url, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/tmi/url", schemaPath: "#/properties/tmi/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tmi.properties.url.type, parentSchema: schema31.properties.tmi.properties.url, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.token_env !== void 0) {
          let data2 = data0.token_env;
          if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
              const err5 = { instancePath: instancePath + "/tmi/token_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema32, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/tmi/token_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.client_id_env !== void 0) {
          let data3 = data0.client_id_env;
          if (typeof data3 === "string") {
            if (!pattern5.test(data3)) {
              const err7 = { instancePath: instancePath + "/tmi/client_id_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema32, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/tmi/client_id_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.client_secret_env !== void 0) {
          let data4 = data0.client_secret_env;
          if (typeof data4 === "string") {
            if (!pattern5.test(data4)) {
              const err9 = { instancePath: instancePath + "/tmi/client_secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema32, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/tmi/client_secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/tmi", schemaPath: "#/properties/tmi/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.tmi.type, parentSchema: schema31.properties.tmi, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.write !== void 0) {
      let data5 = data.write;
      const _errs18 = errors;
      let valid5 = true;
      const _errs19 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.via !== void 0) {
          if ("addon" !== data5.via) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs19 === errors;
      errors = _errs18;
      if (vErrors !== null) {
        if (_errs18) {
          vErrors.length = _errs18;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs21 = errors;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          if (data5.credentials_file !== void 0) {
            const err13 = { instancePath: instancePath + "/write/credentials_file", schemaPath: "#/properties/write/then/properties/credentials_file/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.write.then.properties.credentials_file, data: data5.credentials_file };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        var _valid0 = _errs21 === errors;
        valid5 = _valid0;
        if (valid5) {
          var props0 = {};
          props0.credentials_file = true;
          props0.via = true;
        }
        ifClause0 = "then";
      } else {
        const _errs22 = errors;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          if (data5.addon_id !== void 0) {
            const err14 = { instancePath: instancePath + "/write/addon_id", schemaPath: "#/properties/write/else/properties/addon_id/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.write.else.properties.addon_id, data: data5.addon_id };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        var _valid0 = _errs22 === errors;
        valid5 = _valid0;
        if (valid5) {
          if (props0 !== true) {
            props0 = props0 || {};
            props0.addon_id = true;
          }
        }
        ifClause0 = "else";
      }
      if (!valid5) {
        const err15 = { instancePath: instancePath + "/write", schemaPath: "#/properties/write/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.properties.write.if, parentSchema: schema31.properties.write, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.via === void 0) {
          const err16 = { instancePath: instancePath + "/write", schemaPath: "#/properties/write/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema31.properties.write.required, parentSchema: schema31.properties.write, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "via" || key2 === "addon_id" || key2 === "credentials_file")) {
            const err17 = { instancePath: instancePath + "/write", schemaPath: "#/properties/write/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.write, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.via !== void 0) {
          let data9 = data5.via;
          if (!(data9 === "addon" || data9 === "credentials")) {
            const err18 = { instancePath: instancePath + "/write/via", schemaPath: "#/properties/write/properties/via/enum", keyword: "enum", params: { allowedValues: schema31.properties.write.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.write.properties.via.enum, parentSchema: schema31.properties.write.properties.via, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.addon_id !== void 0) {
          let data10 = data5.addon_id;
          if (typeof data10 !== "string") {
            const err19 = { instancePath: instancePath + "/write/addon_id", schemaPath: "#/properties/write/properties/addon_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.write.properties.addon_id.type, parentSchema: schema31.properties.write.properties.addon_id, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.credentials_file !== void 0) {
          let data11 = data5.credentials_file;
          if (typeof data11 !== "string") {
            const err20 = { instancePath: instancePath + "/write/credentials_file", schemaPath: "#/properties/write/properties/credentials_file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.write.properties.credentials_file.type, parentSchema: schema31.properties.write.properties.credentials_file, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/write", schemaPath: "#/properties/write/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.write.type, parentSchema: schema31.properties.write, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data12 = data.concurrency;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key3 in data12) {
          if (!(key3 === "tmi" || key3 === "github" || key3 === "gitlab" || key3 === "bitbucket" || key3 === "git")) {
            const err22 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.concurrency, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data12.tmi !== void 0) {
          let data13 = data12.tmi;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err23 = { instancePath: instancePath + "/concurrency/tmi", schemaPath: "#/properties/concurrency/properties/tmi/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.concurrency.properties.tmi.type, parentSchema: schema31.properties.concurrency.properties.tmi, data: data13 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 32 || isNaN(data13)) {
              const err24 = { instancePath: instancePath + "/concurrency/tmi", schemaPath: "#/properties/concurrency/properties/tmi/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema31.properties.concurrency.properties.tmi, data: data13 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data13 < 1 || isNaN(data13)) {
              const err25 = { instancePath: instancePath + "/concurrency/tmi", schemaPath: "#/properties/concurrency/properties/tmi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.concurrency.properties.tmi, data: data13 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data12.github !== void 0) {
          let data14 = data12.github;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err26 = { instancePath: instancePath + "/concurrency/github", schemaPath: "#/properties/concurrency/properties/github/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.concurrency.properties.github.type, parentSchema: schema31.properties.concurrency.properties.github, data: data14 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 32 || isNaN(data14)) {
              const err27 = { instancePath: instancePath + "/concurrency/github", schemaPath: "#/properties/concurrency/properties/github/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema31.properties.concurrency.properties.github, data: data14 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data14 < 1 || isNaN(data14)) {
              const err28 = { instancePath: instancePath + "/concurrency/github", schemaPath: "#/properties/concurrency/properties/github/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.concurrency.properties.github, data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data12.gitlab !== void 0) {
          let data15 = data12.gitlab;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err29 = { instancePath: instancePath + "/concurrency/gitlab", schemaPath: "#/properties/concurrency/properties/gitlab/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.concurrency.properties.gitlab.type, parentSchema: schema31.properties.concurrency.properties.gitlab, data: data15 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 32 || isNaN(data15)) {
              const err30 = { instancePath: instancePath + "/concurrency/gitlab", schemaPath: "#/properties/concurrency/properties/gitlab/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema31.properties.concurrency.properties.gitlab, data: data15 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
              const err31 = { instancePath: instancePath + "/concurrency/gitlab", schemaPath: "#/properties/concurrency/properties/gitlab/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.concurrency.properties.gitlab, data: data15 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        if (data12.bitbucket !== void 0) {
          let data16 = data12.bitbucket;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err32 = { instancePath: instancePath + "/concurrency/bitbucket", schemaPath: "#/properties/concurrency/properties/bitbucket/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.concurrency.properties.bitbucket.type, parentSchema: schema31.properties.concurrency.properties.bitbucket, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 32 || isNaN(data16)) {
              const err33 = { instancePath: instancePath + "/concurrency/bitbucket", schemaPath: "#/properties/concurrency/properties/bitbucket/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema31.properties.concurrency.properties.bitbucket, data: data16 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data16 < 1 || isNaN(data16)) {
              const err34 = { instancePath: instancePath + "/concurrency/bitbucket", schemaPath: "#/properties/concurrency/properties/bitbucket/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.concurrency.properties.bitbucket, data: data16 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data12.git !== void 0) {
          let data17 = data12.git;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err35 = { instancePath: instancePath + "/concurrency/git", schemaPath: "#/properties/concurrency/properties/git/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.concurrency.properties.git.type, parentSchema: schema31.properties.concurrency.properties.git, data: data17 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 32 || isNaN(data17)) {
              const err36 = { instancePath: instancePath + "/concurrency/git", schemaPath: "#/properties/concurrency/properties/git/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema31.properties.concurrency.properties.git, data: data17 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err37 = { instancePath: instancePath + "/concurrency/git", schemaPath: "#/properties/concurrency/properties/git/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.concurrency.properties.git, data: data17 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.concurrency.type, parentSchema: schema31.properties.concurrency, data: data12 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.lease_minutes !== void 0) {
      let data18 = data.lease_minutes;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
        const err39 = { instancePath: instancePath + "/lease_minutes", schemaPath: "#/properties/lease_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.lease_minutes.type, parentSchema: schema31.properties.lease_minutes, data: data18 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 > 1440 || isNaN(data18)) {
          const err40 = { instancePath: instancePath + "/lease_minutes", schemaPath: "#/properties/lease_minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema31.properties.lease_minutes, data: data18 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data18 < 1 || isNaN(data18)) {
          const err41 = { instancePath: instancePath + "/lease_minutes", schemaPath: "#/properties/lease_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.lease_minutes, data: data18 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
    }
    if (data.notify !== void 0) {
      let data19 = data.notify;
      if (Array.isArray(data19)) {
        const len0 = data19.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data20 = data19[i0];
          const _errs48 = errors;
          let valid13 = false;
          let passing0 = null;
          const _errs49 = errors;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.url === void 0) {
              const err42 = { instancePath: instancePath + "/notify/" + i0, schemaPath: "#/properties/notify/items/oneOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema31.properties.notify.items.oneOf[0].required, parentSchema: schema31.properties.notify.items.oneOf[0], data: data20 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
          var _valid1 = _errs49 === errors;
          if (_valid1) {
            valid13 = true;
            passing0 = 0;
            var props1 = {};
            props1.url = true;
          }
          const _errs50 = errors;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.url_env === void 0) {
              const err43 = { instancePath: instancePath + "/notify/" + i0, schemaPath: "#/properties/notify/items/oneOf/1/required", keyword: "required", params: { missingProperty: "url_env" }, message: "must have required property 'url_env'", schema: schema31.properties.notify.items.oneOf[1].required, parentSchema: schema31.properties.notify.items.oneOf[1], data: data20 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          var _valid1 = _errs50 === errors;
          if (_valid1 && valid13) {
            valid13 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid13 = true;
              passing0 = 1;
              if (props1 !== true) {
                props1 = props1 || {};
                props1.url_env = true;
              }
            }
          }
          if (!valid13) {
            const err44 = { instancePath: instancePath + "/notify/" + i0, schemaPath: "#/properties/notify/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.notify.items.oneOf, parentSchema: schema31.properties.notify.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          } else {
            errors = _errs48;
            if (vErrors !== null) {
              if (_errs48) {
                vErrors.length = _errs48;
              } else {
                vErrors = null;
              }
            }
          }
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key4 in data20) {
              if (!(key4 === "url" || key4 === "url_env" || key4 === "secret_env" || key4 === "events")) {
                const err45 = { instancePath: instancePath + "/notify/" + i0, schemaPath: "#/properties/notify/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.notify.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data20.url !== void 0) {
              let data21 = data20.url;
              if (typeof data21 === "string") {
                if (!pattern4.test(data21)) {
                  const err46 = { instancePath: instancePath + "/notify/" + i0 + "/url", schemaPath: "#/properties/notify/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.notify.items.properties.url, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/notify/" + i0 + "/url", schemaPath: "#/properties/notify/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.notify.items.properties.url.type, parentSchema: schema31.properties.notify.items.properties.url, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data20.url_env !== void 0) {
              let data22 = data20.url_env;
              if (typeof data22 === "string") {
                if (!pattern5.test(data22)) {
                  const err48 = { instancePath: instancePath + "/notify/" + i0 + "/url_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema32, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/notify/" + i0 + "/url_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data22 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data20.secret_env !== void 0) {
              let data23 = data20.secret_env;
              if (typeof data23 === "string") {
                if (!pattern5.test(data23)) {
                  const err50 = { instancePath: instancePath + "/notify/" + i0 + "/secret_env", schemaPath: "#/$defs/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema32, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/notify/" + i0 + "/secret_env", schemaPath: "#/$defs/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data23 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data20.events !== void 0) {
              let data24 = data20.events;
              if (Array.isArray(data24)) {
                if (data24.length < 1) {
                  const err52 = { instancePath: instancePath + "/notify/" + i0 + "/events", schemaPath: "#/properties/notify/items/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.notify.items.properties.events, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                const len1 = data24.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data25 = data24[i1];
                  if (!(data25 === "sync.completed" || data25 === "sync.failed" || data25 === "drift.detected")) {
                    const err53 = { instancePath: instancePath + "/notify/" + i0 + "/events/" + i1, schemaPath: "#/properties/notify/items/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.notify.items.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.notify.items.properties.events.items.enum, parentSchema: schema31.properties.notify.items.properties.events.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                let i2 = data24.length;
                let j0;
                if (i2 > 1) {
                  outer0: for (; i2--; ) {
                    for (j0 = i2; j0--; ) {
                      if (func0(data24[i2], data24[j0])) {
                        const err54 = { instancePath: instancePath + "/notify/" + i0 + "/events", schemaPath: "#/properties/notify/items/properties/events/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties.notify.items.properties.events, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/notify/" + i0 + "/events", schemaPath: "#/properties/notify/items/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.notify.items.properties.events.type, parentSchema: schema31.properties.notify.items.properties.events, data: data24 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/notify/" + i0, schemaPath: "#/properties/notify/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.notify.items.type, parentSchema: schema31.properties.notify.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.notify.type, parentSchema: schema31.properties.notify, data: data19 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data26 = data.sources;
      if (Array.isArray(data26)) {
        if (data26.length < 1) {
          const err58 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.sources, data: data26 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        const len2 = data26.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data27 = data26[i3];
          const _errs67 = errors;
          let valid22 = false;
          let passing1 = null;
          const _errs68 = errors;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.source === void 0) {
              const err59 = { instancePath: instancePath + "/sources/" + i3, schemaPath: "#/properties/sources/items/oneOf/0/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema31.properties.sources.items.oneOf[0].required, parentSchema: schema31.properties.sources.items.oneOf[0], data: data27 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          var _valid2 = _errs68 === errors;
          if (_valid2) {
            valid22 = true;
            passing1 = 0;
            var props2 = {};
            props2.source = true;
          }
          const _errs69 = errors;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.discover === void 0) {
              const err60 = { instancePath: instancePath + "/sources/" + i3, schemaPath: "#/properties/sources/items/oneOf/1/required", keyword: "required", params: { missingProperty: "discover" }, message: "must have required property 'discover'", schema: schema31.properties.sources.items.oneOf[1].required, parentSchema: schema31.properties.sources.items.oneOf[1], data: data27 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
          var _valid2 = _errs69 === errors;
          if (_valid2 && valid22) {
            valid22 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid2) {
              valid22 = true;
              passing1 = 1;
              if (props2 !== true) {
                props2 = props2 || {};
                props2.discover = true;
              }
            }
          }
          if (!valid22) {
            const err61 = { instancePath: instancePath + "/sources/" + i3, schemaPath: "#/properties/sources/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.sources.items.oneOf, parentSchema: schema31.properties.sources.items, data: data27 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          } else {
            errors = _errs67;
            if (vErrors !== null) {
              if (_errs67) {
                vErrors.length = _errs67;
              } else {
                vErrors = null;
              }
            }
          }
          const _errs70 = errors;
          let valid23 = true;
          const _errs71 = errors;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            let missing0;
            if (data27.source === void 0 && (missing0 = "source")) {
              const err62 = {};
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
          var _valid3 = _errs71 === errors;
          if (props2 !== true) {
            props2 = props2 || {};
            props2.source = true;
          }
          errors = _errs70;
          if (vErrors !== null) {
            if (_errs70) {
              vErrors.length = _errs70;
            } else {
              vErrors = null;
            }
          }
          if (_valid3) {
            const _errs72 = errors;
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
              if (data27.include !== void 0) {
                const err63 = { instancePath: instancePath + "/sources/" + i3 + "/include", schemaPath: "#/properties/sources/items/then/properties/include/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.sources.items.then.properties.include, data: data27.include };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (data27.exclude !== void 0) {
                const err64 = { instancePath: instancePath + "/sources/" + i3 + "/exclude", schemaPath: "#/properties/sources/items/then/properties/exclude/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.sources.items.then.properties.exclude, data: data27.exclude };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (data27.archived !== void 0) {
                const err65 = { instancePath: instancePath + "/sources/" + i3 + "/archived", schemaPath: "#/properties/sources/items/then/properties/archived/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.sources.items.then.properties.archived, data: data27.archived };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (data27.forks !== void 0) {
                const err66 = { instancePath: instancePath + "/sources/" + i3 + "/forks", schemaPath: "#/properties/sources/items/then/properties/forks/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.sources.items.then.properties.forks, data: data27.forks };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (data27.ref !== void 0) {
                const err67 = { instancePath: instancePath + "/sources/" + i3 + "/ref", schemaPath: "#/properties/sources/items/then/properties/ref/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.sources.items.then.properties.ref, data: data27.ref };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (data27.path !== void 0) {
                const err68 = { instancePath: instancePath + "/sources/" + i3 + "/path", schemaPath: "#/properties/sources/items/then/properties/path/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.properties.sources.items.then.properties.path, data: data27.path };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            var _valid3 = _errs72 === errors;
            valid23 = _valid3;
            if (valid23) {
              if (props2 !== true) {
                props2 = props2 || {};
                props2.include = true;
                props2.exclude = true;
                props2.archived = true;
                props2.forks = true;
                props2.ref = true;
                props2.path = true;
              }
            }
          }
          if (!valid23) {
            const err69 = { instancePath: instancePath + "/sources/" + i3, schemaPath: "#/properties/sources/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.properties.sources.items.if, parentSchema: schema31.properties.sources.items, data: data27 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key5 in data27) {
              if (!func2.call(schema31.properties.sources.items.properties, key5)) {
                const err70 = { instancePath: instancePath + "/sources/" + i3, schemaPath: "#/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.sources.items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data27.source !== void 0) {
              let data34 = data27.source;
              if (typeof data34 === "string") {
                if (!pattern11.test(data34)) {
                  const err71 = { instancePath: instancePath + "/sources/" + i3 + "/source", schemaPath: "#/properties/sources/items/properties/source/pattern", keyword: "pattern", params: { pattern: "^(github|gitlab|bitbucket|git):" }, message: 'must match pattern "^(github|gitlab|bitbucket|git):"', schema: "^(github|gitlab|bitbucket|git):", parentSchema: schema31.properties.sources.items.properties.source, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/sources/" + i3 + "/source", schemaPath: "#/properties/sources/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.properties.source.type, parentSchema: schema31.properties.sources.items.properties.source, data: data34 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data27.discover !== void 0) {
              let data35 = data27.discover;
              if (typeof data35 === "string") {
                if (!pattern12.test(data35)) {
                  const err73 = { instancePath: instancePath + "/sources/" + i3 + "/discover", schemaPath: "#/properties/sources/items/properties/discover/pattern", keyword: "pattern", params: { pattern: "^(github|gitlab|bitbucket):[^@:]+$" }, message: 'must match pattern "^(github|gitlab|bitbucket):[^@:]+$"', schema: "^(github|gitlab|bitbucket):[^@:]+$", parentSchema: schema31.properties.sources.items.properties.discover, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/sources/" + i3 + "/discover", schemaPath: "#/properties/sources/items/properties/discover/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.properties.discover.type, parentSchema: schema31.properties.sources.items.properties.discover, data: data35 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data27.include !== void 0) {
              let data36 = data27.include;
              if (Array.isArray(data36)) {
                const len3 = data36.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data37 = data36[i4];
                  if (typeof data37 === "string") {
                    if (data37.length < 1) {
                      const err75 = { instancePath: instancePath + "/sources/" + i3 + "/include/" + i4, schemaPath: "#/properties/sources/items/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sources.items.properties.include.items, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/sources/" + i3 + "/include/" + i4, schemaPath: "#/properties/sources/items/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.properties.include.items.type, parentSchema: schema31.properties.sources.items.properties.include.items, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
              } else {
                const err77 = { instancePath: instancePath + "/sources/" + i3 + "/include", schemaPath: "#/properties/sources/items/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.items.properties.include.type, parentSchema: schema31.properties.sources.items.properties.include, data: data36 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data27.exclude !== void 0) {
              let data38 = data27.exclude;
              if (Array.isArray(data38)) {
                const len4 = data38.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data39 = data38[i5];
                  if (typeof data39 === "string") {
                    if (data39.length < 1) {
                      const err78 = { instancePath: instancePath + "/sources/" + i3 + "/exclude/" + i5, schemaPath: "#/properties/sources/items/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sources.items.properties.exclude.items, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/sources/" + i3 + "/exclude/" + i5, schemaPath: "#/properties/sources/items/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.properties.exclude.items.type, parentSchema: schema31.properties.sources.items.properties.exclude.items, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/sources/" + i3 + "/exclude", schemaPath: "#/properties/sources/items/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.items.properties.exclude.type, parentSchema: schema31.properties.sources.items.properties.exclude, data: data38 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data27.archived !== void 0) {
              let data40 = data27.archived;
              if (typeof data40 !== "boolean") {
                const err81 = { instancePath: instancePath + "/sources/" + i3 + "/archived", schemaPath: "#/properties/sources/items/properties/archived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.sources.items.properties.archived.type, parentSchema: schema31.properties.sources.items.properties.archived, data: data40 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data27.forks !== void 0) {
              let data41 = data27.forks;
              if (typeof data41 !== "boolean") {
                const err82 = { instancePath: instancePath + "/sources/" + i3 + "/forks", schemaPath: "#/properties/sources/items/properties/forks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.sources.items.properties.forks.type, parentSchema: schema31.properties.sources.items.properties.forks, data: data41 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data27.ref !== void 0) {
              let data42 = data27.ref;
              if (typeof data42 === "string") {
                if (data42.length < 1) {
                  const err83 = { instancePath: instancePath + "/sources/" + i3 + "/ref", schemaPath: "#/properties/sources/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sources.items.properties.ref, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/sources/" + i3 + "/ref", schemaPath: "#/properties/sources/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.properties.ref.type, parentSchema: schema31.properties.sources.items.properties.ref, data: data42 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data27.path !== void 0) {
              let data43 = data27.path;
              if (typeof data43 === "string") {
                if (data43.length < 1) {
                  const err85 = { instancePath: instancePath + "/sources/" + i3 + "/path", schemaPath: "#/properties/sources/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sources.items.properties.path, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/sources/" + i3 + "/path", schemaPath: "#/properties/sources/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.properties.path.type, parentSchema: schema31.properties.sources.items.properties.path, data: data43 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data27.prune !== void 0) {
              let data44 = data27.prune;
              if (typeof data44 !== "boolean") {
                const err87 = { instancePath: instancePath + "/sources/" + i3 + "/prune", schemaPath: "#/$defs/policy/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.type, parentSchema: schema37, data: data44 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data27.on_drift !== void 0) {
              let data45 = data27.on_drift;
              if (!(data45 === "fail" || data45 === "overwrite" || data45 === "skip")) {
                const err88 = { instancePath: instancePath + "/sources/" + i3 + "/on_drift", schemaPath: "#/$defs/policy/on_drift/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data45 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/sources/" + i3, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.sources.items.type, parentSchema: schema31.properties.sources.items, data: data27 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
      } else {
        const err90 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.type, parentSchema: schema31.properties.sources, data: data26 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
  } else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
module.exports.schemaDigest = "56fc0f960d92189782fcd5d7b9c70ae305d8273c1ec17c256d14660533bb2647";
