"use strict";

// dist/format/validators/plan.cjs
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:tmi-sync:schema:plan:1", "title": "tmi-sync plan", "description": "What `tmi-sync plan --json FILE` and `--out FILE` write, and what `tmi-sync apply FILE` applies exactly. Format 1. Fields are only ever added within a format version; a change that breaks readers bumps `format`, and apply refuses plans of another format.", "type": "object", "required": ["format", "tool", "created_at", "tmi_url", "source", "options", "models", "summary"], "properties": { "format": { "const": 1, "description": "Version of this format." }, "tool": { "const": "tmi-sync" }, "created_at": { "type": "string", "description": "When the plan was made (RFC 3339)." }, "tmi_url": { "type": "string", "description": "The TMI server the plan was made against (never with credentials)." }, "source": { "type": "string", "description": "The `--source` name of local files (models from repositories carry their own, per model)." }, "options": { "type": "object", "required": ["prune", "on_drift"], "properties": { "prune": { "type": "boolean" }, "on_drift": { "enum": ["fail", "overwrite", "skip"] } } }, "models": { "type": "array", "items": { "$ref": "#/$defs/model" } }, "summary": { "type": "object", "description": "Counts of object changes across all models, by action.", "required": ["create", "update", "delete", "unchanged", "orphan", "conflict", "skip"], "properties": { "create": { "$ref": "#/$defs/count" }, "update": { "$ref": "#/$defs/count" }, "delete": { "$ref": "#/$defs/count" }, "unchanged": { "$ref": "#/$defs/count" }, "orphan": { "$ref": "#/$defs/count" }, "conflict": { "$ref": "#/$defs/count" }, "skip": { "$ref": "#/$defs/count" } } }, "orphaned_models": { "type": "array", "description": "Threat models in TMI that tmi-sync applied from this plan's sources and that no file claims any more (removed or renamed files), or second copies of one file's model left by two applies at once. Reported only when the plan covers whole sets of files (directories, repositories, globs), never for files named one by one. `delete` under --prune, when everything in the model is tmi-sync's.", "items": { "$ref": "#/$defs/orphan" } } }, "$defs": { "model": { "type": "object", "description": "One model file and the TMI threat model it maps to.", "required": ["source", "key", "file", "name", "action", "is_confidential", "server_authorization", "remote_fingerprint", "changes"], "properties": { "source": { "type": "string", "description": "The set of files the model belongs to: `--source` for local files, the repository (e.g. `github:owner/repo`) otherwise. A model is identified by its source and key." }, "key": { "type": "string" }, "file": { "type": "string", "description": "Path of the model file, relative to where plan ran." }, "name": { "type": "string" }, "action": { "enum": ["create", "update", "unchanged"] }, "threat_model_id": { "type": "string", "description": "The TMI threat model, when it exists." }, "is_confidential": { "type": "boolean", "description": "Honoured by TMI only on create." }, "server_authorization": { "type": "array", "description": "Access-list entries TMI added itself (owner, reviewer groups): sent back with any access-list change so they are never lost.", "items": { "type": "object" } }, "remote_fingerprint": { "type": ["string", "null"], "description": "Digest of what the plan read from TMI for this model; apply refuses the plan if it no longer matches." }, "changes": { "type": "array", "description": "The threat model itself first, then its items by kind, each with the action and its reason.", "items": { "$ref": "#/$defs/change" } } } }, "change": { "type": "object", "required": ["kind", "key", "name", "action", "reason", "changes"], "properties": { "kind": { "enum": ["threat_model", "asset", "diagram", "threat", "document", "repository", "note"] }, "key": { "type": "string", "description": "The object's key in the file (tmi-sync-key in TMI)." }, "name": { "type": "string" }, "action": { "enum": ["create", "update", "delete", "unchanged", "orphan", "conflict", "skip"], "description": "orphan: in TMI, created by tmi-sync, gone from the file (deleted only with --prune). conflict: changed in TMI since the last apply (--on-drift)." }, "reason": { "type": "string" }, "changes": { "type": "array", "description": "Field-level differences, old (TMI) \u2192 new (file). A missing old or new means absent.", "items": { "type": "object", "required": ["field"], "properties": { "field": { "type": "string" }, "old": {}, "new": {} } } }, "id": { "type": "string", "description": "The object's id in TMI, when it exists." }, "desired": { "type": "object", "description": "The exact state apply writes, in key-space (references are keys; resolved to ids at apply). Absent for an unchanged object: nothing is written for it.", "required": ["fields", "metadata"], "properties": { "fields": { "type": "object" }, "metadata": { "type": "object", "additionalProperties": { "type": "string" } } } }, "digest": { "type": "string", "description": "Recorded as tmi-sync-digest once written." }, "remote_metadata": { "type": "array", "description": "The object's metadata in TMI, so full-replace writes keep keys others added.", "items": { "type": "object", "required": ["key", "value"], "properties": { "key": { "type": "string" }, "value": { "type": "string" } } } }, "drift": { "const": true, "description": "Changed in TMI since tmi-sync last applied it: a conflict, or (under --on-drift) overwritten or skipped. Reported either way." } } }, "count": { "type": "integer", "minimum": 0 }, "orphan": { "type": "object", "required": ["source", "key", "threat_model_id", "name", "action", "reason", "remote_fingerprint"], "properties": { "source": { "type": "string" }, "key": { "type": "string", "description": "The `tmi-sync-key` it was applied with." }, "threat_model_id": { "type": "string" }, "name": { "type": "string" }, "action": { "enum": ["delete", "orphan"] }, "reason": { "type": "string" }, "remote_fingerprint": { "type": "string", "description": "What the plan read of this model: apply deletes it only if TMI still holds exactly that." }, "renamed_to": { "type": "string", "description": "The key of a model this plan creates that looks like this one renamed (most of its objects' keys are the same)." } }, "additionalProperties": false } } };
var schema34 = { "type": "integer", "minimum": 0 };
var schema41 = { "type": "object", "required": ["source", "key", "threat_model_id", "name", "action", "reason", "remote_fingerprint"], "properties": { "source": { "type": "string" }, "key": { "type": "string", "description": "The `tmi-sync-key` it was applied with." }, "threat_model_id": { "type": "string" }, "name": { "type": "string" }, "action": { "enum": ["delete", "orphan"] }, "reason": { "type": "string" }, "remote_fingerprint": { "type": "string", "description": "What the plan read of this model: apply deletes it only if TMI still holds exactly that." }, "renamed_to": { "type": "string", "description": "The key of a model this plan creates that looks like this one renamed (most of its objects' keys are the same)." } }, "additionalProperties": false };
var schema32 = { "type": "object", "description": "One model file and the TMI threat model it maps to.", "required": ["source", "key", "file", "name", "action", "is_confidential", "server_authorization", "remote_fingerprint", "changes"], "properties": { "source": { "type": "string", "description": "The set of files the model belongs to: `--source` for local files, the repository (e.g. `github:owner/repo`) otherwise. A model is identified by its source and key." }, "key": { "type": "string" }, "file": { "type": "string", "description": "Path of the model file, relative to where plan ran." }, "name": { "type": "string" }, "action": { "enum": ["create", "update", "unchanged"] }, "threat_model_id": { "type": "string", "description": "The TMI threat model, when it exists." }, "is_confidential": { "type": "boolean", "description": "Honoured by TMI only on create." }, "server_authorization": { "type": "array", "description": "Access-list entries TMI added itself (owner, reviewer groups): sent back with any access-list change so they are never lost.", "items": { "type": "object" } }, "remote_fingerprint": { "type": ["string", "null"], "description": "Digest of what the plan read from TMI for this model; apply refuses the plan if it no longer matches." }, "changes": { "type": "array", "description": "The threat model itself first, then its items by kind, each with the action and its reason.", "items": { "$ref": "#/$defs/change" } } } };
var schema33 = { "type": "object", "required": ["kind", "key", "name", "action", "reason", "changes"], "properties": { "kind": { "enum": ["threat_model", "asset", "diagram", "threat", "document", "repository", "note"] }, "key": { "type": "string", "description": "The object's key in the file (tmi-sync-key in TMI)." }, "name": { "type": "string" }, "action": { "enum": ["create", "update", "delete", "unchanged", "orphan", "conflict", "skip"], "description": "orphan: in TMI, created by tmi-sync, gone from the file (deleted only with --prune). conflict: changed in TMI since the last apply (--on-drift)." }, "reason": { "type": "string" }, "changes": { "type": "array", "description": "Field-level differences, old (TMI) \u2192 new (file). A missing old or new means absent.", "items": { "type": "object", "required": ["field"], "properties": { "field": { "type": "string" }, "old": {}, "new": {} } } }, "id": { "type": "string", "description": "The object's id in TMI, when it exists." }, "desired": { "type": "object", "description": "The exact state apply writes, in key-space (references are keys; resolved to ids at apply). Absent for an unchanged object: nothing is written for it.", "required": ["fields", "metadata"], "properties": { "fields": { "type": "object" }, "metadata": { "type": "object", "additionalProperties": { "type": "string" } } } }, "digest": { "type": "string", "description": "Recorded as tmi-sync-digest once written." }, "remote_metadata": { "type": "array", "description": "The object's metadata in TMI, so full-replace writes keep keys others added.", "items": { "type": "object", "required": ["key", "value"], "properties": { "key": { "type": "string" }, "value": { "type": "string" } } } }, "drift": { "const": true, "description": "Changed in TMI since tmi-sync last applied it: a conflict, or (under --on-drift) overwritten or skipped. Reported either way." } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.file === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.is_confidential === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "is_confidential" }, message: "must have required property 'is_confidential'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.server_authorization === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server_authorization" }, message: "must have required property 'server_authorization'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.remote_fingerprint === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remote_fingerprint" }, message: "must have required property 'remote_fingerprint'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.source !== void 0) {
      let data0 = data.source;
      if (typeof data0 !== "string") {
        const err9 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.source.type, parentSchema: schema32.properties.source, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data1 = data.key;
      if (typeof data1 !== "string") {
        const err10 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.key.type, parentSchema: schema32.properties.key, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.file.type, parentSchema: schema32.properties.file, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data4 = data.action;
      if (!(data4 === "create" || data4 === "update" || data4 === "unchanged")) {
        const err13 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema32.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.action.enum, parentSchema: schema32.properties.action, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.threat_model_id !== void 0) {
      let data5 = data.threat_model_id;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/threat_model_id", schemaPath: "#/properties/threat_model_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.threat_model_id.type, parentSchema: schema32.properties.threat_model_id, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.is_confidential !== void 0) {
      let data6 = data.is_confidential;
      if (typeof data6 !== "boolean") {
        const err15 = { instancePath: instancePath + "/is_confidential", schemaPath: "#/properties/is_confidential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.is_confidential.type, parentSchema: schema32.properties.is_confidential, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.server_authorization !== void 0) {
      let data7 = data.server_authorization;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
            const err16 = { instancePath: instancePath + "/server_authorization/" + i0, schemaPath: "#/properties/server_authorization/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.server_authorization.items.type, parentSchema: schema32.properties.server_authorization.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/server_authorization", schemaPath: "#/properties/server_authorization/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.server_authorization.type, parentSchema: schema32.properties.server_authorization, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.remote_fingerprint !== void 0) {
      let data9 = data.remote_fingerprint;
      if (typeof data9 !== "string" && data9 !== null) {
        const err18 = { instancePath: instancePath + "/remote_fingerprint", schemaPath: "#/properties/remote_fingerprint/type", keyword: "type", params: { type: schema32.properties.remote_fingerprint.type }, message: "must be string,null", schema: schema32.properties.remote_fingerprint.type, parentSchema: schema32.properties.remote_fingerprint, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data10 = data.changes;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.kind === void 0) {
              const err19 = { instancePath: instancePath + "/changes/" + i1, schemaPath: "#/$defs/change/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data11.key === void 0) {
              const err20 = { instancePath: instancePath + "/changes/" + i1, schemaPath: "#/$defs/change/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema33.required, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data11.name === void 0) {
              const err21 = { instancePath: instancePath + "/changes/" + i1, schemaPath: "#/$defs/change/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data11.action === void 0) {
              const err22 = { instancePath: instancePath + "/changes/" + i1, schemaPath: "#/$defs/change/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema33.required, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data11.reason === void 0) {
              const err23 = { instancePath: instancePath + "/changes/" + i1, schemaPath: "#/$defs/change/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema33.required, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data11.changes === void 0) {
              const err24 = { instancePath: instancePath + "/changes/" + i1, schemaPath: "#/$defs/change/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema33.required, parentSchema: schema33, data: data11 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data11.kind !== void 0) {
              let data12 = data11.kind;
              if (!(data12 === "threat_model" || data12 === "asset" || data12 === "diagram" || data12 === "threat" || data12 === "document" || data12 === "repository" || data12 === "note")) {
                const err25 = { instancePath: instancePath + "/changes/" + i1 + "/kind", schemaPath: "#/$defs/change/properties/kind/enum", keyword: "enum", params: { allowedValues: schema33.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.kind.enum, parentSchema: schema33.properties.kind, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data11.key !== void 0) {
              let data13 = data11.key;
              if (typeof data13 !== "string") {
                const err26 = { instancePath: instancePath + "/changes/" + i1 + "/key", schemaPath: "#/$defs/change/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.key.type, parentSchema: schema33.properties.key, data: data13 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data11.name !== void 0) {
              let data14 = data11.name;
              if (typeof data14 !== "string") {
                const err27 = { instancePath: instancePath + "/changes/" + i1 + "/name", schemaPath: "#/$defs/change/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.name.type, parentSchema: schema33.properties.name, data: data14 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data11.action !== void 0) {
              let data15 = data11.action;
              if (!(data15 === "create" || data15 === "update" || data15 === "delete" || data15 === "unchanged" || data15 === "orphan" || data15 === "conflict" || data15 === "skip")) {
                const err28 = { instancePath: instancePath + "/changes/" + i1 + "/action", schemaPath: "#/$defs/change/properties/action/enum", keyword: "enum", params: { allowedValues: schema33.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.action.enum, parentSchema: schema33.properties.action, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data11.reason !== void 0) {
              let data16 = data11.reason;
              if (typeof data16 !== "string") {
                const err29 = { instancePath: instancePath + "/changes/" + i1 + "/reason", schemaPath: "#/$defs/change/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.reason.type, parentSchema: schema33.properties.reason, data: data16 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data11.changes !== void 0) {
              let data17 = data11.changes;
              if (Array.isArray(data17)) {
                const len2 = data17.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data18 = data17[i2];
                  if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                    if (data18.field === void 0) {
                      const err30 = { instancePath: instancePath + "/changes/" + i1 + "/changes/" + i2, schemaPath: "#/$defs/change/properties/changes/items/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'", schema: schema33.properties.changes.items.required, parentSchema: schema33.properties.changes.items, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (data18.field !== void 0) {
                      let data19 = data18.field;
                      if (typeof data19 !== "string") {
                        const err31 = { instancePath: instancePath + "/changes/" + i1 + "/changes/" + i2 + "/field", schemaPath: "#/$defs/change/properties/changes/items/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.changes.items.properties.field.type, parentSchema: schema33.properties.changes.items.properties.field, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/changes/" + i1 + "/changes/" + i2, schemaPath: "#/$defs/change/properties/changes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.changes.items.type, parentSchema: schema33.properties.changes.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/changes/" + i1 + "/changes", schemaPath: "#/$defs/change/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.changes.type, parentSchema: schema33.properties.changes, data: data17 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data11.id !== void 0) {
              let data20 = data11.id;
              if (typeof data20 !== "string") {
                const err34 = { instancePath: instancePath + "/changes/" + i1 + "/id", schemaPath: "#/$defs/change/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.id.type, parentSchema: schema33.properties.id, data: data20 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data11.desired !== void 0) {
              let data21 = data11.desired;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.fields === void 0) {
                  const err35 = { instancePath: instancePath + "/changes/" + i1 + "/desired", schemaPath: "#/$defs/change/properties/desired/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'", schema: schema33.properties.desired.required, parentSchema: schema33.properties.desired, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data21.metadata === void 0) {
                  const err36 = { instancePath: instancePath + "/changes/" + i1 + "/desired", schemaPath: "#/$defs/change/properties/desired/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema33.properties.desired.required, parentSchema: schema33.properties.desired, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data21.fields !== void 0) {
                  let data22 = data21.fields;
                  if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
                    const err37 = { instancePath: instancePath + "/changes/" + i1 + "/desired/fields", schemaPath: "#/$defs/change/properties/desired/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.desired.properties.fields.type, parentSchema: schema33.properties.desired.properties.fields, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data21.metadata !== void 0) {
                  let data23 = data21.metadata;
                  if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    for (const key0 in data23) {
                      let data24 = data23[key0];
                      if (typeof data24 !== "string") {
                        const err38 = { instancePath: instancePath + "/changes/" + i1 + "/desired/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/change/properties/desired/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.desired.properties.metadata.additionalProperties.type, parentSchema: schema33.properties.desired.properties.metadata.additionalProperties, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/changes/" + i1 + "/desired/metadata", schemaPath: "#/$defs/change/properties/desired/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.desired.properties.metadata.type, parentSchema: schema33.properties.desired.properties.metadata, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/changes/" + i1 + "/desired", schemaPath: "#/$defs/change/properties/desired/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.desired.type, parentSchema: schema33.properties.desired, data: data21 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data11.digest !== void 0) {
              let data25 = data11.digest;
              if (typeof data25 !== "string") {
                const err41 = { instancePath: instancePath + "/changes/" + i1 + "/digest", schemaPath: "#/$defs/change/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.digest.type, parentSchema: schema33.properties.digest, data: data25 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data11.remote_metadata !== void 0) {
              let data26 = data11.remote_metadata;
              if (Array.isArray(data26)) {
                const len3 = data26.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data27 = data26[i3];
                  if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                    if (data27.key === void 0) {
                      const err42 = { instancePath: instancePath + "/changes/" + i1 + "/remote_metadata/" + i3, schemaPath: "#/$defs/change/properties/remote_metadata/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema33.properties.remote_metadata.items.required, parentSchema: schema33.properties.remote_metadata.items, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                    if (data27.value === void 0) {
                      const err43 = { instancePath: instancePath + "/changes/" + i1 + "/remote_metadata/" + i3, schemaPath: "#/$defs/change/properties/remote_metadata/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema33.properties.remote_metadata.items.required, parentSchema: schema33.properties.remote_metadata.items, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (data27.key !== void 0) {
                      let data28 = data27.key;
                      if (typeof data28 !== "string") {
                        const err44 = { instancePath: instancePath + "/changes/" + i1 + "/remote_metadata/" + i3 + "/key", schemaPath: "#/$defs/change/properties/remote_metadata/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.remote_metadata.items.properties.key.type, parentSchema: schema33.properties.remote_metadata.items.properties.key, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                    if (data27.value !== void 0) {
                      let data29 = data27.value;
                      if (typeof data29 !== "string") {
                        const err45 = { instancePath: instancePath + "/changes/" + i1 + "/remote_metadata/" + i3 + "/value", schemaPath: "#/$defs/change/properties/remote_metadata/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.remote_metadata.items.properties.value.type, parentSchema: schema33.properties.remote_metadata.items.properties.value, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/changes/" + i1 + "/remote_metadata/" + i3, schemaPath: "#/$defs/change/properties/remote_metadata/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.remote_metadata.items.type, parentSchema: schema33.properties.remote_metadata.items, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/changes/" + i1 + "/remote_metadata", schemaPath: "#/$defs/change/properties/remote_metadata/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.remote_metadata.type, parentSchema: schema33.properties.remote_metadata, data: data26 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data11.drift !== void 0) {
              let data30 = data11.drift;
              if (true !== data30) {
                const err48 = { instancePath: instancePath + "/changes/" + i1 + "/drift", schemaPath: "#/$defs/change/properties/drift/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema33.properties.drift, data: data30 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/changes/" + i1, schemaPath: "#/$defs/change/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data11 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.changes.type, parentSchema: schema32.properties.changes, data: data10 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "source": true, "key": true, "file": true, "name": true, "action": true, "threat_model_id": true, "is_confidential": true, "server_authorization": true, "remote_fingerprint": true, "changes": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tmi_url === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tmi_url" }, message: "must have required property 'tmi_url'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.options === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property 'options'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.models === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if (1 !== data0) {
        const err8 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.format, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if ("tmi-sync" !== data1) {
        const err9 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/const", keyword: "const", params: { allowedValue: "tmi-sync" }, message: "must be equal to constant", schema: "tmi-sync", parentSchema: schema31.properties.tool, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data2 = data.created_at;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.created_at.type, parentSchema: schema31.properties.created_at, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tmi_url !== void 0) {
      let data3 = data.tmi_url;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/tmi_url", schemaPath: "#/properties/tmi_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tmi_url.type, parentSchema: schema31.properties.tmi_url, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data4 = data.source;
      if (typeof data4 !== "string") {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.type, parentSchema: schema31.properties.source, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data5 = data.options;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.prune === void 0) {
          const err13 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/required", keyword: "required", params: { missingProperty: "prune" }, message: "must have required property 'prune'", schema: schema31.properties.options.required, parentSchema: schema31.properties.options, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5.on_drift === void 0) {
          const err14 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/required", keyword: "required", params: { missingProperty: "on_drift" }, message: "must have required property 'on_drift'", schema: schema31.properties.options.required, parentSchema: schema31.properties.options, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5.prune !== void 0) {
          let data6 = data5.prune;
          if (typeof data6 !== "boolean") {
            const err15 = { instancePath: instancePath + "/options/prune", schemaPath: "#/properties/options/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.options.properties.prune.type, parentSchema: schema31.properties.options.properties.prune, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.on_drift !== void 0) {
          let data7 = data5.on_drift;
          if (!(data7 === "fail" || data7 === "overwrite" || data7 === "skip")) {
            const err16 = { instancePath: instancePath + "/options/on_drift", schemaPath: "#/properties/options/properties/on_drift/enum", keyword: "enum", params: { allowedValues: schema31.properties.options.properties.on_drift.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.options.properties.on_drift.enum, parentSchema: schema31.properties.options.properties.on_drift, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.options.type, parentSchema: schema31.properties.options, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data8 = data.models;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data8[i0], { instancePath: instancePath + "/models/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.models.type, parentSchema: schema31.properties.models, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data10 = data.summary;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.create === void 0) {
          const err19 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "create" }, message: "must have required property 'create'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data10 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data10.update === void 0) {
          const err20 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "update" }, message: "must have required property 'update'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data10 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data10.delete === void 0) {
          const err21 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "delete" }, message: "must have required property 'delete'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data10 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data10.unchanged === void 0) {
          const err22 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data10.orphan === void 0) {
          const err23 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "orphan" }, message: "must have required property 'orphan'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data10.conflict === void 0) {
          const err24 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "conflict" }, message: "must have required property 'conflict'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data10.skip === void 0) {
          const err25 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "skip" }, message: "must have required property 'skip'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data10.create !== void 0) {
          let data11 = data10.create;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err26 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data10.update !== void 0) {
          let data12 = data10.update;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err28 = { instancePath: instancePath + "/summary/update", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err29 = { instancePath: instancePath + "/summary/update", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data10.delete !== void 0) {
          let data13 = data10.delete;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err30 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data13 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err31 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        if (data10.unchanged !== void 0) {
          let data14 = data10.unchanged;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err32 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data14 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err33 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data10.orphan !== void 0) {
          let data15 = data10.orphan;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err34 = { instancePath: instancePath + "/summary/orphan", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err35 = { instancePath: instancePath + "/summary/orphan", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        if (data10.conflict !== void 0) {
          let data16 = data10.conflict;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err36 = { instancePath: instancePath + "/summary/conflict", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err37 = { instancePath: instancePath + "/summary/conflict", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data16 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data10.skip !== void 0) {
          let data17 = data10.skip;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err38 = { instancePath: instancePath + "/summary/skip", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data17 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err39 = { instancePath: instancePath + "/summary/skip", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data17 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.summary.type, parentSchema: schema31.properties.summary, data: data10 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.orphaned_models !== void 0) {
      let data18 = data.orphaned_models;
      if (Array.isArray(data18)) {
        const len1 = data18.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data19 = data18[i1];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.source === void 0) {
              const err41 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema41.required, parentSchema: schema41, data: data19 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data19.key === void 0) {
              const err42 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema41.required, parentSchema: schema41, data: data19 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data19.threat_model_id === void 0) {
              const err43 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/required", keyword: "required", params: { missingProperty: "threat_model_id" }, message: "must have required property 'threat_model_id'", schema: schema41.required, parentSchema: schema41, data: data19 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data19.name === void 0) {
              const err44 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema41.required, parentSchema: schema41, data: data19 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data19.action === void 0) {
              const err45 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema41.required, parentSchema: schema41, data: data19 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data19.reason === void 0) {
              const err46 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema41.required, parentSchema: schema41, data: data19 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data19.remote_fingerprint === void 0) {
              const err47 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/required", keyword: "required", params: { missingProperty: "remote_fingerprint" }, message: "must have required property 'remote_fingerprint'", schema: schema41.required, parentSchema: schema41, data: data19 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key0 in data19) {
              if (!(key0 === "source" || key0 === "key" || key0 === "threat_model_id" || key0 === "name" || key0 === "action" || key0 === "reason" || key0 === "remote_fingerprint" || key0 === "renamed_to")) {
                const err48 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data19 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data19.source !== void 0) {
              let data20 = data19.source;
              if (typeof data20 !== "string") {
                const err49 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/source", schemaPath: "#/$defs/orphan/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.type, parentSchema: schema41.properties.source, data: data20 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data19.key !== void 0) {
              let data21 = data19.key;
              if (typeof data21 !== "string") {
                const err50 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/key", schemaPath: "#/$defs/orphan/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.key.type, parentSchema: schema41.properties.key, data: data21 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data19.threat_model_id !== void 0) {
              let data22 = data19.threat_model_id;
              if (typeof data22 !== "string") {
                const err51 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/threat_model_id", schemaPath: "#/$defs/orphan/properties/threat_model_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.threat_model_id.type, parentSchema: schema41.properties.threat_model_id, data: data22 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data19.name !== void 0) {
              let data23 = data19.name;
              if (typeof data23 !== "string") {
                const err52 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/name", schemaPath: "#/$defs/orphan/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.name.type, parentSchema: schema41.properties.name, data: data23 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data19.action !== void 0) {
              let data24 = data19.action;
              if (!(data24 === "delete" || data24 === "orphan")) {
                const err53 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/action", schemaPath: "#/$defs/orphan/properties/action/enum", keyword: "enum", params: { allowedValues: schema41.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.action.enum, parentSchema: schema41.properties.action, data: data24 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data19.reason !== void 0) {
              let data25 = data19.reason;
              if (typeof data25 !== "string") {
                const err54 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/reason", schemaPath: "#/$defs/orphan/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.reason.type, parentSchema: schema41.properties.reason, data: data25 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data19.remote_fingerprint !== void 0) {
              let data26 = data19.remote_fingerprint;
              if (typeof data26 !== "string") {
                const err55 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/remote_fingerprint", schemaPath: "#/$defs/orphan/properties/remote_fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.remote_fingerprint.type, parentSchema: schema41.properties.remote_fingerprint, data: data26 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data19.renamed_to !== void 0) {
              let data27 = data19.renamed_to;
              if (typeof data27 !== "string") {
                const err56 = { instancePath: instancePath + "/orphaned_models/" + i1 + "/renamed_to", schemaPath: "#/$defs/orphan/properties/renamed_to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.renamed_to.type, parentSchema: schema41.properties.renamed_to, data: data27 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/orphaned_models/" + i1, schemaPath: "#/$defs/orphan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data19 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/orphaned_models", schemaPath: "#/properties/orphaned_models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.orphaned_models.type, parentSchema: schema31.properties.orphaned_models, data: data18 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "format": true, "tool": true, "created_at": true, "tmi_url": true, "source": true, "options": true, "models": true, "summary": true, "orphaned_models": true }, "dynamicProps": false, "dynamicItems": false };
module.exports.schemaDigest = "85abfb1552a50d6f85074716605857803ebdc8ad93e337de9e47489111a6f56c";
