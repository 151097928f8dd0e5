"use strict";

// dist/format/validators/sync-config-ascii.cjs
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:tmi-sync:schema:sync-config:1", "title": "tmi-sync scheduled sync configuration", "description": "`tmi-sync sync --config FILE` (default: tmi-sync.yaml, found upward from the working directory). No secret is ever written here: TMI credentials come from the environment as for every command (TMI_TOKEN, the session of tmi-sync login, TMI_CLIENT_ID + TMI_CLIENT_SECRET), Git host tokens from GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN \u2026.", "type": "object", "additionalProperties": false, "required": ["sources"], "properties": { "tmi_url": { "type": "string", "pattern": "^https?://", "description": "The TMI server (TMI_URL overrides it)." }, "write": { "description": "How models are written: directly (a person's credentials), or through the tmi-sync addon (a service account). Default: the addon for a service account, directly otherwise.", "type": "object", "additionalProperties": false, "required": ["via"], "properties": { "via": { "enum": ["direct", "addon"] }, "addon_id": { "type": "string", "description": "The addon to invoke (default: the TMI's only tmi-sync addon)." } } }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 16, "default": 2, "description": "Sources synced at once." }, "sources": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["source"], "properties": { "source": { "type": "string", "minLength": 1, "description": "A repository as the CLI takes it: HOST:REPO[@REF][:GLOB] (REF: the default branch when absent)." }, "prune": { "type": "boolean", "default": false }, "on_drift": { "enum": ["fail", "overwrite", "skip"], "default": "fail" } } } } } };
var pattern4 = new RegExp("^https?://", "u");
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
      if (!(key0 === "tmi_url" || key0 === "write" || key0 === "concurrency" || key0 === "sources")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tmi_url !== void 0) {
      let data0 = data.tmi_url;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = { instancePath: instancePath + "/tmi_url", schemaPath: "#/properties/tmi_url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.tmi_url, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/tmi_url", schemaPath: "#/properties/tmi_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tmi_url.type, parentSchema: schema31.properties.tmi_url, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.write !== void 0) {
      let data1 = data.write;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.via === void 0) {
          const err4 = { instancePath: instancePath + "/write", schemaPath: "#/properties/write/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'", schema: schema31.properties.write.required, parentSchema: schema31.properties.write, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "via" || key1 === "addon_id")) {
            const err5 = { instancePath: instancePath + "/write", schemaPath: "#/properties/write/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.write, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.via !== void 0) {
          let data2 = data1.via;
          if (!(data2 === "direct" || data2 === "addon")) {
            const err6 = { instancePath: instancePath + "/write/via", schemaPath: "#/properties/write/properties/via/enum", keyword: "enum", params: { allowedValues: schema31.properties.write.properties.via.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.write.properties.via.enum, parentSchema: schema31.properties.write.properties.via, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.addon_id !== void 0) {
          let data3 = data1.addon_id;
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/write/addon_id", schemaPath: "#/properties/write/properties/addon_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.write.properties.addon_id.type, parentSchema: schema31.properties.write.properties.addon_id, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/write", schemaPath: "#/properties/write/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.write.type, parentSchema: schema31.properties.write, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data4 = data.concurrency;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err9 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.concurrency.type, parentSchema: schema31.properties.concurrency, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 16 || isNaN(data4)) {
          const err10 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16", schema: 16, parentSchema: schema31.properties.concurrency, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.concurrency, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.sources !== void 0) {
      let data5 = data.sources;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err12 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.sources, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.source === void 0) {
              const err13 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema31.properties.sources.items.required, parentSchema: schema31.properties.sources.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "source" || key2 === "prune" || key2 === "on_drift")) {
                const err14 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.sources.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data6.source !== void 0) {
              let data7 = data6.source;
              if (typeof data7 === "string") {
                if (data7.length < 1) {
                  const err15 = { instancePath: instancePath + "/sources/" + i0 + "/source", schemaPath: "#/properties/sources/items/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sources.items.properties.source, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/sources/" + i0 + "/source", schemaPath: "#/properties/sources/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.properties.source.type, parentSchema: schema31.properties.sources.items.properties.source, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.prune !== void 0) {
              let data8 = data6.prune;
              if (typeof data8 !== "boolean") {
                const err17 = { instancePath: instancePath + "/sources/" + i0 + "/prune", schemaPath: "#/properties/sources/items/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.sources.items.properties.prune.type, parentSchema: schema31.properties.sources.items.properties.prune, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data6.on_drift !== void 0) {
              let data9 = data6.on_drift;
              if (!(data9 === "fail" || data9 === "overwrite" || data9 === "skip")) {
                const err18 = { instancePath: instancePath + "/sources/" + i0 + "/on_drift", schemaPath: "#/properties/sources/items/properties/on_drift/enum", keyword: "enum", params: { allowedValues: schema31.properties.sources.items.properties.on_drift.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.sources.items.properties.on_drift.enum, parentSchema: schema31.properties.sources.items.properties.on_drift, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.sources.items.type, parentSchema: schema31.properties.sources.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.type, parentSchema: schema31.properties.sources, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
module.exports.schemaDigest = "3ff86f9f11a54da49bd682c40a88af662efe7424e0459362050b8b44838595da";
