"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// dist/format/validators/addon-invocation.cjs
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:tmi-sync:schema:addon-invocation:1", "title": "tmi-sync addon invocation", "description": "The user data of an invocation of the tmi-sync addon (TMI allows 1024 bytes of JSON). `apply` reads the model from its Git source and applies it to the threat model the addon was invoked on; `pull` proposes that threat model's TMI edits to its source as a branch and pull request. Without `source` and `key`, they are the threat model's own (its tmi-sync-source and tmi-sync-key metadata), at the source's default branch: what the \"Sync from Git\" button in TMI sends.", "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "tmi_sync": { "const": 1, "description": "Version of this shape." }, "action": { "enum": ["apply", "pull"] }, "source": { "type": "string", "minLength": 1, "maxLength": 600, "description": "A repository source as the CLI takes it: HOST:REPO[@REF][:PATH]. It must name the threat model's own repository. apply: REF is best a full commit id (a branch is read at its head) and PATH the model file; pull: REF is the branch the pull request targets and PATH the folder or glob of model files." }, "key": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "The model's key (its tmi-sync-key in TMI); it must be the threat model's own." }, "plan_digest": { "type": "string", "pattern": "^[0-9a-f]{16}$", "description": "apply of a saved plan: the digest of that model's planned changes; the service refuses when planning again finds other changes (TMI moved since)." }, "sync_point": { "type": "object", "additionalProperties": false, "required": ["models", "scope", "files"], "description": "apply from a scheduled sync: what it saw of the source, recorded with the commit (tmi-sync-synced) so that the next run can tell nothing moved without reading a file.", "properties": { "models": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "How many models the source has." }, "scope": { "type": "string", "pattern": "^[0-9a-f]{8}$", "description": "Its glob and prune setting, hashed." }, "files": { "type": "string", "pattern": "^[0-9a-f]{16}$", "description": "Its model files' paths and blob ids, hashed." } } } } };
var func1 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var pattern5 = new RegExp("^[0-9a-f]{16}$", "u");
var pattern6 = new RegExp("^[0-9a-f]{8}$", "u");
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
    if (data.action === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tmi_sync" || key0 === "action" || key0 === "source" || key0 === "key" || key0 === "plan_digest" || key0 === "sync_point")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tmi_sync !== void 0) {
      let data0 = data.tmi_sync;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/tmi_sync", schemaPath: "#/properties/tmi_sync/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.tmi_sync, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data1 = data.action;
      if (!(data1 === "apply" || data1 === "pull")) {
        const err3 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema31.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.action.enum, parentSchema: schema31.properties.action, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data2 = data.source;
      if (typeof data2 === "string") {
        if (func1(data2) > 600) {
          const err4 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/maxLength", keyword: "maxLength", params: { limit: 600 }, message: "must NOT have more than 600 characters", schema: 600, parentSchema: schema31.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err5 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.type, parentSchema: schema31.properties.source, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data3 = data.key;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err7 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema31.properties.key, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key.type, parentSchema: schema31.properties.key, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.plan_digest !== void 0) {
      let data4 = data.plan_digest;
      if (typeof data4 === "string") {
        if (!pattern5.test(data4)) {
          const err9 = { instancePath: instancePath + "/plan_digest", schemaPath: "#/properties/plan_digest/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{16}$" }, message: 'must match pattern "^[0-9a-f]{16}$"', schema: "^[0-9a-f]{16}$", parentSchema: schema31.properties.plan_digest, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/plan_digest", schemaPath: "#/properties/plan_digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.plan_digest.type, parentSchema: schema31.properties.plan_digest, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.sync_point !== void 0) {
      let data5 = data.sync_point;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.models === void 0) {
          const err11 = { instancePath: instancePath + "/sync_point", schemaPath: "#/properties/sync_point/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'", schema: schema31.properties.sync_point.required, parentSchema: schema31.properties.sync_point, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5.scope === void 0) {
          const err12 = { instancePath: instancePath + "/sync_point", schemaPath: "#/properties/sync_point/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema31.properties.sync_point.required, parentSchema: schema31.properties.sync_point, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5.files === void 0) {
          const err13 = { instancePath: instancePath + "/sync_point", schemaPath: "#/properties/sync_point/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema31.properties.sync_point.required, parentSchema: schema31.properties.sync_point, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "models" || key1 === "scope" || key1 === "files")) {
            const err14 = { instancePath: instancePath + "/sync_point", schemaPath: "#/properties/sync_point/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.sync_point, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.models !== void 0) {
          let data6 = data5.models;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err15 = { instancePath: instancePath + "/sync_point/models", schemaPath: "#/properties/sync_point/properties/models/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.sync_point.properties.models.type, parentSchema: schema31.properties.sync_point.properties.models, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 1e5 || isNaN(data6)) {
              const err16 = { instancePath: instancePath + "/sync_point/models", schemaPath: "#/properties/sync_point/properties/models/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema31.properties.sync_point.properties.models, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
              const err17 = { instancePath: instancePath + "/sync_point/models", schemaPath: "#/properties/sync_point/properties/models/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.sync_point.properties.models, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data5.scope !== void 0) {
          let data7 = data5.scope;
          if (typeof data7 === "string") {
            if (!pattern6.test(data7)) {
              const err18 = { instancePath: instancePath + "/sync_point/scope", schemaPath: "#/properties/sync_point/properties/scope/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{8}$" }, message: 'must match pattern "^[0-9a-f]{8}$"', schema: "^[0-9a-f]{8}$", parentSchema: schema31.properties.sync_point.properties.scope, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/sync_point/scope", schemaPath: "#/properties/sync_point/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sync_point.properties.scope.type, parentSchema: schema31.properties.sync_point.properties.scope, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.files !== void 0) {
          let data8 = data5.files;
          if (typeof data8 === "string") {
            if (!pattern5.test(data8)) {
              const err20 = { instancePath: instancePath + "/sync_point/files", schemaPath: "#/properties/sync_point/properties/files/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{16}$" }, message: 'must match pattern "^[0-9a-f]{16}$"', schema: "^[0-9a-f]{16}$", parentSchema: schema31.properties.sync_point.properties.files, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/sync_point/files", schemaPath: "#/properties/sync_point/properties/files/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sync_point.properties.files.type, parentSchema: schema31.properties.sync_point.properties.files, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/sync_point", schemaPath: "#/properties/sync_point/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.sync_point.type, parentSchema: schema31.properties.sync_point, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
module.exports.schemaDigest = "f1b5f781ab42d5ad0aeb1dce6541ce7f76b64c2f227edd181ef1369f8fd3229d";
