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

// dist/format/validators/serve-config.cjs
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:tmi-sync:schema:serve-config:1", "title": "tmi-sync addon service configuration", "description": "`tmi-sync serve --config FILE`. Secrets are never written here: the webhook secret comes from TMI_WEBHOOK_SECRET (or the file TMI_WEBHOOK_SECRET_FILE names), Git host tokens from their usual variables (GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN \u2026).", "type": "object", "additionalProperties": false, "required": ["tmi_url", "sources"], "properties": { "tmi_url": { "type": "string", "pattern": "^https?://", "description": "The TMI server that invokes the addon." }, "sources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "The repositories invocations may read (HOST:REPO, no ref): an invocation naming any other is refused." }, "on_drift": { "enum": ["fail", "overwrite", "skip"], "default": "fail", "description": "Objects edited in TMI since the last apply: refuse the invocation (fail), overwrite them, or leave them (skip)." }, "prune": { "type": "boolean", "default": false, "description": "Delete what tmi-sync created and the file no longer holds." }, "deadline_seconds": { "type": "integer", "minimum": 5, "maximum": 55, "default": 45, "description": "Stop writing this long after a delivery arrives (the delegation token lives 60 s); the next invocation converges." } } };
var pattern4 = new RegExp("^https?://", "u");
var func1 = require_ucs2length().default;
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
    if (data.tmi_url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tmi_url" }, message: "must have required property 'tmi_url'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sources === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tmi_url" || key0 === "sources" || key0 === "on_drift" || key0 === "prune" || key0 === "deadline_seconds")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.tmi_url !== void 0) {
      let data0 = data.tmi_url;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/tmi_url", schemaPath: "#/properties/tmi_url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.tmi_url, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/tmi_url", schemaPath: "#/properties/tmi_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tmi_url.type, parentSchema: schema31.properties.tmi_url, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data1 = data.sources;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.sources, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func1(data2) < 1) {
              const err6 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sources.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.type, parentSchema: schema31.properties.sources.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.type, parentSchema: schema31.properties.sources, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.on_drift !== void 0) {
      let data3 = data.on_drift;
      if (!(data3 === "fail" || data3 === "overwrite" || data3 === "skip")) {
        const err9 = { instancePath: instancePath + "/on_drift", schemaPath: "#/properties/on_drift/enum", keyword: "enum", params: { allowedValues: schema31.properties.on_drift.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.on_drift.enum, parentSchema: schema31.properties.on_drift, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.prune !== void 0) {
      let data4 = data.prune;
      if (typeof data4 !== "boolean") {
        const err10 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.prune.type, parentSchema: schema31.properties.prune, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.deadline_seconds !== void 0) {
      let data5 = data.deadline_seconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err11 = { instancePath: instancePath + "/deadline_seconds", schemaPath: "#/properties/deadline_seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deadline_seconds.type, parentSchema: schema31.properties.deadline_seconds, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 55 || isNaN(data5)) {
          const err12 = { instancePath: instancePath + "/deadline_seconds", schemaPath: "#/properties/deadline_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 55 }, message: "must be <= 55", schema: 55, parentSchema: schema31.properties.deadline_seconds, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5 < 5 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/deadline_seconds", schemaPath: "#/properties/deadline_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema31.properties.deadline_seconds, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
module.exports.schemaDigest = "35befd9b7dd102973d3cc2f6ddd76d90b963b85a5acd07ed4cad35b1672e4043";
