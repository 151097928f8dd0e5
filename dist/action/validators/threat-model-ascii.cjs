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

// dist/format/validators/threat-model-ascii.cjs
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:tmi-sync:schema:threat-model:1", "title": "tmi-sync threat model", "description": "One file = one TMI threat model. Field names, enums and limits follow TMI's API (server 1.8.x); `key`s give every object an identity that survives renames.", "type": "object", "required": ["tmi_sync", "key", "name"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Optional schema reference for editors." }, "tmi_sync": { "const": 1, "description": "Format version of this file." }, "key": { "$ref": "#/$defs/key", "description": "Stable identity of the threat model. Keep it when the name or the file changes." }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "threat_model_framework": { "enum": ["CIA", "STRIDE", "LINDDUN", "DIE", "PLOT4ai", null], "description": "TMI default: STRIDE." }, "issue_uri": { "$ref": "#/$defs/issueUri" }, "is_confidential": { "type": "boolean", "description": "Only honoured by TMI when the threat model is created." }, "authorization": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/$defs/authorization" } }, "metadata": { "$ref": "#/$defs/metadata" }, "assets": { "type": "array", "items": { "$ref": "#/$defs/asset" } }, "threats": { "type": "array", "items": { "$ref": "#/$defs/threat" } }, "documents": { "type": "array", "items": { "$ref": "#/$defs/document" } }, "repositories": { "type": "array", "items": { "$ref": "#/$defs/repository" } }, "notes": { "type": "array", "items": { "$ref": "#/$defs/note" } }, "diagrams": { "type": "array", "items": { "$ref": "#/$defs/diagram" } } }, "$defs": { "key": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Stable local identifier: letters, digits, '.', '_', '-'; at most 128 characters." }, "cellId": { "type": "string", "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", "description": "A UUID, or a readable id (letters, digits, '.', '_', '-') that tmi-sync turns into a stable UUID." }, "uri": { "type": "string", "minLength": 1, "maxLength": 1e3, "pattern": "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$" }, "issueUri": { "type": ["string", "null"], "maxLength": 1e3 }, "metadata": { "type": "object", "description": "Key/value pairs stored as TMI metadata.", "maxProperties": 100, "propertyNames": { "minLength": 1, "maxLength": 256 }, "additionalProperties": { "type": "string", "minLength": 1, "maxLength": 1024 } }, "authorization": { "type": "object", "required": ["principal_type", "provider", "provider_id", "role"], "additionalProperties": false, "properties": { "principal_type": { "enum": ["user", "group"] }, "provider": { "type": "string", "maxLength": 100, "pattern": "^(\\*|[a-zA-Z][a-zA-Z0-9_*-]*)$" }, "provider_id": { "type": "string", "minLength": 1, "maxLength": 255 }, "role": { "enum": ["reader", "writer", "owner"] } } }, "asset": { "type": "object", "description": "Something of value: data, a system, a service, people.", "required": ["key", "name", "type"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "type": { "enum": ["data", "hardware", "software", "infrastructure", "service", "personnel"] }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "criticality": { "type": ["string", "null"], "maxLength": 128 }, "classification": { "type": ["array", "null"], "maxItems": 50, "items": { "type": "string", "maxLength": 128 } }, "sensitivity": { "type": ["string", "null"], "maxLength": 128 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } }, "threat": { "type": "object", "description": "A threat. TMI requires name and threat_type (an empty list is fine).", "required": ["key", "name"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "threat_type": { "type": "array", "maxItems": 20, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 256 } }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "mitigation": { "type": ["string", "null"], "maxLength": 1024 }, "severity": { "type": ["string", "null"], "maxLength": 50, "description": "TMI vocabulary: unknown, informational, low, medium, high, critical." }, "status": { "type": ["string", "null"], "maxLength": 256, "description": "TMI vocabulary: open, confirmed, deferred, mitigation_planned, mitigation_in_progress, verification_pending, resolved, accepted, closed, false_positive." }, "priority": { "type": ["string", "null"], "maxLength": 256 }, "score": { "type": ["number", "null"], "minimum": 0, "maximum": 10 }, "mitigated": { "type": "boolean" }, "issue_uri": { "$ref": "#/$defs/issueUri" }, "cwe_id": { "type": "array", "maxItems": 50, "uniqueItems": true, "items": { "type": "string", "minLength": 5, "maxLength": 16, "pattern": "^CWE-[0-9]+$" } }, "cvss": { "type": "array", "maxItems": 10, "items": { "type": "object", "required": ["vector", "score"], "additionalProperties": false, "properties": { "vector": { "type": "string", "minLength": 26, "maxLength": 250, "pattern": "^[A-Za-z0-9.:/_-]+$" }, "score": { "type": "number", "minimum": 0, "maximum": 10 } } } }, "ssvc": { "type": ["object", "null"], "required": ["vector", "decision", "methodology"], "additionalProperties": false, "properties": { "vector": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[A-Za-z0-9/:._-]+$" }, "decision": { "enum": ["Defer", "Scheduled", "Out-of-Cycle", "Immediate"] }, "methodology": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9 _-]+$" } } }, "asset": { "$ref": "#/$defs/key", "description": "Key of the asset this threat is about." }, "diagram": { "$ref": "#/$defs/key", "description": "Key of the diagram this threat is drawn on." }, "cell": { "$ref": "#/$defs/cellId", "description": "Id of the cell (in `diagram`) this threat is attached to." }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } }, "document": { "type": "object", "description": "A document linked to the threat model.", "required": ["key", "name", "uri"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "uri": { "$ref": "#/$defs/uri" }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } }, "repository": { "type": "object", "description": "A source repository linked to the threat model.", "required": ["key", "uri"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": ["string", "null"], "maxLength": 256, "minLength": 1 }, "uri": { "$ref": "#/$defs/uri" }, "type": { "enum": ["git", "svn", "mercurial", "other", null] }, "parameters": { "type": ["object", "null"], "required": ["refType", "refValue"], "additionalProperties": false, "properties": { "refType": { "enum": ["branch", "tag", "commit"] }, "refValue": { "type": "string", "maxLength": 256 }, "subPath": { "type": "string", "maxLength": 256 } } }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } }, "note": { "type": "object", "description": "A markdown note.", "required": ["key", "name", "content"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "content": { "type": "string", "minLength": 1, "maxLength": 262144, "description": "Markdown." }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } }, "diagram": { "type": "object", "description": "A data-flow diagram (TMI type DFD-1.0.0) holding AntV X6 cells.", "required": ["key", "name"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "type": { "const": "DFD-1.0.0" }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "color_palette": { "type": "array", "maxItems": 8, "items": { "type": "object", "required": ["position", "color"], "additionalProperties": false, "properties": { "position": { "type": "integer", "minimum": 1, "maximum": 8 }, "color": { "type": "string", "pattern": "^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$" } } } }, "cells": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/$defs/cell" } }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } }, "cell": { "type": "object", "if": { "properties": { "shape": { "const": "flow" } }, "required": ["shape"] }, "then": { "$ref": "#/$defs/edge" }, "else": { "$ref": "#/$defs/node" }, "description": "A node (actor, process, store, security-boundary, text-box) or an edge (flow)." }, "cellData": { "type": "object", "description": "Free-form X6 data kept by TMI. Keys named status, severity, role, position, shape ... are rewritten by TMI's enum normaliser.", "additionalProperties": true, "properties": { "_metadata": { "type": "array", "maxItems": 100, "items": { "type": "object", "required": ["key", "value"], "additionalProperties": false, "properties": { "key": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[a-zA-Z0-9_./:-]+$" }, "value": { "type": "string", "minLength": 1, "maxLength": 1024 } } } }, "security_boundary": { "type": "boolean" }, "data_assets": { "not": {}, "description": "Use the cell's `assets` (asset keys) instead; tmi-sync fills data_assets." } } }, "node": { "type": "object", "additionalProperties": false, "required": ["id", "shape"], "properties": { "id": { "$ref": "#/$defs/cellId" }, "shape": { "enum": ["actor", "process", "store", "security-boundary", "text-box"] }, "x": { "type": "number" }, "y": { "type": "number" }, "width": { "type": "number" }, "height": { "type": "number" }, "position": { "type": "object", "required": ["x", "y"], "additionalProperties": false, "properties": { "x": { "type": "number" }, "y": { "type": "number" } } }, "size": { "type": "object", "required": ["width", "height"], "additionalProperties": false, "properties": { "width": { "type": "number" }, "height": { "type": "number" } } }, "angle": { "type": "number" }, "attrs": { "type": "object", "additionalProperties": false, "properties": { "body": { "type": "object", "additionalProperties": false, "properties": { "fill": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "stroke": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "strokeWidth": { "type": "number", "minimum": 0 }, "strokeDasharray": { "type": ["string", "null"], "maxLength": 64, "pattern": "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$" }, "rx": { "type": "number", "minimum": 0 }, "ry": { "type": "number", "minimum": 0 }, "lateral": { "type": "number" }, "refWidth": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refHeight": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "fillOpacity": { "type": "number", "minimum": 0, "maximum": 1 } } }, "text": { "$ref": "#/$defs/textAttrs" } } }, "ports": { "type": "object", "additionalProperties": false, "properties": { "groups": { "type": "object", "additionalProperties": { "type": "object", "properties": { "position": { "enum": ["top", "right", "bottom", "left"] }, "attrs": { "type": "object" } } } }, "items": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "required": ["id", "group"], "properties": { "id": { "type": "string", "maxLength": 64 }, "group": { "type": "string", "maxLength": 32 }, "attrs": { "type": "object" } } } } } }, "parent": { "anyOf": [{ "$ref": "#/$defs/cellId" }, { "type": "null" }] }, "children": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/$defs/cellId" } }, "assets": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/key" }, "description": "Keys of the assets this cell handles (TMI data_assets)." }, "data": { "$ref": "#/$defs/cellData" } } }, "textAttrs": { "type": "object", "additionalProperties": false, "properties": { "text": { "type": "string", "maxLength": 256 }, "fontSize": { "type": "number", "minimum": 1 }, "fill": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "fontFamily": { "type": "string", "maxLength": 64, "pattern": "^[a-zA-Z0-9 ,'-]*$" }, "refX": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refY": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refDx": { "type": "number" }, "refDy": { "type": "number" }, "refX2": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refY2": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "textAnchor": { "enum": ["start", "middle", "end"] }, "textVerticalAnchor": { "enum": ["top", "middle", "bottom"] } } }, "terminal": { "type": "object", "required": ["cell"], "additionalProperties": false, "properties": { "cell": { "$ref": "#/$defs/cellId" }, "port": { "type": ["string", "null"], "maxLength": 64 } } }, "marker": { "type": "object", "additionalProperties": false, "properties": { "name": { "enum": ["classic", "block", "diamond", "circle"] }, "size": { "type": "number", "minimum": 1 } } }, "edge": { "type": "object", "additionalProperties": false, "required": ["id", "shape", "source", "target"], "properties": { "id": { "$ref": "#/$defs/cellId" }, "shape": { "const": "flow" }, "source": { "$ref": "#/$defs/terminal" }, "target": { "$ref": "#/$defs/terminal" }, "attrs": { "type": "object", "additionalProperties": false, "properties": { "line": { "type": "object", "additionalProperties": false, "properties": { "stroke": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "strokeWidth": { "type": "number", "minimum": 0 }, "strokeDasharray": { "type": ["string", "null"], "maxLength": 64, "pattern": "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$" }, "targetMarker": { "$ref": "#/$defs/marker" }, "sourceMarker": { "$ref": "#/$defs/marker" } } } } }, "labels": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "properties": { "attrs": { "type": "object", "additionalProperties": false, "properties": { "text": { "type": "object", "additionalProperties": false, "properties": { "text": { "type": "string", "maxLength": 256 }, "fontSize": { "type": "number", "minimum": 1 }, "fill": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "fontFamily": { "type": "string", "maxLength": 64, "pattern": "^[a-zA-Z0-9 ,'-]*$" } } } } }, "position": { "oneOf": [{ "type": "number" }, { "type": "object", "required": ["distance"], "additionalProperties": false, "properties": { "distance": { "type": "number" }, "offset": { "oneOf": [{ "type": "number" }, { "type": "object", "additionalProperties": false, "properties": { "x": { "type": "number" }, "y": { "type": "number" } } }] }, "angle": { "type": "number" }, "options": { "type": "object", "additionalProperties": false, "properties": { "absoluteDistance": { "type": "boolean" }, "reverseDistance": { "type": "boolean" }, "absoluteOffset": { "type": "boolean" }, "keepGradient": { "type": "boolean" }, "ensureLegibility": { "type": "boolean" } } } } }] } } } }, "vertices": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "required": ["x", "y"], "additionalProperties": false, "properties": { "x": { "type": "number" }, "y": { "type": "number" } } } }, "router": { "oneOf": [{ "enum": ["normal", "orth", "one_side", "manhattan", "metro", "er"] }, { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "enum": ["normal", "orth", "one_side", "manhattan", "metro", "er"] }, "args": { "type": "object" } } }] }, "connector": { "oneOf": [{ "enum": ["normal", "rounded", "smooth", "jumpover"] }, { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "enum": ["normal", "rounded", "smooth", "jumpover"] }, "args": { "type": "object" } } }] }, "data": { "$ref": "#/$defs/cellData" } } } } };
var schema32 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Stable local identifier: letters, digits, '.', '_', '-'; at most 128 characters." };
var schema33 = { "type": ["string", "null"], "maxLength": 1e3 };
var schema34 = { "type": "object", "required": ["principal_type", "provider", "provider_id", "role"], "additionalProperties": false, "properties": { "principal_type": { "enum": ["user", "group"] }, "provider": { "type": "string", "maxLength": 100, "pattern": "^(\\*|[a-zA-Z][a-zA-Z0-9_*-]*)$" }, "provider_id": { "type": "string", "minLength": 1, "maxLength": 255 }, "role": { "enum": ["reader", "writer", "owner"] } } };
var schema35 = { "type": "object", "description": "Key/value pairs stored as TMI metadata.", "maxProperties": 100, "propertyNames": { "minLength": 1, "maxLength": 256 }, "additionalProperties": { "type": "string", "minLength": 1, "maxLength": 1024 } };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var pattern5 = new RegExp("^(\\*|[a-zA-Z][a-zA-Z0-9_*-]*)$", "u");
var schema36 = { "type": "object", "description": "Something of value: data, a system, a service, people.", "required": ["key", "name", "type"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "type": { "enum": ["data", "hardware", "software", "infrastructure", "service", "personnel"] }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "criticality": { "type": ["string", "null"], "maxLength": 128 }, "classification": { "type": ["array", "null"], "maxItems": 50, "items": { "type": "string", "maxLength": 128 } }, "sensitivity": { "type": ["string", "null"], "maxLength": 128 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } };
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
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema36.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (data1.length > 256) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema36.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (!(data2 === "data" || data2 === "hardware" || data2 === "software" || data2 === "infrastructure" || data2 === "service" || data2 === "personnel")) {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema36.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.type.enum, parentSchema: schema36.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string" && data3 !== null) {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema36.properties.description.type }, message: "must be string,null", schema: schema36.properties.description.type, parentSchema: schema36.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (data3.length > 2048) {
          const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema36.properties.description, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.criticality !== void 0) {
      let data4 = data.criticality;
      if (typeof data4 !== "string" && data4 !== null) {
        const err12 = { instancePath: instancePath + "/criticality", schemaPath: "#/properties/criticality/type", keyword: "type", params: { type: schema36.properties.criticality.type }, message: "must be string,null", schema: schema36.properties.criticality.type, parentSchema: schema36.properties.criticality, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (data4.length > 128) {
          const err13 = { instancePath: instancePath + "/criticality", schemaPath: "#/properties/criticality/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema36.properties.criticality, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.classification !== void 0) {
      let data5 = data.classification;
      if (!Array.isArray(data5) && data5 !== null) {
        const err14 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/type", keyword: "type", params: { type: schema36.properties.classification.type }, message: "must be array,null", schema: schema36.properties.classification.type, parentSchema: schema36.properties.classification, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        if (data5.length > 50) {
          const err15 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema36.properties.classification, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (data6.length > 128) {
              const err16 = { instancePath: instancePath + "/classification/" + i0, schemaPath: "#/properties/classification/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema36.properties.classification.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/classification/" + i0, schemaPath: "#/properties/classification/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.classification.items.type, parentSchema: schema36.properties.classification.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
    if (data.sensitivity !== void 0) {
      let data7 = data.sensitivity;
      if (typeof data7 !== "string" && data7 !== null) {
        const err18 = { instancePath: instancePath + "/sensitivity", schemaPath: "#/properties/sensitivity/type", keyword: "type", params: { type: schema36.properties.sensitivity.type }, message: "must be string,null", schema: schema36.properties.sensitivity.type, parentSchema: schema36.properties.sensitivity, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (data7.length > 128) {
          const err19 = { instancePath: instancePath + "/sensitivity", schemaPath: "#/properties/sensitivity/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema36.properties.sensitivity, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.include_in_report !== void 0) {
      let data8 = data.include_in_report;
      if (typeof data8 !== "boolean") {
        const err20 = { instancePath: instancePath + "/include_in_report", schemaPath: "#/properties/include_in_report/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.include_in_report.type, parentSchema: schema36.properties.include_in_report, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.timmy_enabled !== void 0) {
      let data9 = data.timmy_enabled;
      if (typeof data9 !== "boolean") {
        const err21 = { instancePath: instancePath + "/timmy_enabled", schemaPath: "#/properties/timmy_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.timmy_enabled.type, parentSchema: schema36.properties.timmy_enabled, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data10 = data.metadata;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (Object.keys(data10).length > 100) {
          const err22 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema35, data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key1 in data10) {
          const _errs25 = errors;
          if (typeof key1 === "string") {
            if (key1.length > 256) {
              const err23 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (key1.length < 1) {
              const err24 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          var valid5 = _errs25 === errors;
          if (!valid5) {
            const err25 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key2 in data10) {
          let data11 = data10[key2];
          if (typeof data11 === "string") {
            if (data11.length > 1024) {
              const err26 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.additionalProperties, data: data11 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data11.length < 1) {
              const err27 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.additionalProperties, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "type": "object", "description": "A threat. TMI requires name and threat_type (an empty list is fine).", "required": ["key", "name"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "threat_type": { "type": "array", "maxItems": 20, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 256 } }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "mitigation": { "type": ["string", "null"], "maxLength": 1024 }, "severity": { "type": ["string", "null"], "maxLength": 50, "description": "TMI vocabulary: unknown, informational, low, medium, high, critical." }, "status": { "type": ["string", "null"], "maxLength": 256, "description": "TMI vocabulary: open, confirmed, deferred, mitigation_planned, mitigation_in_progress, verification_pending, resolved, accepted, closed, false_positive." }, "priority": { "type": ["string", "null"], "maxLength": 256 }, "score": { "type": ["number", "null"], "minimum": 0, "maximum": 10 }, "mitigated": { "type": "boolean" }, "issue_uri": { "$ref": "#/$defs/issueUri" }, "cwe_id": { "type": "array", "maxItems": 50, "uniqueItems": true, "items": { "type": "string", "minLength": 5, "maxLength": 16, "pattern": "^CWE-[0-9]+$" } }, "cvss": { "type": "array", "maxItems": 10, "items": { "type": "object", "required": ["vector", "score"], "additionalProperties": false, "properties": { "vector": { "type": "string", "minLength": 26, "maxLength": 250, "pattern": "^[A-Za-z0-9.:/_-]+$" }, "score": { "type": "number", "minimum": 0, "maximum": 10 } } } }, "ssvc": { "type": ["object", "null"], "required": ["vector", "decision", "methodology"], "additionalProperties": false, "properties": { "vector": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[A-Za-z0-9/:._-]+$" }, "decision": { "enum": ["Defer", "Scheduled", "Out-of-Cycle", "Immediate"] }, "methodology": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9 _-]+$" } } }, "asset": { "$ref": "#/$defs/key", "description": "Key of the asset this threat is about." }, "diagram": { "$ref": "#/$defs/key", "description": "Key of the diagram this threat is drawn on." }, "cell": { "$ref": "#/$defs/cellId", "description": "Id of the cell (in `diagram`) this threat is attached to." }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } };
var schema44 = { "type": "string", "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", "description": "A UUID, or a readable id (letters, digits, '.', '_', '-') that tmi-sync turns into a stable UUID." };
var pattern8 = new RegExp("^CWE-[0-9]+$", "u");
var pattern9 = new RegExp("^[A-Za-z0-9.:/_-]+$", "u");
var pattern10 = new RegExp("^[A-Za-z0-9/:._-]+$", "u");
var pattern11 = new RegExp("^[A-Za-z0-9 _-]+$", "u");
var pattern14 = new RegExp("^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema39.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (data1.length > 256) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema39.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.name.type, parentSchema: schema39.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.threat_type !== void 0) {
      let data2 = data.threat_type;
      if (Array.isArray(data2)) {
        if (data2.length > 20) {
          const err8 = { instancePath: instancePath + "/threat_type", schemaPath: "#/properties/threat_type/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema39.properties.threat_type, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (data3.length > 256) {
              const err9 = { instancePath: instancePath + "/threat_type/" + i0, schemaPath: "#/properties/threat_type/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema39.properties.threat_type.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data3.length < 1) {
              const err10 = { instancePath: instancePath + "/threat_type/" + i0, schemaPath: "#/properties/threat_type/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.threat_type.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/threat_type/" + i0, schemaPath: "#/properties/threat_type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.threat_type.items.type, parentSchema: schema39.properties.threat_type.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err12 = { instancePath: instancePath + "/threat_type", schemaPath: "#/properties/threat_type/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.properties.threat_type, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/threat_type", schemaPath: "#/properties/threat_type/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.threat_type.type, parentSchema: schema39.properties.threat_type, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 !== "string" && data4 !== null) {
        const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema39.properties.description.type }, message: "must be string,null", schema: schema39.properties.description.type, parentSchema: schema39.properties.description, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (data4.length > 2048) {
          const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema39.properties.description, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.mitigation !== void 0) {
      let data5 = data.mitigation;
      if (typeof data5 !== "string" && data5 !== null) {
        const err16 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/type", keyword: "type", params: { type: schema39.properties.mitigation.type }, message: "must be string,null", schema: schema39.properties.mitigation.type, parentSchema: schema39.properties.mitigation, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (data5.length > 1024) {
          const err17 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema39.properties.mitigation, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.severity !== void 0) {
      let data6 = data.severity;
      if (typeof data6 !== "string" && data6 !== null) {
        const err18 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: schema39.properties.severity.type }, message: "must be string,null", schema: schema39.properties.severity.type, parentSchema: schema39.properties.severity, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (data6.length > 50) {
          const err19 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema39.properties.severity, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.status !== void 0) {
      let data7 = data.status;
      if (typeof data7 !== "string" && data7 !== null) {
        const err20 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema39.properties.status.type }, message: "must be string,null", schema: schema39.properties.status.type, parentSchema: schema39.properties.status, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (data7.length > 256) {
          const err21 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema39.properties.status, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.priority !== void 0) {
      let data8 = data.priority;
      if (typeof data8 !== "string" && data8 !== null) {
        const err22 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: schema39.properties.priority.type }, message: "must be string,null", schema: schema39.properties.priority.type, parentSchema: schema39.properties.priority, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data8 === "string") {
        if (data8.length > 256) {
          const err23 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema39.properties.priority, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.score !== void 0) {
      let data9 = data.score;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        const err24 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/type", keyword: "type", params: { type: schema39.properties.score.type }, message: "must be number,null", schema: schema39.properties.score.type, parentSchema: schema39.properties.score, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 10 || isNaN(data9)) {
          const err25 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema39.properties.score, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err26 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.score, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.mitigated !== void 0) {
      let data10 = data.mitigated;
      if (typeof data10 !== "boolean") {
        const err27 = { instancePath: instancePath + "/mitigated", schemaPath: "#/properties/mitigated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.mitigated.type, parentSchema: schema39.properties.mitigated, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.issue_uri !== void 0) {
      let data11 = data.issue_uri;
      if (typeof data11 !== "string" && data11 !== null) {
        const err28 = { instancePath: instancePath + "/issue_uri", schemaPath: "#/$defs/issueUri/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null", schema: schema33.type, parentSchema: schema33, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (data11.length > 1e3) {
          const err29 = { instancePath: instancePath + "/issue_uri", schemaPath: "#/$defs/issueUri/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema33, data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.cwe_id !== void 0) {
      let data12 = data.cwe_id;
      if (Array.isArray(data12)) {
        if (data12.length > 50) {
          const err30 = { instancePath: instancePath + "/cwe_id", schemaPath: "#/properties/cwe_id/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema39.properties.cwe_id, data: data12 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data13 = data12[i2];
          if (typeof data13 === "string") {
            if (data13.length > 16) {
              const err31 = { instancePath: instancePath + "/cwe_id/" + i2, schemaPath: "#/properties/cwe_id/items/maxLength", keyword: "maxLength", params: { limit: 16 }, message: "must NOT have more than 16 characters", schema: 16, parentSchema: schema39.properties.cwe_id.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data13.length < 5) {
              const err32 = { instancePath: instancePath + "/cwe_id/" + i2, schemaPath: "#/properties/cwe_id/items/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters", schema: 5, parentSchema: schema39.properties.cwe_id.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (!pattern8.test(data13)) {
              const err33 = { instancePath: instancePath + "/cwe_id/" + i2, schemaPath: "#/properties/cwe_id/items/pattern", keyword: "pattern", params: { pattern: "^CWE-[0-9]+$" }, message: 'must match pattern "^CWE-[0-9]+$"', schema: "^CWE-[0-9]+$", parentSchema: schema39.properties.cwe_id.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/cwe_id/" + i2, schemaPath: "#/properties/cwe_id/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.cwe_id.items.type, parentSchema: schema39.properties.cwe_id.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        let i3 = data12.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data12[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err35 = { instancePath: instancePath + "/cwe_id", schemaPath: "#/properties/cwe_id/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema39.properties.cwe_id, data: data12 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/cwe_id", schemaPath: "#/properties/cwe_id/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.cwe_id.type, parentSchema: schema39.properties.cwe_id, data: data12 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.cvss !== void 0) {
      let data14 = data.cvss;
      if (Array.isArray(data14)) {
        if (data14.length > 10) {
          const err37 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema39.properties.cvss, data: data14 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data15 = data14[i4];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.vector === void 0) {
              const err38 = { instancePath: instancePath + "/cvss/" + i4, schemaPath: "#/properties/cvss/items/required", keyword: "required", params: { missingProperty: "vector" }, message: "must have required property 'vector'", schema: schema39.properties.cvss.items.required, parentSchema: schema39.properties.cvss.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data15.score === void 0) {
              const err39 = { instancePath: instancePath + "/cvss/" + i4, schemaPath: "#/properties/cvss/items/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema39.properties.cvss.items.required, parentSchema: schema39.properties.cvss.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            for (const key1 in data15) {
              if (!(key1 === "vector" || key1 === "score")) {
                const err40 = { instancePath: instancePath + "/cvss/" + i4, schemaPath: "#/properties/cvss/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.cvss.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data15.vector !== void 0) {
              let data16 = data15.vector;
              if (typeof data16 === "string") {
                if (data16.length > 250) {
                  const err41 = { instancePath: instancePath + "/cvss/" + i4 + "/vector", schemaPath: "#/properties/cvss/items/properties/vector/maxLength", keyword: "maxLength", params: { limit: 250 }, message: "must NOT have more than 250 characters", schema: 250, parentSchema: schema39.properties.cvss.items.properties.vector, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data16.length < 26) {
                  const err42 = { instancePath: instancePath + "/cvss/" + i4 + "/vector", schemaPath: "#/properties/cvss/items/properties/vector/minLength", keyword: "minLength", params: { limit: 26 }, message: "must NOT have fewer than 26 characters", schema: 26, parentSchema: schema39.properties.cvss.items.properties.vector, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (!pattern9.test(data16)) {
                  const err43 = { instancePath: instancePath + "/cvss/" + i4 + "/vector", schemaPath: "#/properties/cvss/items/properties/vector/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.:/_-]+$" }, message: 'must match pattern "^[A-Za-z0-9.:/_-]+$"', schema: "^[A-Za-z0-9.:/_-]+$", parentSchema: schema39.properties.cvss.items.properties.vector, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/cvss/" + i4 + "/vector", schemaPath: "#/properties/cvss/items/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.cvss.items.properties.vector.type, parentSchema: schema39.properties.cvss.items.properties.vector, data: data16 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data15.score !== void 0) {
              let data17 = data15.score;
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 > 10 || isNaN(data17)) {
                  const err45 = { instancePath: instancePath + "/cvss/" + i4 + "/score", schemaPath: "#/properties/cvss/items/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema39.properties.cvss.items.properties.score, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data17 < 0 || isNaN(data17)) {
                  const err46 = { instancePath: instancePath + "/cvss/" + i4 + "/score", schemaPath: "#/properties/cvss/items/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.cvss.items.properties.score, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/cvss/" + i4 + "/score", schemaPath: "#/properties/cvss/items/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.properties.cvss.items.properties.score.type, parentSchema: schema39.properties.cvss.items.properties.score, data: data17 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/cvss/" + i4, schemaPath: "#/properties/cvss/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.cvss.items.type, parentSchema: schema39.properties.cvss.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.cvss.type, parentSchema: schema39.properties.cvss, data: data14 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.ssvc !== void 0) {
      let data18 = data.ssvc;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err50 = { instancePath: instancePath + "/ssvc", schemaPath: "#/properties/ssvc/type", keyword: "type", params: { type: schema39.properties.ssvc.type }, message: "must be object,null", schema: schema39.properties.ssvc.type, parentSchema: schema39.properties.ssvc, data: data18 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.vector === void 0) {
          const err51 = { instancePath: instancePath + "/ssvc", schemaPath: "#/properties/ssvc/required", keyword: "required", params: { missingProperty: "vector" }, message: "must have required property 'vector'", schema: schema39.properties.ssvc.required, parentSchema: schema39.properties.ssvc, data: data18 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (data18.decision === void 0) {
          const err52 = { instancePath: instancePath + "/ssvc", schemaPath: "#/properties/ssvc/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema39.properties.ssvc.required, parentSchema: schema39.properties.ssvc, data: data18 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data18.methodology === void 0) {
          const err53 = { instancePath: instancePath + "/ssvc", schemaPath: "#/properties/ssvc/required", keyword: "required", params: { missingProperty: "methodology" }, message: "must have required property 'methodology'", schema: schema39.properties.ssvc.required, parentSchema: schema39.properties.ssvc, data: data18 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        for (const key2 in data18) {
          if (!(key2 === "vector" || key2 === "decision" || key2 === "methodology")) {
            const err54 = { instancePath: instancePath + "/ssvc", schemaPath: "#/properties/ssvc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.ssvc, data: data18 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data18.vector !== void 0) {
          let data19 = data18.vector;
          if (typeof data19 === "string") {
            if (data19.length > 256) {
              const err55 = { instancePath: instancePath + "/ssvc/vector", schemaPath: "#/properties/ssvc/properties/vector/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema39.properties.ssvc.properties.vector, data: data19 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data19.length < 1) {
              const err56 = { instancePath: instancePath + "/ssvc/vector", schemaPath: "#/properties/ssvc/properties/vector/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.ssvc.properties.vector, data: data19 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (!pattern10.test(data19)) {
              const err57 = { instancePath: instancePath + "/ssvc/vector", schemaPath: "#/properties/ssvc/properties/vector/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9/:._-]+$" }, message: 'must match pattern "^[A-Za-z0-9/:._-]+$"', schema: "^[A-Za-z0-9/:._-]+$", parentSchema: schema39.properties.ssvc.properties.vector, data: data19 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/ssvc/vector", schemaPath: "#/properties/ssvc/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.ssvc.properties.vector.type, parentSchema: schema39.properties.ssvc.properties.vector, data: data19 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data18.decision !== void 0) {
          let data20 = data18.decision;
          if (!(data20 === "Defer" || data20 === "Scheduled" || data20 === "Out-of-Cycle" || data20 === "Immediate")) {
            const err59 = { instancePath: instancePath + "/ssvc/decision", schemaPath: "#/properties/ssvc/properties/decision/enum", keyword: "enum", params: { allowedValues: schema39.properties.ssvc.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.ssvc.properties.decision.enum, parentSchema: schema39.properties.ssvc.properties.decision, data: data20 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data18.methodology !== void 0) {
          let data21 = data18.methodology;
          if (typeof data21 === "string") {
            if (data21.length > 64) {
              const err60 = { instancePath: instancePath + "/ssvc/methodology", schemaPath: "#/properties/ssvc/properties/methodology/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema39.properties.ssvc.properties.methodology, data: data21 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data21.length < 1) {
              const err61 = { instancePath: instancePath + "/ssvc/methodology", schemaPath: "#/properties/ssvc/properties/methodology/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.ssvc.properties.methodology, data: data21 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (!pattern11.test(data21)) {
              const err62 = { instancePath: instancePath + "/ssvc/methodology", schemaPath: "#/properties/ssvc/properties/methodology/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9 _-]+$" }, message: 'must match pattern "^[A-Za-z0-9 _-]+$"', schema: "^[A-Za-z0-9 _-]+$", parentSchema: schema39.properties.ssvc.properties.methodology, data: data21 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/ssvc/methodology", schemaPath: "#/properties/ssvc/properties/methodology/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.ssvc.properties.methodology.type, parentSchema: schema39.properties.ssvc.properties.methodology, data: data21 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      }
    }
    if (data.asset !== void 0) {
      let data22 = data.asset;
      if (typeof data22 === "string") {
        if (!pattern4.test(data22)) {
          const err64 = { instancePath: instancePath + "/asset", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data22 };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
      } else {
        const err65 = { instancePath: instancePath + "/asset", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data22 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.diagram !== void 0) {
      let data23 = data.diagram;
      if (typeof data23 === "string") {
        if (!pattern4.test(data23)) {
          const err66 = { instancePath: instancePath + "/diagram", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data23 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/diagram", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data23 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.cell !== void 0) {
      let data24 = data.cell;
      if (typeof data24 === "string") {
        if (!pattern14.test(data24)) {
          const err68 = { instancePath: instancePath + "/cell", schemaPath: "#/$defs/cellId/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$" }, message: 'must match pattern "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"', schema: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", parentSchema: schema44, data: data24 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
      } else {
        const err69 = { instancePath: instancePath + "/cell", schemaPath: "#/$defs/cellId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data24 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.include_in_report !== void 0) {
      let data25 = data.include_in_report;
      if (typeof data25 !== "boolean") {
        const err70 = { instancePath: instancePath + "/include_in_report", schemaPath: "#/properties/include_in_report/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.include_in_report.type, parentSchema: schema39.properties.include_in_report, data: data25 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.timmy_enabled !== void 0) {
      let data26 = data.timmy_enabled;
      if (typeof data26 !== "boolean") {
        const err71 = { instancePath: instancePath + "/timmy_enabled", schemaPath: "#/properties/timmy_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.timmy_enabled.type, parentSchema: schema39.properties.timmy_enabled, data: data26 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data27 = data.metadata;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (Object.keys(data27).length > 100) {
          const err72 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema35, data: data27 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        for (const key3 in data27) {
          const _errs65 = errors;
          if (typeof key3 === "string") {
            if (key3.length > 256) {
              const err73 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (key3.length < 1) {
              const err74 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
          var valid17 = _errs65 === errors;
          if (!valid17) {
            const err75 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data27 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        for (const key4 in data27) {
          let data28 = data27[key4];
          if (typeof data28 === "string") {
            if (data28.length > 1024) {
              const err76 = { instancePath: instancePath + "/metadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.additionalProperties, data: data28 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data28.length < 1) {
              const err77 = { instancePath: instancePath + "/metadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.additionalProperties, data: data28 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/metadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data28 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data27 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
  } else {
    const err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err80];
    } else {
      vErrors.push(err80);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema46 = { "type": "object", "description": "A document linked to the threat model.", "required": ["key", "name", "uri"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "uri": { "$ref": "#/$defs/uri" }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } };
var schema48 = { "type": "string", "minLength": 1, "maxLength": 1e3, "pattern": "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$" };
var pattern16 = new RegExp("^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.uri === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "name" || key0 === "uri" || key0 === "description" || key0 === "include_in_report" || key0 === "timmy_enabled" || key0 === "metadata")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (data1.length > 256) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema46.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.name.type, parentSchema: schema46.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data2 = data.uri;
      if (typeof data2 === "string") {
        if (data2.length > 1e3) {
          const err9 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err10 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern16.test(data2)) {
          const err11 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$"', schema: "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$", parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string" && data3 !== null) {
        const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema46.properties.description.type }, message: "must be string,null", schema: schema46.properties.description.type, parentSchema: schema46.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (data3.length > 2048) {
          const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema46.properties.description, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.include_in_report !== void 0) {
      let data4 = data.include_in_report;
      if (typeof data4 !== "boolean") {
        const err15 = { instancePath: instancePath + "/include_in_report", schemaPath: "#/properties/include_in_report/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema46.properties.include_in_report.type, parentSchema: schema46.properties.include_in_report, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.timmy_enabled !== void 0) {
      let data5 = data.timmy_enabled;
      if (typeof data5 !== "boolean") {
        const err16 = { instancePath: instancePath + "/timmy_enabled", schemaPath: "#/properties/timmy_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema46.properties.timmy_enabled.type, parentSchema: schema46.properties.timmy_enabled, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data6 = data.metadata;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length > 100) {
          const err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs19 = errors;
          if (typeof key1 === "string") {
            if (key1.length > 256) {
              const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (key1.length < 1) {
              const err19 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          var valid4 = _errs19 === errors;
          if (!valid4) {
            const err20 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (typeof data7 === "string") {
            if (data7.length > 1024) {
              const err21 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7.length < 1) {
              const err22 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema50 = { "type": "object", "description": "A source repository linked to the threat model.", "required": ["key", "uri"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": ["string", "null"], "maxLength": 256, "minLength": 1 }, "uri": { "$ref": "#/$defs/uri" }, "type": { "enum": ["git", "svn", "mercurial", "other", null] }, "parameters": { "type": ["object", "null"], "required": ["refType", "refValue"], "additionalProperties": false, "properties": { "refType": { "enum": ["branch", "tag", "commit"] }, "refValue": { "type": "string", "maxLength": 256 }, "subPath": { "type": "string", "maxLength": 256 } } }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.uri === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema50.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema50.properties.name.type }, message: "must be string,null", schema: schema50.properties.name.type, parentSchema: schema50.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (data1.length > 256) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema50.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.uri !== void 0) {
      let data2 = data.uri;
      if (typeof data2 === "string") {
        if (data2.length > 1e3) {
          const err8 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err9 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern16.test(data2)) {
          const err10 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$"', schema: "^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$", parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/uri", schemaPath: "#/$defs/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "git" || data3 === "svn" || data3 === "mercurial" || data3 === "other" || data3 === null)) {
        const err12 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema50.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.type.enum, parentSchema: schema50.properties.type, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data4 = data.parameters;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err13 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: schema50.properties.parameters.type }, message: "must be object,null", schema: schema50.properties.parameters.type, parentSchema: schema50.properties.parameters, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.refType === void 0) {
          const err14 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "refType" }, message: "must have required property 'refType'", schema: schema50.properties.parameters.required, parentSchema: schema50.properties.parameters, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.refValue === void 0) {
          const err15 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "refValue" }, message: "must have required property 'refValue'", schema: schema50.properties.parameters.required, parentSchema: schema50.properties.parameters, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "refType" || key1 === "refValue" || key1 === "subPath")) {
            const err16 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.parameters, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.refType !== void 0) {
          let data5 = data4.refType;
          if (!(data5 === "branch" || data5 === "tag" || data5 === "commit")) {
            const err17 = { instancePath: instancePath + "/parameters/refType", schemaPath: "#/properties/parameters/properties/refType/enum", keyword: "enum", params: { allowedValues: schema50.properties.parameters.properties.refType.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.parameters.properties.refType.enum, parentSchema: schema50.properties.parameters.properties.refType, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.refValue !== void 0) {
          let data6 = data4.refValue;
          if (typeof data6 === "string") {
            if (data6.length > 256) {
              const err18 = { instancePath: instancePath + "/parameters/refValue", schemaPath: "#/properties/parameters/properties/refValue/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema50.properties.parameters.properties.refValue, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/parameters/refValue", schemaPath: "#/properties/parameters/properties/refValue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.parameters.properties.refValue.type, parentSchema: schema50.properties.parameters.properties.refValue, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.subPath !== void 0) {
          let data7 = data4.subPath;
          if (typeof data7 === "string") {
            if (data7.length > 256) {
              const err20 = { instancePath: instancePath + "/parameters/subPath", schemaPath: "#/properties/parameters/properties/subPath/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema50.properties.parameters.properties.subPath, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/parameters/subPath", schemaPath: "#/properties/parameters/properties/subPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.parameters.properties.subPath.type, parentSchema: schema50.properties.parameters.properties.subPath, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data8 = data.description;
      if (typeof data8 !== "string" && data8 !== null) {
        const err22 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema50.properties.description.type }, message: "must be string,null", schema: schema50.properties.description.type, parentSchema: schema50.properties.description, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data8 === "string") {
        if (data8.length > 2048) {
          const err23 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema50.properties.description, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.include_in_report !== void 0) {
      let data9 = data.include_in_report;
      if (typeof data9 !== "boolean") {
        const err24 = { instancePath: instancePath + "/include_in_report", schemaPath: "#/properties/include_in_report/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.include_in_report.type, parentSchema: schema50.properties.include_in_report, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.timmy_enabled !== void 0) {
      let data10 = data.timmy_enabled;
      if (typeof data10 !== "boolean") {
        const err25 = { instancePath: instancePath + "/timmy_enabled", schemaPath: "#/properties/timmy_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.timmy_enabled.type, parentSchema: schema50.properties.timmy_enabled, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data11 = data.metadata;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (Object.keys(data11).length > 100) {
          const err26 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema35, data: data11 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key2 in data11) {
          const _errs28 = errors;
          if (typeof key2 === "string") {
            if (key2.length > 256) {
              const err27 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (key2.length < 1) {
              const err28 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          var valid5 = _errs28 === errors;
          if (!valid5) {
            const err29 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data11 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        for (const key3 in data11) {
          let data12 = data11[key3];
          if (typeof data12 === "string") {
            if (data12.length > 1024) {
              const err30 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.additionalProperties, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data12.length < 1) {
              const err31 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.additionalProperties, data: data12 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data11 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema54 = { "type": "object", "description": "A markdown note.", "required": ["key", "name", "content"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "content": { "type": "string", "minLength": 1, "maxLength": 262144, "description": "Markdown." }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.content === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "name" || key0 === "content" || key0 === "description" || key0 === "include_in_report" || key0 === "timmy_enabled" || key0 === "metadata")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (data1.length > 256) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema54.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.name.type, parentSchema: schema54.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      let data2 = data.content;
      if (typeof data2 === "string") {
        if (data2.length > 262144) {
          const err9 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/maxLength", keyword: "maxLength", params: { limit: 262144 }, message: "must NOT have more than 262144 characters", schema: 262144, parentSchema: schema54.properties.content, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err10 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.content, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.content.type, parentSchema: schema54.properties.content, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string" && data3 !== null) {
        const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema54.properties.description.type }, message: "must be string,null", schema: schema54.properties.description.type, parentSchema: schema54.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (data3.length > 2048) {
          const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema54.properties.description, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.include_in_report !== void 0) {
      let data4 = data.include_in_report;
      if (typeof data4 !== "boolean") {
        const err14 = { instancePath: instancePath + "/include_in_report", schemaPath: "#/properties/include_in_report/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.include_in_report.type, parentSchema: schema54.properties.include_in_report, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.timmy_enabled !== void 0) {
      let data5 = data.timmy_enabled;
      if (typeof data5 !== "boolean") {
        const err15 = { instancePath: instancePath + "/timmy_enabled", schemaPath: "#/properties/timmy_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.properties.timmy_enabled.type, parentSchema: schema54.properties.timmy_enabled, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data6 = data.metadata;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length > 100) {
          const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs18 = errors;
          if (typeof key1 === "string") {
            if (key1.length > 256) {
              const err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (key1.length < 1) {
              const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid3 = _errs18 === errors;
          if (!valid3) {
            const err19 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (typeof data7 === "string") {
            if (data7.length > 1024) {
              const err20 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data7.length < 1) {
              const err21 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema57 = { "type": "object", "description": "A data-flow diagram (TMI type DFD-1.0.0) holding AntV X6 cells.", "required": ["key", "name"], "additionalProperties": false, "properties": { "key": { "$ref": "#/$defs/key" }, "name": { "type": "string", "maxLength": 256, "minLength": 1 }, "type": { "const": "DFD-1.0.0" }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "color_palette": { "type": "array", "maxItems": 8, "items": { "type": "object", "required": ["position", "color"], "additionalProperties": false, "properties": { "position": { "type": "integer", "minimum": 1, "maximum": 8 }, "color": { "type": "string", "pattern": "^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$" } } } }, "cells": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/$defs/cell" } }, "include_in_report": { "type": "boolean", "description": "Include in TMI reports. tmi-sync always sends it explicitly (TMI clears omitted booleans on update)." }, "timmy_enabled": { "type": "boolean", "description": "Let TMI's assistant (Timmy) use this item." }, "metadata": { "$ref": "#/$defs/metadata" } } };
var pattern21 = new RegExp("^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$", "u");
var schema59 = { "type": "object", "if": { "properties": { "shape": { "const": "flow" } }, "required": ["shape"] }, "then": { "$ref": "#/$defs/edge" }, "else": { "$ref": "#/$defs/node" }, "description": "A node (actor, process, store, security-boundary, text-box) or an edge (flow)." };
var schema60 = { "type": "object", "additionalProperties": false, "required": ["id", "shape", "source", "target"], "properties": { "id": { "$ref": "#/$defs/cellId" }, "shape": { "const": "flow" }, "source": { "$ref": "#/$defs/terminal" }, "target": { "$ref": "#/$defs/terminal" }, "attrs": { "type": "object", "additionalProperties": false, "properties": { "line": { "type": "object", "additionalProperties": false, "properties": { "stroke": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "strokeWidth": { "type": "number", "minimum": 0 }, "strokeDasharray": { "type": ["string", "null"], "maxLength": 64, "pattern": "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$" }, "targetMarker": { "$ref": "#/$defs/marker" }, "sourceMarker": { "$ref": "#/$defs/marker" } } } } }, "labels": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "properties": { "attrs": { "type": "object", "additionalProperties": false, "properties": { "text": { "type": "object", "additionalProperties": false, "properties": { "text": { "type": "string", "maxLength": 256 }, "fontSize": { "type": "number", "minimum": 1 }, "fill": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "fontFamily": { "type": "string", "maxLength": 64, "pattern": "^[a-zA-Z0-9 ,'-]*$" } } } } }, "position": { "oneOf": [{ "type": "number" }, { "type": "object", "required": ["distance"], "additionalProperties": false, "properties": { "distance": { "type": "number" }, "offset": { "oneOf": [{ "type": "number" }, { "type": "object", "additionalProperties": false, "properties": { "x": { "type": "number" }, "y": { "type": "number" } } }] }, "angle": { "type": "number" }, "options": { "type": "object", "additionalProperties": false, "properties": { "absoluteDistance": { "type": "boolean" }, "reverseDistance": { "type": "boolean" }, "absoluteOffset": { "type": "boolean" }, "keepGradient": { "type": "boolean" }, "ensureLegibility": { "type": "boolean" } } } } }] } } } }, "vertices": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "required": ["x", "y"], "additionalProperties": false, "properties": { "x": { "type": "number" }, "y": { "type": "number" } } } }, "router": { "oneOf": [{ "enum": ["normal", "orth", "one_side", "manhattan", "metro", "er"] }, { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "enum": ["normal", "orth", "one_side", "manhattan", "metro", "er"] }, "args": { "type": "object" } } }] }, "connector": { "oneOf": [{ "enum": ["normal", "rounded", "smooth", "jumpover"] }, { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "enum": ["normal", "rounded", "smooth", "jumpover"] }, "args": { "type": "object" } } }] }, "data": { "$ref": "#/$defs/cellData" } } };
var schema64 = { "type": "object", "additionalProperties": false, "properties": { "name": { "enum": ["classic", "block", "diamond", "circle"] }, "size": { "type": "number", "minimum": 1 } } };
var schema66 = { "type": "object", "description": "Free-form X6 data kept by TMI. Keys named status, severity, role, position, shape ... are rewritten by TMI's enum normaliser.", "additionalProperties": true, "properties": { "_metadata": { "type": "array", "maxItems": 100, "items": { "type": "object", "required": ["key", "value"], "additionalProperties": false, "properties": { "key": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[a-zA-Z0-9_./:-]+$" }, "value": { "type": "string", "minLength": 1, "maxLength": 1024 } } } }, "security_boundary": { "type": "boolean" }, "data_assets": { "not": {}, "description": "Use the cell's `assets` (asset keys) instead; tmi-sync fills data_assets." } } };
var pattern24 = new RegExp("^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$", "u");
var pattern25 = new RegExp("^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$", "u");
var pattern27 = new RegExp("^[a-zA-Z0-9 ,'-]*$", "u");
var pattern28 = new RegExp("^[a-zA-Z0-9_./:-]+$", "u");
var schema62 = { "type": "object", "required": ["cell"], "additionalProperties": false, "properties": { "cell": { "$ref": "#/$defs/cellId" }, "port": { "type": ["string", "null"], "maxLength": 64 } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cell === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cell" }, message: "must have required property 'cell'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "cell" || key0 === "port")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cell !== void 0) {
      let data0 = data.cell;
      if (typeof data0 === "string") {
        if (!pattern14.test(data0)) {
          const err2 = { instancePath: instancePath + "/cell", schemaPath: "#/$defs/cellId/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$" }, message: 'must match pattern "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"', schema: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/cell", schemaPath: "#/$defs/cellId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data1 = data.port;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: schema62.properties.port.type }, message: "must be string,null", schema: schema62.properties.port.type, parentSchema: schema62.properties.port, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (data1.length > 64) {
          const err5 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema62.properties.port, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.shape === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema60.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern14.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/cellId/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$" }, message: 'must match pattern "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"', schema: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/cellId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.shape !== void 0) {
      let data1 = data.shape;
      if ("flow" !== data1) {
        const err7 = { instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/const", keyword: "const", params: { allowedValue: "flow" }, message: "must be equal to constant", schema: "flow", parentSchema: schema60.properties.shape, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (!validate34(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.target !== void 0) {
      if (!validate34(data.target, { instancePath: instancePath + "/target", parentData: data, parentDataProperty: "target", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.attrs !== void 0) {
      let data4 = data.attrs;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "line")) {
            const err8 = { instancePath: instancePath + "/attrs", schemaPath: "#/properties/attrs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.attrs, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4.line !== void 0) {
          let data5 = data4.line;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              if (!(key2 === "stroke" || key2 === "strokeWidth" || key2 === "strokeDasharray" || key2 === "targetMarker" || key2 === "sourceMarker")) {
                const err9 = { instancePath: instancePath + "/attrs/line", schemaPath: "#/properties/attrs/properties/line/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.attrs.properties.line, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.stroke !== void 0) {
              let data6 = data5.stroke;
              if (typeof data6 === "string") {
                if (data6.length > 32) {
                  const err10 = { instancePath: instancePath + "/attrs/line/stroke", schemaPath: "#/properties/attrs/properties/line/properties/stroke/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema60.properties.attrs.properties.line.properties.stroke, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (!pattern24.test(data6)) {
                  const err11 = { instancePath: instancePath + "/attrs/line/stroke", schemaPath: "#/properties/attrs/properties/line/properties/stroke/pattern", keyword: "pattern", params: { pattern: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, message: 'must match pattern "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$"', schema: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$", parentSchema: schema60.properties.attrs.properties.line.properties.stroke, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/attrs/line/stroke", schemaPath: "#/properties/attrs/properties/line/properties/stroke/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.attrs.properties.line.properties.stroke.type, parentSchema: schema60.properties.attrs.properties.line.properties.stroke, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.strokeWidth !== void 0) {
              let data7 = data5.strokeWidth;
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 < 0 || isNaN(data7)) {
                  const err13 = { instancePath: instancePath + "/attrs/line/strokeWidth", schemaPath: "#/properties/attrs/properties/line/properties/strokeWidth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema60.properties.attrs.properties.line.properties.strokeWidth, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/attrs/line/strokeWidth", schemaPath: "#/properties/attrs/properties/line/properties/strokeWidth/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.attrs.properties.line.properties.strokeWidth.type, parentSchema: schema60.properties.attrs.properties.line.properties.strokeWidth, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.strokeDasharray !== void 0) {
              let data8 = data5.strokeDasharray;
              if (typeof data8 !== "string" && data8 !== null) {
                const err15 = { instancePath: instancePath + "/attrs/line/strokeDasharray", schemaPath: "#/properties/attrs/properties/line/properties/strokeDasharray/type", keyword: "type", params: { type: schema60.properties.attrs.properties.line.properties.strokeDasharray.type }, message: "must be string,null", schema: schema60.properties.attrs.properties.line.properties.strokeDasharray.type, parentSchema: schema60.properties.attrs.properties.line.properties.strokeDasharray, data: data8 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (typeof data8 === "string") {
                if (data8.length > 64) {
                  const err16 = { instancePath: instancePath + "/attrs/line/strokeDasharray", schemaPath: "#/properties/attrs/properties/line/properties/strokeDasharray/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema60.properties.attrs.properties.line.properties.strokeDasharray, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern25.test(data8)) {
                  const err17 = { instancePath: instancePath + "/attrs/line/strokeDasharray", schemaPath: "#/properties/attrs/properties/line/properties/strokeDasharray/pattern", keyword: "pattern", params: { pattern: "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$" }, message: 'must match pattern "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$"', schema: "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$", parentSchema: schema60.properties.attrs.properties.line.properties.strokeDasharray, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
            if (data5.targetMarker !== void 0) {
              let data9 = data5.targetMarker;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key3 in data9) {
                  if (!(key3 === "name" || key3 === "size")) {
                    const err18 = { instancePath: instancePath + "/attrs/line/targetMarker", schemaPath: "#/$defs/marker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data9.name !== void 0) {
                  let data10 = data9.name;
                  if (!(data10 === "classic" || data10 === "block" || data10 === "diamond" || data10 === "circle")) {
                    const err19 = { instancePath: instancePath + "/attrs/line/targetMarker/name", schemaPath: "#/$defs/marker/properties/name/enum", keyword: "enum", params: { allowedValues: schema64.properties.name.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.name.enum, parentSchema: schema64.properties.name, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data9.size !== void 0) {
                  let data11 = data9.size;
                  if (typeof data11 == "number" && isFinite(data11)) {
                    if (data11 < 1 || isNaN(data11)) {
                      const err20 = { instancePath: instancePath + "/attrs/line/targetMarker/size", schemaPath: "#/$defs/marker/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.properties.size, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/attrs/line/targetMarker/size", schemaPath: "#/$defs/marker/properties/size/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema64.properties.size.type, parentSchema: schema64.properties.size, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/attrs/line/targetMarker", schemaPath: "#/$defs/marker/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data5.sourceMarker !== void 0) {
              let data12 = data5.sourceMarker;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                for (const key4 in data12) {
                  if (!(key4 === "name" || key4 === "size")) {
                    const err23 = { instancePath: instancePath + "/attrs/line/sourceMarker", schemaPath: "#/$defs/marker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  let data13 = data12.name;
                  if (!(data13 === "classic" || data13 === "block" || data13 === "diamond" || data13 === "circle")) {
                    const err24 = { instancePath: instancePath + "/attrs/line/sourceMarker/name", schemaPath: "#/$defs/marker/properties/name/enum", keyword: "enum", params: { allowedValues: schema64.properties.name.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.name.enum, parentSchema: schema64.properties.name, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data12.size !== void 0) {
                  let data14 = data12.size;
                  if (typeof data14 == "number" && isFinite(data14)) {
                    if (data14 < 1 || isNaN(data14)) {
                      const err25 = { instancePath: instancePath + "/attrs/line/sourceMarker/size", schemaPath: "#/$defs/marker/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.properties.size, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/attrs/line/sourceMarker/size", schemaPath: "#/$defs/marker/properties/size/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema64.properties.size.type, parentSchema: schema64.properties.size, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/attrs/line/sourceMarker", schemaPath: "#/$defs/marker/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data: data12 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/attrs/line", schemaPath: "#/properties/attrs/properties/line/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.attrs.properties.line.type, parentSchema: schema60.properties.attrs.properties.line, data: data5 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/attrs", schemaPath: "#/properties/attrs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.attrs.type, parentSchema: schema60.properties.attrs, data: data4 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data15 = data.labels;
      if (Array.isArray(data15)) {
        if (data15.length > 1e3) {
          const err30 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema60.properties.labels, data: data15 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data16 = data15[i0];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key5 in data16) {
              if (!(key5 === "attrs" || key5 === "position")) {
                const err31 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.labels.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data16.attrs !== void 0) {
              let data17 = data16.attrs;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (const key6 in data17) {
                  if (!(key6 === "text")) {
                    const err32 = { instancePath: instancePath + "/labels/" + i0 + "/attrs", schemaPath: "#/properties/labels/items/properties/attrs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.labels.items.properties.attrs, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data17.text !== void 0) {
                  let data18 = data17.text;
                  if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                    for (const key7 in data18) {
                      if (!(key7 === "text" || key7 === "fontSize" || key7 === "fill" || key7 === "fontFamily")) {
                        const err33 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                    if (data18.text !== void 0) {
                      let data19 = data18.text;
                      if (typeof data19 === "string") {
                        if (data19.length > 256) {
                          const err34 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/text", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/text/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.text, data: data19 };
                          if (vErrors === null) {
                            vErrors = [err34];
                          } else {
                            vErrors.push(err34);
                          }
                          errors++;
                        }
                      } else {
                        const err35 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/text", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.labels.items.properties.attrs.properties.text.properties.text.type, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.text, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                    }
                    if (data18.fontSize !== void 0) {
                      let data20 = data18.fontSize;
                      if (typeof data20 == "number" && isFinite(data20)) {
                        if (data20 < 1 || isNaN(data20)) {
                          const err36 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fontSize", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fontSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fontSize, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err36];
                          } else {
                            vErrors.push(err36);
                          }
                          errors++;
                        }
                      } else {
                        const err37 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fontSize", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fontSize/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fontSize.type, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fontSize, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (data18.fill !== void 0) {
                      let data21 = data18.fill;
                      if (typeof data21 === "string") {
                        if (data21.length > 32) {
                          const err38 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fill", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fill/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fill, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                        if (!pattern24.test(data21)) {
                          const err39 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fill", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fill/pattern", keyword: "pattern", params: { pattern: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, message: 'must match pattern "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$"', schema: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$", parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fill, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                      } else {
                        const err40 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fill", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fill/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fill.type, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fill, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data18.fontFamily !== void 0) {
                      let data22 = data18.fontFamily;
                      if (typeof data22 === "string") {
                        if (data22.length > 64) {
                          const err41 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fontFamily", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fontFamily/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fontFamily, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                        if (!pattern27.test(data22)) {
                          const err42 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fontFamily", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fontFamily/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9 ,'-]*$" }, message: `must match pattern "^[a-zA-Z0-9 ,'-]*$"`, schema: "^[a-zA-Z0-9 ,'-]*$", parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fontFamily, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                      } else {
                        const err43 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text/fontFamily", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/properties/fontFamily/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fontFamily.type, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text.properties.fontFamily, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/labels/" + i0 + "/attrs/text", schemaPath: "#/properties/labels/items/properties/attrs/properties/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.labels.items.properties.attrs.properties.text.type, parentSchema: schema60.properties.labels.items.properties.attrs.properties.text, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/labels/" + i0 + "/attrs", schemaPath: "#/properties/labels/items/properties/attrs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.labels.items.properties.attrs.type, parentSchema: schema60.properties.labels.items.properties.attrs, data: data17 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data16.position !== void 0) {
              let data23 = data16.position;
              const _errs54 = errors;
              let valid13 = false;
              let passing0 = null;
              const _errs55 = errors;
              if (!(typeof data23 == "number" && isFinite(data23))) {
                const err46 = { instancePath: instancePath + "/labels/" + i0 + "/position", schemaPath: "#/properties/labels/items/properties/position/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.labels.items.properties.position.oneOf[0].type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[0], data: data23 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              var _valid0 = _errs55 === errors;
              if (_valid0) {
                valid13 = true;
                passing0 = 0;
              }
              const _errs57 = errors;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.distance === void 0) {
                  const err47 = { instancePath: instancePath + "/labels/" + i0 + "/position", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/required", keyword: "required", params: { missingProperty: "distance" }, message: "must have required property 'distance'", schema: schema60.properties.labels.items.properties.position.oneOf[1].required, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1], data: data23 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                for (const key8 in data23) {
                  if (!(key8 === "distance" || key8 === "offset" || key8 === "angle" || key8 === "options")) {
                    const err48 = { instancePath: instancePath + "/labels/" + i0 + "/position", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1], data: data23 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data23.distance !== void 0) {
                  let data24 = data23.distance;
                  if (!(typeof data24 == "number" && isFinite(data24))) {
                    const err49 = { instancePath: instancePath + "/labels/" + i0 + "/position/distance", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/distance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.distance.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.distance, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data23.offset !== void 0) {
                  let data25 = data23.offset;
                  const _errs63 = errors;
                  let valid15 = false;
                  let passing1 = null;
                  const _errs64 = errors;
                  if (!(typeof data25 == "number" && isFinite(data25))) {
                    const err50 = { instancePath: instancePath + "/labels/" + i0 + "/position/offset", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/offset/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[0].type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[0], data: data25 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  var _valid1 = _errs64 === errors;
                  if (_valid1) {
                    valid15 = true;
                    passing1 = 0;
                  }
                  const _errs66 = errors;
                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    for (const key9 in data25) {
                      if (!(key9 === "x" || key9 === "y")) {
                        const err51 = { instancePath: instancePath + "/labels/" + i0 + "/position/offset", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/offset/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[1], data: data25 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data25.x !== void 0) {
                      let data26 = data25.x;
                      if (!(typeof data26 == "number" && isFinite(data26))) {
                        const err52 = { instancePath: instancePath + "/labels/" + i0 + "/position/offset/x", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/offset/oneOf/1/properties/x/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[1].properties.x.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[1].properties.x, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                    if (data25.y !== void 0) {
                      let data27 = data25.y;
                      if (!(typeof data27 == "number" && isFinite(data27))) {
                        const err53 = { instancePath: instancePath + "/labels/" + i0 + "/position/offset/y", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/offset/oneOf/1/properties/y/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[1].properties.y.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[1].properties.y, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/labels/" + i0 + "/position/offset", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/offset/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[1].type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf[1], data: data25 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                  var _valid1 = _errs66 === errors;
                  if (_valid1 && valid15) {
                    valid15 = false;
                    passing1 = [passing1, 1];
                  } else {
                    if (_valid1) {
                      valid15 = true;
                      passing1 = 1;
                    }
                  }
                  if (!valid15) {
                    const err55 = { instancePath: instancePath + "/labels/" + i0 + "/position/offset", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/offset/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset.oneOf, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.offset, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  } else {
                    errors = _errs63;
                    if (vErrors !== null) {
                      if (_errs63) {
                        vErrors.length = _errs63;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data23.angle !== void 0) {
                  let data28 = data23.angle;
                  if (!(typeof data28 == "number" && isFinite(data28))) {
                    const err56 = { instancePath: instancePath + "/labels/" + i0 + "/position/angle", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/angle/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.angle.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.angle, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data23.options !== void 0) {
                  let data29 = data23.options;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    for (const key10 in data29) {
                      if (!(key10 === "absoluteDistance" || key10 === "reverseDistance" || key10 === "absoluteOffset" || key10 === "keepGradient" || key10 === "ensureLegibility")) {
                        const err57 = { instancePath: instancePath + "/labels/" + i0 + "/position/options", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data29.absoluteDistance !== void 0) {
                      let data30 = data29.absoluteDistance;
                      if (typeof data30 !== "boolean") {
                        const err58 = { instancePath: instancePath + "/labels/" + i0 + "/position/options/absoluteDistance", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/options/properties/absoluteDistance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.absoluteDistance.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.absoluteDistance, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data29.reverseDistance !== void 0) {
                      let data31 = data29.reverseDistance;
                      if (typeof data31 !== "boolean") {
                        const err59 = { instancePath: instancePath + "/labels/" + i0 + "/position/options/reverseDistance", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/options/properties/reverseDistance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.reverseDistance.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.reverseDistance, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data29.absoluteOffset !== void 0) {
                      let data32 = data29.absoluteOffset;
                      if (typeof data32 !== "boolean") {
                        const err60 = { instancePath: instancePath + "/labels/" + i0 + "/position/options/absoluteOffset", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/options/properties/absoluteOffset/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.absoluteOffset.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.absoluteOffset, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    if (data29.keepGradient !== void 0) {
                      let data33 = data29.keepGradient;
                      if (typeof data33 !== "boolean") {
                        const err61 = { instancePath: instancePath + "/labels/" + i0 + "/position/options/keepGradient", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/options/properties/keepGradient/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.keepGradient.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.keepGradient, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                    if (data29.ensureLegibility !== void 0) {
                      let data34 = data29.ensureLegibility;
                      if (typeof data34 !== "boolean") {
                        const err62 = { instancePath: instancePath + "/labels/" + i0 + "/position/options/ensureLegibility", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/options/properties/ensureLegibility/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.ensureLegibility.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.properties.ensureLegibility, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/labels/" + i0 + "/position/options", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options.type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1].properties.options, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/labels/" + i0 + "/position", schemaPath: "#/properties/labels/items/properties/position/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.labels.items.properties.position.oneOf[1].type, parentSchema: schema60.properties.labels.items.properties.position.oneOf[1], data: data23 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var _valid0 = _errs57 === errors;
              if (_valid0 && valid13) {
                valid13 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid13 = true;
                  passing0 = 1;
                }
              }
              if (!valid13) {
                const err65 = { instancePath: instancePath + "/labels/" + i0 + "/position", schemaPath: "#/properties/labels/items/properties/position/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema60.properties.labels.items.properties.position.oneOf, parentSchema: schema60.properties.labels.items.properties.position, data: data23 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              } else {
                errors = _errs54;
                if (vErrors !== null) {
                  if (_errs54) {
                    vErrors.length = _errs54;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.labels.items.type, parentSchema: schema60.properties.labels.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.labels.type, parentSchema: schema60.properties.labels, data: data15 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.vertices !== void 0) {
      let data35 = data.vertices;
      if (Array.isArray(data35)) {
        if (data35.length > 1e3) {
          const err68 = { instancePath: instancePath + "/vertices", schemaPath: "#/properties/vertices/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema60.properties.vertices, data: data35 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        const len1 = data35.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data36 = data35[i1];
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.x === void 0) {
              const err69 = { instancePath: instancePath + "/vertices/" + i1, schemaPath: "#/properties/vertices/items/required", keyword: "required", params: { missingProperty: "x" }, message: "must have required property 'x'", schema: schema60.properties.vertices.items.required, parentSchema: schema60.properties.vertices.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data36.y === void 0) {
              const err70 = { instancePath: instancePath + "/vertices/" + i1, schemaPath: "#/properties/vertices/items/required", keyword: "required", params: { missingProperty: "y" }, message: "must have required property 'y'", schema: schema60.properties.vertices.items.required, parentSchema: schema60.properties.vertices.items, data: data36 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            for (const key11 in data36) {
              if (!(key11 === "x" || key11 === "y")) {
                const err71 = { instancePath: instancePath + "/vertices/" + i1, schemaPath: "#/properties/vertices/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.vertices.items, data: data36 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data36.x !== void 0) {
              let data37 = data36.x;
              if (!(typeof data37 == "number" && isFinite(data37))) {
                const err72 = { instancePath: instancePath + "/vertices/" + i1 + "/x", schemaPath: "#/properties/vertices/items/properties/x/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.vertices.items.properties.x.type, parentSchema: schema60.properties.vertices.items.properties.x, data: data37 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data36.y !== void 0) {
              let data38 = data36.y;
              if (!(typeof data38 == "number" && isFinite(data38))) {
                const err73 = { instancePath: instancePath + "/vertices/" + i1 + "/y", schemaPath: "#/properties/vertices/items/properties/y/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema60.properties.vertices.items.properties.y.type, parentSchema: schema60.properties.vertices.items.properties.y, data: data38 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/vertices/" + i1, schemaPath: "#/properties/vertices/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.vertices.items.type, parentSchema: schema60.properties.vertices.items, data: data36 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/vertices", schemaPath: "#/properties/vertices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.vertices.type, parentSchema: schema60.properties.vertices, data: data35 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.router !== void 0) {
      let data39 = data.router;
      const _errs98 = errors;
      let valid21 = false;
      let passing2 = null;
      const _errs99 = errors;
      if (!(data39 === "normal" || data39 === "orth" || data39 === "one_side" || data39 === "manhattan" || data39 === "metro" || data39 === "er")) {
        const err76 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema60.properties.router.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.router.oneOf[0].enum, parentSchema: schema60.properties.router.oneOf[0], data: data39 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      var _valid2 = _errs99 === errors;
      if (_valid2) {
        valid21 = true;
        passing2 = 0;
      }
      const _errs100 = errors;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        if (data39.name === void 0) {
          const err77 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema60.properties.router.oneOf[1].required, parentSchema: schema60.properties.router.oneOf[1], data: data39 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        for (const key12 in data39) {
          if (!(key12 === "name" || key12 === "args")) {
            const err78 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.router.oneOf[1], data: data39 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data39.name !== void 0) {
          let data40 = data39.name;
          if (!(data40 === "normal" || data40 === "orth" || data40 === "one_side" || data40 === "manhattan" || data40 === "metro" || data40 === "er")) {
            const err79 = { instancePath: instancePath + "/router/name", schemaPath: "#/properties/router/oneOf/1/properties/name/enum", keyword: "enum", params: { allowedValues: schema60.properties.router.oneOf[1].properties.name.enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.router.oneOf[1].properties.name.enum, parentSchema: schema60.properties.router.oneOf[1].properties.name, data: data40 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data39.args !== void 0) {
          let data41 = data39.args;
          if (!(data41 && typeof data41 == "object" && !Array.isArray(data41))) {
            const err80 = { instancePath: instancePath + "/router/args", schemaPath: "#/properties/router/oneOf/1/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.router.oneOf[1].properties.args.type, parentSchema: schema60.properties.router.oneOf[1].properties.args, data: data41 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.router.oneOf[1].type, parentSchema: schema60.properties.router.oneOf[1], data: data39 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      var _valid2 = _errs100 === errors;
      if (_valid2 && valid21) {
        valid21 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid21 = true;
          passing2 = 1;
        }
      }
      if (!valid21) {
        const err82 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema60.properties.router.oneOf, parentSchema: schema60.properties.router, data: data39 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      } else {
        errors = _errs98;
        if (vErrors !== null) {
          if (_errs98) {
            vErrors.length = _errs98;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.connector !== void 0) {
      let data42 = data.connector;
      const _errs107 = errors;
      let valid23 = false;
      let passing3 = null;
      const _errs108 = errors;
      if (!(data42 === "normal" || data42 === "rounded" || data42 === "smooth" || data42 === "jumpover")) {
        const err83 = { instancePath: instancePath + "/connector", schemaPath: "#/properties/connector/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema60.properties.connector.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.connector.oneOf[0].enum, parentSchema: schema60.properties.connector.oneOf[0], data: data42 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      var _valid3 = _errs108 === errors;
      if (_valid3) {
        valid23 = true;
        passing3 = 0;
      }
      const _errs109 = errors;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        if (data42.name === void 0) {
          const err84 = { instancePath: instancePath + "/connector", schemaPath: "#/properties/connector/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema60.properties.connector.oneOf[1].required, parentSchema: schema60.properties.connector.oneOf[1], data: data42 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        for (const key13 in data42) {
          if (!(key13 === "name" || key13 === "args")) {
            const err85 = { instancePath: instancePath + "/connector", schemaPath: "#/properties/connector/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.connector.oneOf[1], data: data42 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data42.name !== void 0) {
          let data43 = data42.name;
          if (!(data43 === "normal" || data43 === "rounded" || data43 === "smooth" || data43 === "jumpover")) {
            const err86 = { instancePath: instancePath + "/connector/name", schemaPath: "#/properties/connector/oneOf/1/properties/name/enum", keyword: "enum", params: { allowedValues: schema60.properties.connector.oneOf[1].properties.name.enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.connector.oneOf[1].properties.name.enum, parentSchema: schema60.properties.connector.oneOf[1].properties.name, data: data43 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data42.args !== void 0) {
          let data44 = data42.args;
          if (!(data44 && typeof data44 == "object" && !Array.isArray(data44))) {
            const err87 = { instancePath: instancePath + "/connector/args", schemaPath: "#/properties/connector/oneOf/1/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.connector.oneOf[1].properties.args.type, parentSchema: schema60.properties.connector.oneOf[1].properties.args, data: data44 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/connector", schemaPath: "#/properties/connector/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.connector.oneOf[1].type, parentSchema: schema60.properties.connector.oneOf[1], data: data42 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
      var _valid3 = _errs109 === errors;
      if (_valid3 && valid23) {
        valid23 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid23 = true;
          passing3 = 1;
        }
      }
      if (!valid23) {
        const err89 = { instancePath: instancePath + "/connector", schemaPath: "#/properties/connector/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema60.properties.connector.oneOf, parentSchema: schema60.properties.connector, data: data42 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      } else {
        errors = _errs107;
        if (vErrors !== null) {
          if (_errs107) {
            vErrors.length = _errs107;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.data !== void 0) {
      let data45 = data.data;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        if (data45._metadata !== void 0) {
          let data46 = data45._metadata;
          if (Array.isArray(data46)) {
            if (data46.length > 100) {
              const err90 = { instancePath: instancePath + "/data/_metadata", schemaPath: "#/$defs/cellData/properties/_metadata/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema66.properties._metadata, data: data46 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            const len2 = data46.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data47 = data46[i2];
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                if (data47.key === void 0) {
                  const err91 = { instancePath: instancePath + "/data/_metadata/" + i2, schemaPath: "#/$defs/cellData/properties/_metadata/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema66.properties._metadata.items.required, parentSchema: schema66.properties._metadata.items, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (data47.value === void 0) {
                  const err92 = { instancePath: instancePath + "/data/_metadata/" + i2, schemaPath: "#/$defs/cellData/properties/_metadata/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema66.properties._metadata.items.required, parentSchema: schema66.properties._metadata.items, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                for (const key14 in data47) {
                  if (!(key14 === "key" || key14 === "value")) {
                    const err93 = { instancePath: instancePath + "/data/_metadata/" + i2, schemaPath: "#/$defs/cellData/properties/_metadata/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties._metadata.items, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data47.key !== void 0) {
                  let data48 = data47.key;
                  if (typeof data48 === "string") {
                    if (data48.length > 256) {
                      const err94 = { instancePath: instancePath + "/data/_metadata/" + i2 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema66.properties._metadata.items.properties.key, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    if (data48.length < 1) {
                      const err95 = { instancePath: instancePath + "/data/_metadata/" + i2 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties._metadata.items.properties.key, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                    if (!pattern28.test(data48)) {
                      const err96 = { instancePath: instancePath + "/data/_metadata/" + i2 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_./:-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_./:-]+$"', schema: "^[a-zA-Z0-9_./:-]+$", parentSchema: schema66.properties._metadata.items.properties.key, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/data/_metadata/" + i2 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties._metadata.items.properties.key.type, parentSchema: schema66.properties._metadata.items.properties.key, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data47.value !== void 0) {
                  let data49 = data47.value;
                  if (typeof data49 === "string") {
                    if (data49.length > 1024) {
                      const err98 = { instancePath: instancePath + "/data/_metadata/" + i2 + "/value", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema66.properties._metadata.items.properties.value, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                    if (data49.length < 1) {
                      const err99 = { instancePath: instancePath + "/data/_metadata/" + i2 + "/value", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties._metadata.items.properties.value, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/data/_metadata/" + i2 + "/value", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties._metadata.items.properties.value.type, parentSchema: schema66.properties._metadata.items.properties.value, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/data/_metadata/" + i2, schemaPath: "#/$defs/cellData/properties/_metadata/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties._metadata.items.type, parentSchema: schema66.properties._metadata.items, data: data47 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/data/_metadata", schemaPath: "#/$defs/cellData/properties/_metadata/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties._metadata.type, parentSchema: schema66.properties._metadata, data: data46 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data45.security_boundary !== void 0) {
          let data50 = data45.security_boundary;
          if (typeof data50 !== "boolean") {
            const err103 = { instancePath: instancePath + "/data/security_boundary", schemaPath: "#/$defs/cellData/properties/security_boundary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.security_boundary.type, parentSchema: schema66.properties.security_boundary, data: data50 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data45.data_assets !== void 0) {
          const err104 = { instancePath: instancePath + "/data/data_assets", schemaPath: "#/$defs/cellData/properties/data_assets/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema66.properties.data_assets.not, parentSchema: schema66.properties.data_assets, data: data45.data_assets };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
      } else {
        const err105 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/cellData/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data: data45 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
  } else {
    const err106 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err106];
    } else {
      vErrors.push(err106);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema67 = { "type": "object", "additionalProperties": false, "required": ["id", "shape"], "properties": { "id": { "$ref": "#/$defs/cellId" }, "shape": { "enum": ["actor", "process", "store", "security-boundary", "text-box"] }, "x": { "type": "number" }, "y": { "type": "number" }, "width": { "type": "number" }, "height": { "type": "number" }, "position": { "type": "object", "required": ["x", "y"], "additionalProperties": false, "properties": { "x": { "type": "number" }, "y": { "type": "number" } } }, "size": { "type": "object", "required": ["width", "height"], "additionalProperties": false, "properties": { "width": { "type": "number" }, "height": { "type": "number" } } }, "angle": { "type": "number" }, "attrs": { "type": "object", "additionalProperties": false, "properties": { "body": { "type": "object", "additionalProperties": false, "properties": { "fill": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "stroke": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "strokeWidth": { "type": "number", "minimum": 0 }, "strokeDasharray": { "type": ["string", "null"], "maxLength": 64, "pattern": "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$" }, "rx": { "type": "number", "minimum": 0 }, "ry": { "type": "number", "minimum": 0 }, "lateral": { "type": "number" }, "refWidth": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refHeight": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "fillOpacity": { "type": "number", "minimum": 0, "maximum": 1 } } }, "text": { "$ref": "#/$defs/textAttrs" } } }, "ports": { "type": "object", "additionalProperties": false, "properties": { "groups": { "type": "object", "additionalProperties": { "type": "object", "properties": { "position": { "enum": ["top", "right", "bottom", "left"] }, "attrs": { "type": "object" } } } }, "items": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "required": ["id", "group"], "properties": { "id": { "type": "string", "maxLength": 64 }, "group": { "type": "string", "maxLength": 32 }, "attrs": { "type": "object" } } } } } }, "parent": { "anyOf": [{ "$ref": "#/$defs/cellId" }, { "type": "null" }] }, "children": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/$defs/cellId" } }, "assets": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/key" }, "description": "Keys of the assets this cell handles (TMI data_assets)." }, "data": { "$ref": "#/$defs/cellData" } } };
var schema69 = { "type": "object", "additionalProperties": false, "properties": { "text": { "type": "string", "maxLength": 256 }, "fontSize": { "type": "number", "minimum": 1 }, "fill": { "type": "string", "maxLength": 32, "pattern": "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, "fontFamily": { "type": "string", "maxLength": 64, "pattern": "^[a-zA-Z0-9 ,'-]*$" }, "refX": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refY": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refDx": { "type": "number" }, "refDy": { "type": "number" }, "refX2": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "refY2": { "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\d+%$" }] }, "textAnchor": { "enum": ["start", "middle", "end"] }, "textVerticalAnchor": { "enum": ["top", "middle", "bottom"] } } };
var func0 = require_equal().default;
var pattern33 = new RegExp("^\\d+%$", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.shape === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema67.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern14.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/cellId/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$" }, message: 'must match pattern "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"', schema: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/cellId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.shape !== void 0) {
      let data1 = data.shape;
      if (!(data1 === "actor" || data1 === "process" || data1 === "store" || data1 === "security-boundary" || data1 === "text-box")) {
        const err5 = { instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/enum", keyword: "enum", params: { allowedValues: schema67.properties.shape.enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.shape.enum, parentSchema: schema67.properties.shape, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.x !== void 0) {
      let data2 = data.x;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err6 = { instancePath: instancePath + "/x", schemaPath: "#/properties/x/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.x.type, parentSchema: schema67.properties.x, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.y !== void 0) {
      let data3 = data.y;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err7 = { instancePath: instancePath + "/y", schemaPath: "#/properties/y/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.y.type, parentSchema: schema67.properties.y, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.width !== void 0) {
      let data4 = data.width;
      if (!(typeof data4 == "number" && isFinite(data4))) {
        const err8 = { instancePath: instancePath + "/width", schemaPath: "#/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.width.type, parentSchema: schema67.properties.width, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.height !== void 0) {
      let data5 = data.height;
      if (!(typeof data5 == "number" && isFinite(data5))) {
        const err9 = { instancePath: instancePath + "/height", schemaPath: "#/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.height.type, parentSchema: schema67.properties.height, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.position !== void 0) {
      let data6 = data.position;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.x === void 0) {
          const err10 = { instancePath: instancePath + "/position", schemaPath: "#/properties/position/required", keyword: "required", params: { missingProperty: "x" }, message: "must have required property 'x'", schema: schema67.properties.position.required, parentSchema: schema67.properties.position, data: data6 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data6.y === void 0) {
          const err11 = { instancePath: instancePath + "/position", schemaPath: "#/properties/position/required", keyword: "required", params: { missingProperty: "y" }, message: "must have required property 'y'", schema: schema67.properties.position.required, parentSchema: schema67.properties.position, data: data6 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "x" || key1 === "y")) {
            const err12 = { instancePath: instancePath + "/position", schemaPath: "#/properties/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.position, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.x !== void 0) {
          let data7 = data6.x;
          if (!(typeof data7 == "number" && isFinite(data7))) {
            const err13 = { instancePath: instancePath + "/position/x", schemaPath: "#/properties/position/properties/x/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.position.properties.x.type, parentSchema: schema67.properties.position.properties.x, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.y !== void 0) {
          let data8 = data6.y;
          if (!(typeof data8 == "number" && isFinite(data8))) {
            const err14 = { instancePath: instancePath + "/position/y", schemaPath: "#/properties/position/properties/y/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.position.properties.y.type, parentSchema: schema67.properties.position.properties.y, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/position", schemaPath: "#/properties/position/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.position.type, parentSchema: schema67.properties.position, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      let data9 = data.size;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.width === void 0) {
          const err16 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/required", keyword: "required", params: { missingProperty: "width" }, message: "must have required property 'width'", schema: schema67.properties.size.required, parentSchema: schema67.properties.size, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data9.height === void 0) {
          const err17 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/required", keyword: "required", params: { missingProperty: "height" }, message: "must have required property 'height'", schema: schema67.properties.size.required, parentSchema: schema67.properties.size, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!(key2 === "width" || key2 === "height")) {
            const err18 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.size, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.width !== void 0) {
          let data10 = data9.width;
          if (!(typeof data10 == "number" && isFinite(data10))) {
            const err19 = { instancePath: instancePath + "/size/width", schemaPath: "#/properties/size/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.size.properties.width.type, parentSchema: schema67.properties.size.properties.width, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data9.height !== void 0) {
          let data11 = data9.height;
          if (!(typeof data11 == "number" && isFinite(data11))) {
            const err20 = { instancePath: instancePath + "/size/height", schemaPath: "#/properties/size/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.size.properties.height.type, parentSchema: schema67.properties.size.properties.height, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.size.type, parentSchema: schema67.properties.size, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.angle !== void 0) {
      let data12 = data.angle;
      if (!(typeof data12 == "number" && isFinite(data12))) {
        const err22 = { instancePath: instancePath + "/angle", schemaPath: "#/properties/angle/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.angle.type, parentSchema: schema67.properties.angle, data: data12 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.attrs !== void 0) {
      let data13 = data.attrs;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key3 in data13) {
          if (!(key3 === "body" || key3 === "text")) {
            const err23 = { instancePath: instancePath + "/attrs", schemaPath: "#/properties/attrs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.attrs, data: data13 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data13.body !== void 0) {
          let data14 = data13.body;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key4 in data14) {
              if (!func1.call(schema67.properties.attrs.properties.body.properties, key4)) {
                const err24 = { instancePath: instancePath + "/attrs/body", schemaPath: "#/properties/attrs/properties/body/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.attrs.properties.body, data: data14 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data14.fill !== void 0) {
              let data15 = data14.fill;
              if (typeof data15 === "string") {
                if (data15.length > 32) {
                  const err25 = { instancePath: instancePath + "/attrs/body/fill", schemaPath: "#/properties/attrs/properties/body/properties/fill/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema67.properties.attrs.properties.body.properties.fill, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (!pattern24.test(data15)) {
                  const err26 = { instancePath: instancePath + "/attrs/body/fill", schemaPath: "#/properties/attrs/properties/body/properties/fill/pattern", keyword: "pattern", params: { pattern: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, message: 'must match pattern "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$"', schema: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$", parentSchema: schema67.properties.attrs.properties.body.properties.fill, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/attrs/body/fill", schemaPath: "#/properties/attrs/properties/body/properties/fill/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.attrs.properties.body.properties.fill.type, parentSchema: schema67.properties.attrs.properties.body.properties.fill, data: data15 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data14.stroke !== void 0) {
              let data16 = data14.stroke;
              if (typeof data16 === "string") {
                if (data16.length > 32) {
                  const err28 = { instancePath: instancePath + "/attrs/body/stroke", schemaPath: "#/properties/attrs/properties/body/properties/stroke/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema67.properties.attrs.properties.body.properties.stroke, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (!pattern24.test(data16)) {
                  const err29 = { instancePath: instancePath + "/attrs/body/stroke", schemaPath: "#/properties/attrs/properties/body/properties/stroke/pattern", keyword: "pattern", params: { pattern: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, message: 'must match pattern "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$"', schema: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$", parentSchema: schema67.properties.attrs.properties.body.properties.stroke, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/attrs/body/stroke", schemaPath: "#/properties/attrs/properties/body/properties/stroke/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.attrs.properties.body.properties.stroke.type, parentSchema: schema67.properties.attrs.properties.body.properties.stroke, data: data16 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.strokeWidth !== void 0) {
              let data17 = data14.strokeWidth;
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 0 || isNaN(data17)) {
                  const err31 = { instancePath: instancePath + "/attrs/body/strokeWidth", schemaPath: "#/properties/attrs/properties/body/properties/strokeWidth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema67.properties.attrs.properties.body.properties.strokeWidth, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/attrs/body/strokeWidth", schemaPath: "#/properties/attrs/properties/body/properties/strokeWidth/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.attrs.properties.body.properties.strokeWidth.type, parentSchema: schema67.properties.attrs.properties.body.properties.strokeWidth, data: data17 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.strokeDasharray !== void 0) {
              let data18 = data14.strokeDasharray;
              if (typeof data18 !== "string" && data18 !== null) {
                const err33 = { instancePath: instancePath + "/attrs/body/strokeDasharray", schemaPath: "#/properties/attrs/properties/body/properties/strokeDasharray/type", keyword: "type", params: { type: schema67.properties.attrs.properties.body.properties.strokeDasharray.type }, message: "must be string,null", schema: schema67.properties.attrs.properties.body.properties.strokeDasharray.type, parentSchema: schema67.properties.attrs.properties.body.properties.strokeDasharray, data: data18 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data18 === "string") {
                if (data18.length > 64) {
                  const err34 = { instancePath: instancePath + "/attrs/body/strokeDasharray", schemaPath: "#/properties/attrs/properties/body/properties/strokeDasharray/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema67.properties.attrs.properties.body.properties.strokeDasharray, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (!pattern25.test(data18)) {
                  const err35 = { instancePath: instancePath + "/attrs/body/strokeDasharray", schemaPath: "#/properties/attrs/properties/body/properties/strokeDasharray/pattern", keyword: "pattern", params: { pattern: "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$" }, message: 'must match pattern "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$"', schema: "^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$", parentSchema: schema67.properties.attrs.properties.body.properties.strokeDasharray, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data14.rx !== void 0) {
              let data19 = data14.rx;
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err36 = { instancePath: instancePath + "/attrs/body/rx", schemaPath: "#/properties/attrs/properties/body/properties/rx/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema67.properties.attrs.properties.body.properties.rx, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/attrs/body/rx", schemaPath: "#/properties/attrs/properties/body/properties/rx/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.attrs.properties.body.properties.rx.type, parentSchema: schema67.properties.attrs.properties.body.properties.rx, data: data19 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.ry !== void 0) {
              let data20 = data14.ry;
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err38 = { instancePath: instancePath + "/attrs/body/ry", schemaPath: "#/properties/attrs/properties/body/properties/ry/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema67.properties.attrs.properties.body.properties.ry, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/attrs/body/ry", schemaPath: "#/properties/attrs/properties/body/properties/ry/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.attrs.properties.body.properties.ry.type, parentSchema: schema67.properties.attrs.properties.body.properties.ry, data: data20 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.lateral !== void 0) {
              let data21 = data14.lateral;
              if (!(typeof data21 == "number" && isFinite(data21))) {
                const err40 = { instancePath: instancePath + "/attrs/body/lateral", schemaPath: "#/properties/attrs/properties/body/properties/lateral/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.attrs.properties.body.properties.lateral.type, parentSchema: schema67.properties.attrs.properties.body.properties.lateral, data: data21 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.refWidth !== void 0) {
              let data22 = data14.refWidth;
              const _errs51 = errors;
              let valid6 = false;
              let passing0 = null;
              const _errs52 = errors;
              if (!(typeof data22 == "number" && isFinite(data22))) {
                const err41 = { instancePath: instancePath + "/attrs/body/refWidth", schemaPath: "#/properties/attrs/properties/body/properties/refWidth/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.attrs.properties.body.properties.refWidth.oneOf[0].type, parentSchema: schema67.properties.attrs.properties.body.properties.refWidth.oneOf[0], data: data22 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var _valid0 = _errs52 === errors;
              if (_valid0) {
                valid6 = true;
                passing0 = 0;
              }
              const _errs54 = errors;
              if (typeof data22 === "string") {
                if (!pattern33.test(data22)) {
                  const err42 = { instancePath: instancePath + "/attrs/body/refWidth", schemaPath: "#/properties/attrs/properties/body/properties/refWidth/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d+%$" }, message: 'must match pattern "^\\d+%$"', schema: "^\\d+%$", parentSchema: schema67.properties.attrs.properties.body.properties.refWidth.oneOf[1], data: data22 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/attrs/body/refWidth", schemaPath: "#/properties/attrs/properties/body/properties/refWidth/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.attrs.properties.body.properties.refWidth.oneOf[1].type, parentSchema: schema67.properties.attrs.properties.body.properties.refWidth.oneOf[1], data: data22 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              var _valid0 = _errs54 === errors;
              if (_valid0 && valid6) {
                valid6 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid6 = true;
                  passing0 = 1;
                }
              }
              if (!valid6) {
                const err44 = { instancePath: instancePath + "/attrs/body/refWidth", schemaPath: "#/properties/attrs/properties/body/properties/refWidth/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema67.properties.attrs.properties.body.properties.refWidth.oneOf, parentSchema: schema67.properties.attrs.properties.body.properties.refWidth, data: data22 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              } else {
                errors = _errs51;
                if (vErrors !== null) {
                  if (_errs51) {
                    vErrors.length = _errs51;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.refHeight !== void 0) {
              let data23 = data14.refHeight;
              const _errs57 = errors;
              let valid7 = false;
              let passing1 = null;
              const _errs58 = errors;
              if (!(typeof data23 == "number" && isFinite(data23))) {
                const err45 = { instancePath: instancePath + "/attrs/body/refHeight", schemaPath: "#/properties/attrs/properties/body/properties/refHeight/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.attrs.properties.body.properties.refHeight.oneOf[0].type, parentSchema: schema67.properties.attrs.properties.body.properties.refHeight.oneOf[0], data: data23 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              var _valid1 = _errs58 === errors;
              if (_valid1) {
                valid7 = true;
                passing1 = 0;
              }
              const _errs60 = errors;
              if (typeof data23 === "string") {
                if (!pattern33.test(data23)) {
                  const err46 = { instancePath: instancePath + "/attrs/body/refHeight", schemaPath: "#/properties/attrs/properties/body/properties/refHeight/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d+%$" }, message: 'must match pattern "^\\d+%$"', schema: "^\\d+%$", parentSchema: schema67.properties.attrs.properties.body.properties.refHeight.oneOf[1], data: data23 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/attrs/body/refHeight", schemaPath: "#/properties/attrs/properties/body/properties/refHeight/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.attrs.properties.body.properties.refHeight.oneOf[1].type, parentSchema: schema67.properties.attrs.properties.body.properties.refHeight.oneOf[1], data: data23 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var _valid1 = _errs60 === errors;
              if (_valid1 && valid7) {
                valid7 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid7 = true;
                  passing1 = 1;
                }
              }
              if (!valid7) {
                const err48 = { instancePath: instancePath + "/attrs/body/refHeight", schemaPath: "#/properties/attrs/properties/body/properties/refHeight/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema67.properties.attrs.properties.body.properties.refHeight.oneOf, parentSchema: schema67.properties.attrs.properties.body.properties.refHeight, data: data23 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              } else {
                errors = _errs57;
                if (vErrors !== null) {
                  if (_errs57) {
                    vErrors.length = _errs57;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.fillOpacity !== void 0) {
              let data24 = data14.fillOpacity;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 > 1 || isNaN(data24)) {
                  const err49 = { instancePath: instancePath + "/attrs/body/fillOpacity", schemaPath: "#/properties/attrs/properties/body/properties/fillOpacity/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema67.properties.attrs.properties.body.properties.fillOpacity, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data24 < 0 || isNaN(data24)) {
                  const err50 = { instancePath: instancePath + "/attrs/body/fillOpacity", schemaPath: "#/properties/attrs/properties/body/properties/fillOpacity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema67.properties.attrs.properties.body.properties.fillOpacity, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/attrs/body/fillOpacity", schemaPath: "#/properties/attrs/properties/body/properties/fillOpacity/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema67.properties.attrs.properties.body.properties.fillOpacity.type, parentSchema: schema67.properties.attrs.properties.body.properties.fillOpacity, data: data24 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/attrs/body", schemaPath: "#/properties/attrs/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.attrs.properties.body.type, parentSchema: schema67.properties.attrs.properties.body, data: data14 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data13.text !== void 0) {
          let data25 = data13.text;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key5 in data25) {
              if (!func1.call(schema69.properties, key5)) {
                const err53 = { instancePath: instancePath + "/attrs/text", schemaPath: "#/$defs/textAttrs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data: data25 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data25.text !== void 0) {
              let data26 = data25.text;
              if (typeof data26 === "string") {
                if (data26.length > 256) {
                  const err54 = { instancePath: instancePath + "/attrs/text/text", schemaPath: "#/$defs/textAttrs/properties/text/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema69.properties.text, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/attrs/text/text", schemaPath: "#/$defs/textAttrs/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.text.type, parentSchema: schema69.properties.text, data: data26 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data25.fontSize !== void 0) {
              let data27 = data25.fontSize;
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 1 || isNaN(data27)) {
                  const err56 = { instancePath: instancePath + "/attrs/text/fontSize", schemaPath: "#/$defs/textAttrs/properties/fontSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema69.properties.fontSize, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/attrs/text/fontSize", schemaPath: "#/$defs/textAttrs/properties/fontSize/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.fontSize.type, parentSchema: schema69.properties.fontSize, data: data27 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data25.fill !== void 0) {
              let data28 = data25.fill;
              if (typeof data28 === "string") {
                if (data28.length > 32) {
                  const err58 = { instancePath: instancePath + "/attrs/text/fill", schemaPath: "#/$defs/textAttrs/properties/fill/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema69.properties.fill, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (!pattern24.test(data28)) {
                  const err59 = { instancePath: instancePath + "/attrs/text/fill", schemaPath: "#/$defs/textAttrs/properties/fill/pattern", keyword: "pattern", params: { pattern: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$" }, message: 'must match pattern "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$"', schema: "^(#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$", parentSchema: schema69.properties.fill, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/attrs/text/fill", schemaPath: "#/$defs/textAttrs/properties/fill/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.fill.type, parentSchema: schema69.properties.fill, data: data28 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data25.fontFamily !== void 0) {
              let data29 = data25.fontFamily;
              if (typeof data29 === "string") {
                if (data29.length > 64) {
                  const err61 = { instancePath: instancePath + "/attrs/text/fontFamily", schemaPath: "#/$defs/textAttrs/properties/fontFamily/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema69.properties.fontFamily, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (!pattern27.test(data29)) {
                  const err62 = { instancePath: instancePath + "/attrs/text/fontFamily", schemaPath: "#/$defs/textAttrs/properties/fontFamily/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9 ,'-]*$" }, message: `must match pattern "^[a-zA-Z0-9 ,'-]*$"`, schema: "^[a-zA-Z0-9 ,'-]*$", parentSchema: schema69.properties.fontFamily, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/attrs/text/fontFamily", schemaPath: "#/$defs/textAttrs/properties/fontFamily/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.fontFamily.type, parentSchema: schema69.properties.fontFamily, data: data29 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data25.refX !== void 0) {
              let data30 = data25.refX;
              const _errs77 = errors;
              let valid10 = false;
              let passing2 = null;
              const _errs78 = errors;
              if (!(typeof data30 == "number" && isFinite(data30))) {
                const err64 = { instancePath: instancePath + "/attrs/text/refX", schemaPath: "#/$defs/textAttrs/properties/refX/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.refX.oneOf[0].type, parentSchema: schema69.properties.refX.oneOf[0], data: data30 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var _valid2 = _errs78 === errors;
              if (_valid2) {
                valid10 = true;
                passing2 = 0;
              }
              const _errs80 = errors;
              if (typeof data30 === "string") {
                if (!pattern33.test(data30)) {
                  const err65 = { instancePath: instancePath + "/attrs/text/refX", schemaPath: "#/$defs/textAttrs/properties/refX/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d+%$" }, message: 'must match pattern "^\\d+%$"', schema: "^\\d+%$", parentSchema: schema69.properties.refX.oneOf[1], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/attrs/text/refX", schemaPath: "#/$defs/textAttrs/properties/refX/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.refX.oneOf[1].type, parentSchema: schema69.properties.refX.oneOf[1], data: data30 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              var _valid2 = _errs80 === errors;
              if (_valid2 && valid10) {
                valid10 = false;
                passing2 = [passing2, 1];
              } else {
                if (_valid2) {
                  valid10 = true;
                  passing2 = 1;
                }
              }
              if (!valid10) {
                const err67 = { instancePath: instancePath + "/attrs/text/refX", schemaPath: "#/$defs/textAttrs/properties/refX/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema69.properties.refX.oneOf, parentSchema: schema69.properties.refX, data: data30 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              } else {
                errors = _errs77;
                if (vErrors !== null) {
                  if (_errs77) {
                    vErrors.length = _errs77;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data25.refY !== void 0) {
              let data31 = data25.refY;
              const _errs83 = errors;
              let valid11 = false;
              let passing3 = null;
              const _errs84 = errors;
              if (!(typeof data31 == "number" && isFinite(data31))) {
                const err68 = { instancePath: instancePath + "/attrs/text/refY", schemaPath: "#/$defs/textAttrs/properties/refY/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.refY.oneOf[0].type, parentSchema: schema69.properties.refY.oneOf[0], data: data31 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              var _valid3 = _errs84 === errors;
              if (_valid3) {
                valid11 = true;
                passing3 = 0;
              }
              const _errs86 = errors;
              if (typeof data31 === "string") {
                if (!pattern33.test(data31)) {
                  const err69 = { instancePath: instancePath + "/attrs/text/refY", schemaPath: "#/$defs/textAttrs/properties/refY/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d+%$" }, message: 'must match pattern "^\\d+%$"', schema: "^\\d+%$", parentSchema: schema69.properties.refY.oneOf[1], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/attrs/text/refY", schemaPath: "#/$defs/textAttrs/properties/refY/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.refY.oneOf[1].type, parentSchema: schema69.properties.refY.oneOf[1], data: data31 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              var _valid3 = _errs86 === errors;
              if (_valid3 && valid11) {
                valid11 = false;
                passing3 = [passing3, 1];
              } else {
                if (_valid3) {
                  valid11 = true;
                  passing3 = 1;
                }
              }
              if (!valid11) {
                const err71 = { instancePath: instancePath + "/attrs/text/refY", schemaPath: "#/$defs/textAttrs/properties/refY/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema69.properties.refY.oneOf, parentSchema: schema69.properties.refY, data: data31 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              } else {
                errors = _errs83;
                if (vErrors !== null) {
                  if (_errs83) {
                    vErrors.length = _errs83;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data25.refDx !== void 0) {
              let data32 = data25.refDx;
              if (!(typeof data32 == "number" && isFinite(data32))) {
                const err72 = { instancePath: instancePath + "/attrs/text/refDx", schemaPath: "#/$defs/textAttrs/properties/refDx/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.refDx.type, parentSchema: schema69.properties.refDx, data: data32 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data25.refDy !== void 0) {
              let data33 = data25.refDy;
              if (!(typeof data33 == "number" && isFinite(data33))) {
                const err73 = { instancePath: instancePath + "/attrs/text/refDy", schemaPath: "#/$defs/textAttrs/properties/refDy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.refDy.type, parentSchema: schema69.properties.refDy, data: data33 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data25.refX2 !== void 0) {
              let data34 = data25.refX2;
              const _errs93 = errors;
              let valid12 = false;
              let passing4 = null;
              const _errs94 = errors;
              if (!(typeof data34 == "number" && isFinite(data34))) {
                const err74 = { instancePath: instancePath + "/attrs/text/refX2", schemaPath: "#/$defs/textAttrs/properties/refX2/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.refX2.oneOf[0].type, parentSchema: schema69.properties.refX2.oneOf[0], data: data34 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              var _valid4 = _errs94 === errors;
              if (_valid4) {
                valid12 = true;
                passing4 = 0;
              }
              const _errs96 = errors;
              if (typeof data34 === "string") {
                if (!pattern33.test(data34)) {
                  const err75 = { instancePath: instancePath + "/attrs/text/refX2", schemaPath: "#/$defs/textAttrs/properties/refX2/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d+%$" }, message: 'must match pattern "^\\d+%$"', schema: "^\\d+%$", parentSchema: schema69.properties.refX2.oneOf[1], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/attrs/text/refX2", schemaPath: "#/$defs/textAttrs/properties/refX2/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.refX2.oneOf[1].type, parentSchema: schema69.properties.refX2.oneOf[1], data: data34 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              var _valid4 = _errs96 === errors;
              if (_valid4 && valid12) {
                valid12 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid12 = true;
                  passing4 = 1;
                }
              }
              if (!valid12) {
                const err77 = { instancePath: instancePath + "/attrs/text/refX2", schemaPath: "#/$defs/textAttrs/properties/refX2/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema69.properties.refX2.oneOf, parentSchema: schema69.properties.refX2, data: data34 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              } else {
                errors = _errs93;
                if (vErrors !== null) {
                  if (_errs93) {
                    vErrors.length = _errs93;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data25.refY2 !== void 0) {
              let data35 = data25.refY2;
              const _errs99 = errors;
              let valid13 = false;
              let passing5 = null;
              const _errs100 = errors;
              if (!(typeof data35 == "number" && isFinite(data35))) {
                const err78 = { instancePath: instancePath + "/attrs/text/refY2", schemaPath: "#/$defs/textAttrs/properties/refY2/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema69.properties.refY2.oneOf[0].type, parentSchema: schema69.properties.refY2.oneOf[0], data: data35 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              var _valid5 = _errs100 === errors;
              if (_valid5) {
                valid13 = true;
                passing5 = 0;
              }
              const _errs102 = errors;
              if (typeof data35 === "string") {
                if (!pattern33.test(data35)) {
                  const err79 = { instancePath: instancePath + "/attrs/text/refY2", schemaPath: "#/$defs/textAttrs/properties/refY2/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d+%$" }, message: 'must match pattern "^\\d+%$"', schema: "^\\d+%$", parentSchema: schema69.properties.refY2.oneOf[1], data: data35 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/attrs/text/refY2", schemaPath: "#/$defs/textAttrs/properties/refY2/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.refY2.oneOf[1].type, parentSchema: schema69.properties.refY2.oneOf[1], data: data35 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              var _valid5 = _errs102 === errors;
              if (_valid5 && valid13) {
                valid13 = false;
                passing5 = [passing5, 1];
              } else {
                if (_valid5) {
                  valid13 = true;
                  passing5 = 1;
                }
              }
              if (!valid13) {
                const err81 = { instancePath: instancePath + "/attrs/text/refY2", schemaPath: "#/$defs/textAttrs/properties/refY2/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema69.properties.refY2.oneOf, parentSchema: schema69.properties.refY2, data: data35 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              } else {
                errors = _errs99;
                if (vErrors !== null) {
                  if (_errs99) {
                    vErrors.length = _errs99;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data25.textAnchor !== void 0) {
              let data36 = data25.textAnchor;
              if (!(data36 === "start" || data36 === "middle" || data36 === "end")) {
                const err82 = { instancePath: instancePath + "/attrs/text/textAnchor", schemaPath: "#/$defs/textAttrs/properties/textAnchor/enum", keyword: "enum", params: { allowedValues: schema69.properties.textAnchor.enum }, message: "must be equal to one of the allowed values", schema: schema69.properties.textAnchor.enum, parentSchema: schema69.properties.textAnchor, data: data36 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data25.textVerticalAnchor !== void 0) {
              let data37 = data25.textVerticalAnchor;
              if (!(data37 === "top" || data37 === "middle" || data37 === "bottom")) {
                const err83 = { instancePath: instancePath + "/attrs/text/textVerticalAnchor", schemaPath: "#/$defs/textAttrs/properties/textVerticalAnchor/enum", keyword: "enum", params: { allowedValues: schema69.properties.textVerticalAnchor.enum }, message: "must be equal to one of the allowed values", schema: schema69.properties.textVerticalAnchor.enum, parentSchema: schema69.properties.textVerticalAnchor, data: data37 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/attrs/text", schemaPath: "#/$defs/textAttrs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data: data25 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/attrs", schemaPath: "#/properties/attrs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.attrs.type, parentSchema: schema67.properties.attrs, data: data13 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data38 = data.ports;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key6 in data38) {
          if (!(key6 === "groups" || key6 === "items")) {
            const err86 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.ports, data: data38 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data38.groups !== void 0) {
          let data39 = data38.groups;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key7 in data39) {
              let data40 = data39[key7];
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                if (data40.position !== void 0) {
                  let data41 = data40.position;
                  if (!(data41 === "top" || data41 === "right" || data41 === "bottom" || data41 === "left")) {
                    const err87 = { instancePath: instancePath + "/ports/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/position", schemaPath: "#/properties/ports/properties/groups/additionalProperties/properties/position/enum", keyword: "enum", params: { allowedValues: schema67.properties.ports.properties.groups.additionalProperties.properties.position.enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.ports.properties.groups.additionalProperties.properties.position.enum, parentSchema: schema67.properties.ports.properties.groups.additionalProperties.properties.position, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data40.attrs !== void 0) {
                  let data42 = data40.attrs;
                  if (!(data42 && typeof data42 == "object" && !Array.isArray(data42))) {
                    const err88 = { instancePath: instancePath + "/ports/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/attrs", schemaPath: "#/properties/ports/properties/groups/additionalProperties/properties/attrs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.ports.properties.groups.additionalProperties.properties.attrs.type, parentSchema: schema67.properties.ports.properties.groups.additionalProperties.properties.attrs, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
              } else {
                const err89 = { instancePath: instancePath + "/ports/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ports/properties/groups/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.ports.properties.groups.additionalProperties.type, parentSchema: schema67.properties.ports.properties.groups.additionalProperties, data: data40 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/ports/groups", schemaPath: "#/properties/ports/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.ports.properties.groups.type, parentSchema: schema67.properties.ports.properties.groups, data: data39 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data38.items !== void 0) {
          let data43 = data38.items;
          if (Array.isArray(data43)) {
            if (data43.length > 1e3) {
              const err91 = { instancePath: instancePath + "/ports/items", schemaPath: "#/properties/ports/properties/items/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema67.properties.ports.properties.items, data: data43 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            const len0 = data43.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data44 = data43[i0];
              if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                if (data44.id === void 0) {
                  const err92 = { instancePath: instancePath + "/ports/items/" + i0, schemaPath: "#/properties/ports/properties/items/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema67.properties.ports.properties.items.items.required, parentSchema: schema67.properties.ports.properties.items.items, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data44.group === void 0) {
                  const err93 = { instancePath: instancePath + "/ports/items/" + i0, schemaPath: "#/properties/ports/properties/items/items/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property 'group'", schema: schema67.properties.ports.properties.items.items.required, parentSchema: schema67.properties.ports.properties.items.items, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data44.id !== void 0) {
                  let data45 = data44.id;
                  if (typeof data45 === "string") {
                    if (data45.length > 64) {
                      const err94 = { instancePath: instancePath + "/ports/items/" + i0 + "/id", schemaPath: "#/properties/ports/properties/items/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema67.properties.ports.properties.items.items.properties.id, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  } else {
                    const err95 = { instancePath: instancePath + "/ports/items/" + i0 + "/id", schemaPath: "#/properties/ports/properties/items/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.ports.properties.items.items.properties.id.type, parentSchema: schema67.properties.ports.properties.items.items.properties.id, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data44.group !== void 0) {
                  let data46 = data44.group;
                  if (typeof data46 === "string") {
                    if (data46.length > 32) {
                      const err96 = { instancePath: instancePath + "/ports/items/" + i0 + "/group", schemaPath: "#/properties/ports/properties/items/items/properties/group/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema67.properties.ports.properties.items.items.properties.group, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/ports/items/" + i0 + "/group", schemaPath: "#/properties/ports/properties/items/items/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.ports.properties.items.items.properties.group.type, parentSchema: schema67.properties.ports.properties.items.items.properties.group, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data44.attrs !== void 0) {
                  let data47 = data44.attrs;
                  if (!(data47 && typeof data47 == "object" && !Array.isArray(data47))) {
                    const err98 = { instancePath: instancePath + "/ports/items/" + i0 + "/attrs", schemaPath: "#/properties/ports/properties/items/items/properties/attrs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.ports.properties.items.items.properties.attrs.type, parentSchema: schema67.properties.ports.properties.items.items.properties.attrs, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/ports/items/" + i0, schemaPath: "#/properties/ports/properties/items/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.ports.properties.items.items.type, parentSchema: schema67.properties.ports.properties.items.items, data: data44 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/ports/items", schemaPath: "#/properties/ports/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.ports.properties.items.type, parentSchema: schema67.properties.ports.properties.items, data: data43 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.ports.type, parentSchema: schema67.properties.ports, data: data38 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.parent !== void 0) {
      let data48 = data.parent;
      const _errs128 = errors;
      let valid20 = false;
      const _errs129 = errors;
      if (typeof data48 === "string") {
        if (!pattern14.test(data48)) {
          const err102 = { instancePath: instancePath + "/parent", schemaPath: "#/$defs/cellId/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$" }, message: 'must match pattern "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"', schema: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", parentSchema: schema44, data: data48 };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
      } else {
        const err103 = { instancePath: instancePath + "/parent", schemaPath: "#/$defs/cellId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data48 };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
      var _valid6 = _errs129 === errors;
      valid20 = valid20 || _valid6;
      const _errs132 = errors;
      if (data48 !== null) {
        const err104 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema67.properties.parent.anyOf[1].type, parentSchema: schema67.properties.parent.anyOf[1], data: data48 };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
      var _valid6 = _errs132 === errors;
      valid20 = valid20 || _valid6;
      if (!valid20) {
        const err105 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties.parent.anyOf, parentSchema: schema67.properties.parent, data: data48 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      } else {
        errors = _errs128;
        if (vErrors !== null) {
          if (_errs128) {
            vErrors.length = _errs128;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.children !== void 0) {
      let data49 = data.children;
      if (Array.isArray(data49)) {
        if (data49.length > 1e3) {
          const err106 = { instancePath: instancePath + "/children", schemaPath: "#/properties/children/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema67.properties.children, data: data49 };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        const len1 = data49.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data50 = data49[i1];
          if (typeof data50 === "string") {
            if (!pattern14.test(data50)) {
              const err107 = { instancePath: instancePath + "/children/" + i1, schemaPath: "#/$defs/cellId/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$" }, message: 'must match pattern "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"', schema: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$", parentSchema: schema44, data: data50 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          } else {
            const err108 = { instancePath: instancePath + "/children/" + i1, schemaPath: "#/$defs/cellId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data50 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
      } else {
        const err109 = { instancePath: instancePath + "/children", schemaPath: "#/properties/children/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.children.type, parentSchema: schema67.properties.children, data: data49 };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.assets !== void 0) {
      let data51 = data.assets;
      if (Array.isArray(data51)) {
        if (data51.length > 100) {
          const err110 = { instancePath: instancePath + "/assets", schemaPath: "#/properties/assets/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema67.properties.assets, data: data51 };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        const len2 = data51.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data52 = data51[i2];
          if (typeof data52 === "string") {
            if (!pattern4.test(data52)) {
              const err111 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data52 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          } else {
            const err112 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data52 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        let i3 = data51.length;
        let j0;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j0 = i3; j0--; ) {
              if (func0(data51[i3], data51[j0])) {
                const err113 = { instancePath: instancePath + "/assets", schemaPath: "#/properties/assets/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema67.properties.assets, data: data51 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err114 = { instancePath: instancePath + "/assets", schemaPath: "#/properties/assets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.assets.type, parentSchema: schema67.properties.assets, data: data51 };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data53 = data.data;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        if (data53._metadata !== void 0) {
          let data54 = data53._metadata;
          if (Array.isArray(data54)) {
            if (data54.length > 100) {
              const err115 = { instancePath: instancePath + "/data/_metadata", schemaPath: "#/$defs/cellData/properties/_metadata/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema66.properties._metadata, data: data54 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            const len3 = data54.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data55 = data54[i4];
              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                if (data55.key === void 0) {
                  const err116 = { instancePath: instancePath + "/data/_metadata/" + i4, schemaPath: "#/$defs/cellData/properties/_metadata/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema66.properties._metadata.items.required, parentSchema: schema66.properties._metadata.items, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
                if (data55.value === void 0) {
                  const err117 = { instancePath: instancePath + "/data/_metadata/" + i4, schemaPath: "#/$defs/cellData/properties/_metadata/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema66.properties._metadata.items.required, parentSchema: schema66.properties._metadata.items, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                for (const key8 in data55) {
                  if (!(key8 === "key" || key8 === "value")) {
                    const err118 = { instancePath: instancePath + "/data/_metadata/" + i4, schemaPath: "#/$defs/cellData/properties/_metadata/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties._metadata.items, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data55.key !== void 0) {
                  let data56 = data55.key;
                  if (typeof data56 === "string") {
                    if (data56.length > 256) {
                      const err119 = { instancePath: instancePath + "/data/_metadata/" + i4 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema66.properties._metadata.items.properties.key, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    if (data56.length < 1) {
                      const err120 = { instancePath: instancePath + "/data/_metadata/" + i4 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties._metadata.items.properties.key, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                    if (!pattern28.test(data56)) {
                      const err121 = { instancePath: instancePath + "/data/_metadata/" + i4 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_./:-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_./:-]+$"', schema: "^[a-zA-Z0-9_./:-]+$", parentSchema: schema66.properties._metadata.items.properties.key, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/data/_metadata/" + i4 + "/key", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties._metadata.items.properties.key.type, parentSchema: schema66.properties._metadata.items.properties.key, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data55.value !== void 0) {
                  let data57 = data55.value;
                  if (typeof data57 === "string") {
                    if (data57.length > 1024) {
                      const err123 = { instancePath: instancePath + "/data/_metadata/" + i4 + "/value", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema66.properties._metadata.items.properties.value, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    if (data57.length < 1) {
                      const err124 = { instancePath: instancePath + "/data/_metadata/" + i4 + "/value", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties._metadata.items.properties.value, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                  } else {
                    const err125 = { instancePath: instancePath + "/data/_metadata/" + i4 + "/value", schemaPath: "#/$defs/cellData/properties/_metadata/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties._metadata.items.properties.value.type, parentSchema: schema66.properties._metadata.items.properties.value, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
              } else {
                const err126 = { instancePath: instancePath + "/data/_metadata/" + i4, schemaPath: "#/$defs/cellData/properties/_metadata/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties._metadata.items.type, parentSchema: schema66.properties._metadata.items, data: data55 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
          } else {
            const err127 = { instancePath: instancePath + "/data/_metadata", schemaPath: "#/$defs/cellData/properties/_metadata/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties._metadata.type, parentSchema: schema66.properties._metadata, data: data54 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data53.security_boundary !== void 0) {
          let data58 = data53.security_boundary;
          if (typeof data58 !== "boolean") {
            const err128 = { instancePath: instancePath + "/data/security_boundary", schemaPath: "#/$defs/cellData/properties/security_boundary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.security_boundary.type, parentSchema: schema66.properties.security_boundary, data: data58 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data53.data_assets !== void 0) {
          const err129 = { instancePath: instancePath + "/data/data_assets", schemaPath: "#/$defs/cellData/properties/data_assets/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema66.properties.data_assets.not, parentSchema: schema66.properties.data_assets, data: data53.data_assets };
          if (vErrors === null) {
            vErrors = [err129];
          } else {
            vErrors.push(err129);
          }
          errors++;
        }
      } else {
        const err130 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/cellData/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data: data53 };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
    }
  } else {
    const err131 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err131];
    } else {
      vErrors.push(err131);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.shape === void 0 && (missing0 = "shape")) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      if (data.shape !== void 0) {
        if ("flow" !== data.shape) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (!validate33(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (!validate38(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema59.if, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate32.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate32.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema57.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (data1.length > 256) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema57.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.name.type, parentSchema: schema57.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if ("DFD-1.0.0" !== data2) {
        const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "DFD-1.0.0" }, message: "must be equal to constant", schema: "DFD-1.0.0", parentSchema: schema57.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema57.properties.description.type }, message: "must be string,null", schema: schema57.properties.description.type, parentSchema: schema57.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (data3.length > 2048) {
          const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema57.properties.description, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.color_palette !== void 0) {
      let data4 = data.color_palette;
      if (Array.isArray(data4)) {
        if (data4.length > 8) {
          const err11 = { instancePath: instancePath + "/color_palette", schemaPath: "#/properties/color_palette/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema57.properties.color_palette, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.position === void 0) {
              const err12 = { instancePath: instancePath + "/color_palette/" + i0, schemaPath: "#/properties/color_palette/items/required", keyword: "required", params: { missingProperty: "position" }, message: "must have required property 'position'", schema: schema57.properties.color_palette.items.required, parentSchema: schema57.properties.color_palette.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data5.color === void 0) {
              const err13 = { instancePath: instancePath + "/color_palette/" + i0, schemaPath: "#/properties/color_palette/items/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: schema57.properties.color_palette.items.required, parentSchema: schema57.properties.color_palette.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "position" || key1 === "color")) {
                const err14 = { instancePath: instancePath + "/color_palette/" + i0, schemaPath: "#/properties/color_palette/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57.properties.color_palette.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.position !== void 0) {
              let data6 = data5.position;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                const err15 = { instancePath: instancePath + "/color_palette/" + i0 + "/position", schemaPath: "#/properties/color_palette/items/properties/position/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema57.properties.color_palette.items.properties.position.type, parentSchema: schema57.properties.color_palette.items.properties.position, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (typeof data6 == "number" && isFinite(data6)) {
                if (data6 > 8 || isNaN(data6)) {
                  const err16 = { instancePath: instancePath + "/color_palette/" + i0 + "/position", schemaPath: "#/properties/color_palette/items/properties/position/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8 }, message: "must be <= 8", schema: 8, parentSchema: schema57.properties.color_palette.items.properties.position, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data6 < 1 || isNaN(data6)) {
                  const err17 = { instancePath: instancePath + "/color_palette/" + i0 + "/position", schemaPath: "#/properties/color_palette/items/properties/position/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema57.properties.color_palette.items.properties.position, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
            if (data5.color !== void 0) {
              let data7 = data5.color;
              if (typeof data7 === "string") {
                if (!pattern21.test(data7)) {
                  const err18 = { instancePath: instancePath + "/color_palette/" + i0 + "/color", schemaPath: "#/properties/color_palette/items/properties/color/pattern", keyword: "pattern", params: { pattern: "^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$" }, message: 'must match pattern "^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$"', schema: "^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$", parentSchema: schema57.properties.color_palette.items.properties.color, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/color_palette/" + i0 + "/color", schemaPath: "#/properties/color_palette/items/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.color_palette.items.properties.color.type, parentSchema: schema57.properties.color_palette.items.properties.color, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/color_palette/" + i0, schemaPath: "#/properties/color_palette/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties.color_palette.items.type, parentSchema: schema57.properties.color_palette.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/color_palette", schemaPath: "#/properties/color_palette/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.color_palette.type, parentSchema: schema57.properties.color_palette, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.cells !== void 0) {
      let data8 = data.cells;
      if (Array.isArray(data8)) {
        if (data8.length > 1e4) {
          const err22 = { instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema57.properties.cells, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate32(data8[i1], { instancePath: instancePath + "/cells/" + i1, parentData: data8, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.cells.type, parentSchema: schema57.properties.cells, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.include_in_report !== void 0) {
      let data10 = data.include_in_report;
      if (typeof data10 !== "boolean") {
        const err24 = { instancePath: instancePath + "/include_in_report", schemaPath: "#/properties/include_in_report/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema57.properties.include_in_report.type, parentSchema: schema57.properties.include_in_report, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.timmy_enabled !== void 0) {
      let data11 = data.timmy_enabled;
      if (typeof data11 !== "boolean") {
        const err25 = { instancePath: instancePath + "/timmy_enabled", schemaPath: "#/properties/timmy_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema57.properties.timmy_enabled.type, parentSchema: schema57.properties.timmy_enabled, data: data11 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data12 = data.metadata;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (Object.keys(data12).length > 100) {
          const err26 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema35, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key2 in data12) {
          const _errs29 = errors;
          if (typeof key2 === "string") {
            if (key2.length > 256) {
              const err27 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (key2.length < 1) {
              const err28 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          var valid8 = _errs29 === errors;
          if (!valid8) {
            const err29 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        for (const key3 in data12) {
          let data13 = data12[key3];
          if (typeof data13 === "string") {
            if (data13.length > 1024) {
              const err30 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.additionalProperties, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data13.length < 1) {
              const err31 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.additionalProperties, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (data.tmi_sync === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tmi_sync" }, message: "must have required property 'tmi_sync'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tmi_sync !== void 0) {
      let data1 = data.tmi_sync;
      if (1 !== data1) {
        const err5 = { instancePath: instancePath + "/tmi_sync", schemaPath: "#/properties/tmi_sync/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.tmi_sync, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data2 = data.key;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err6 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/key", schemaPath: "#/$defs/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 === "string") {
        if (data3.length > 256) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.name, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.name, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 !== "string" && data4 !== null) {
        const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema31.properties.description.type }, message: "must be string,null", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (data4.length > 2048) {
          const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.description, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.threat_model_framework !== void 0) {
      let data5 = data.threat_model_framework;
      if (!(data5 === "CIA" || data5 === "STRIDE" || data5 === "LINDDUN" || data5 === "DIE" || data5 === "PLOT4ai" || data5 === null)) {
        const err13 = { instancePath: instancePath + "/threat_model_framework", schemaPath: "#/properties/threat_model_framework/enum", keyword: "enum", params: { allowedValues: schema31.properties.threat_model_framework.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.threat_model_framework.enum, parentSchema: schema31.properties.threat_model_framework, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.issue_uri !== void 0) {
      let data6 = data.issue_uri;
      if (typeof data6 !== "string" && data6 !== null) {
        const err14 = { instancePath: instancePath + "/issue_uri", schemaPath: "#/$defs/issueUri/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null", schema: schema33.type, parentSchema: schema33, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (data6.length > 1e3) {
          const err15 = { instancePath: instancePath + "/issue_uri", schemaPath: "#/$defs/issueUri/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.is_confidential !== void 0) {
      let data7 = data.is_confidential;
      if (typeof data7 !== "boolean") {
        const err16 = { instancePath: instancePath + "/is_confidential", schemaPath: "#/properties/is_confidential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.is_confidential.type, parentSchema: schema31.properties.is_confidential, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.authorization !== void 0) {
      let data8 = data.authorization;
      if (Array.isArray(data8)) {
        if (data8.length > 1e3) {
          const err17 = { instancePath: instancePath + "/authorization", schemaPath: "#/properties/authorization/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema31.properties.authorization, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.principal_type === void 0) {
              const err18 = { instancePath: instancePath + "/authorization/" + i0, schemaPath: "#/$defs/authorization/required", keyword: "required", params: { missingProperty: "principal_type" }, message: "must have required property 'principal_type'", schema: schema34.required, parentSchema: schema34, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data9.provider === void 0) {
              const err19 = { instancePath: instancePath + "/authorization/" + i0, schemaPath: "#/$defs/authorization/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema34.required, parentSchema: schema34, data: data9 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data9.provider_id === void 0) {
              const err20 = { instancePath: instancePath + "/authorization/" + i0, schemaPath: "#/$defs/authorization/required", keyword: "required", params: { missingProperty: "provider_id" }, message: "must have required property 'provider_id'", schema: schema34.required, parentSchema: schema34, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data9.role === void 0) {
              const err21 = { instancePath: instancePath + "/authorization/" + i0, schemaPath: "#/$defs/authorization/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema34.required, parentSchema: schema34, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "principal_type" || key1 === "provider" || key1 === "provider_id" || key1 === "role")) {
                const err22 = { instancePath: instancePath + "/authorization/" + i0, schemaPath: "#/$defs/authorization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.principal_type !== void 0) {
              let data10 = data9.principal_type;
              if (!(data10 === "user" || data10 === "group")) {
                const err23 = { instancePath: instancePath + "/authorization/" + i0 + "/principal_type", schemaPath: "#/$defs/authorization/properties/principal_type/enum", keyword: "enum", params: { allowedValues: schema34.properties.principal_type.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.principal_type.enum, parentSchema: schema34.properties.principal_type, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data9.provider !== void 0) {
              let data11 = data9.provider;
              if (typeof data11 === "string") {
                if (data11.length > 100) {
                  const err24 = { instancePath: instancePath + "/authorization/" + i0 + "/provider", schemaPath: "#/$defs/authorization/properties/provider/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema34.properties.provider, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (!pattern5.test(data11)) {
                  const err25 = { instancePath: instancePath + "/authorization/" + i0 + "/provider", schemaPath: "#/$defs/authorization/properties/provider/pattern", keyword: "pattern", params: { pattern: "^(\\*|[a-zA-Z][a-zA-Z0-9_*-]*)$" }, message: 'must match pattern "^(\\*|[a-zA-Z][a-zA-Z0-9_*-]*)$"', schema: "^(\\*|[a-zA-Z][a-zA-Z0-9_*-]*)$", parentSchema: schema34.properties.provider, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/authorization/" + i0 + "/provider", schemaPath: "#/$defs/authorization/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.provider.type, parentSchema: schema34.properties.provider, data: data11 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.provider_id !== void 0) {
              let data12 = data9.provider_id;
              if (typeof data12 === "string") {
                if (data12.length > 255) {
                  const err27 = { instancePath: instancePath + "/authorization/" + i0 + "/provider_id", schemaPath: "#/$defs/authorization/properties/provider_id/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema34.properties.provider_id, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data12.length < 1) {
                  const err28 = { instancePath: instancePath + "/authorization/" + i0 + "/provider_id", schemaPath: "#/$defs/authorization/properties/provider_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.provider_id, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/authorization/" + i0 + "/provider_id", schemaPath: "#/$defs/authorization/properties/provider_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.provider_id.type, parentSchema: schema34.properties.provider_id, data: data12 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.role !== void 0) {
              let data13 = data9.role;
              if (!(data13 === "reader" || data13 === "writer" || data13 === "owner")) {
                const err30 = { instancePath: instancePath + "/authorization/" + i0 + "/role", schemaPath: "#/$defs/authorization/properties/role/enum", keyword: "enum", params: { allowedValues: schema34.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.role.enum, parentSchema: schema34.properties.role, data: data13 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/authorization/" + i0, schemaPath: "#/$defs/authorization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data9 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/authorization", schemaPath: "#/properties/authorization/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.authorization.type, parentSchema: schema31.properties.authorization, data: data8 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data14 = data.metadata;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (Object.keys(data14).length > 100) {
          const err33 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema35, data: data14 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key2 in data14) {
          const _errs33 = errors;
          if (typeof key2 === "string") {
            if (key2.length > 256) {
              const err34 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (key2.length < 1) {
              const err35 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          var valid8 = _errs33 === errors;
          if (!valid8) {
            const err36 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data14 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        for (const key3 in data14) {
          let data15 = data14[key3];
          if (typeof data15 === "string") {
            if (data15.length > 1024) {
              const err37 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema35.additionalProperties, data: data15 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data15.length < 1) {
              const err38 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.additionalProperties, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data15 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data14 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.assets !== void 0) {
      let data16 = data.assets;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate21(data16[i1], { instancePath: instancePath + "/assets/" + i1, parentData: data16, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/assets", schemaPath: "#/properties/assets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.assets.type, parentSchema: schema31.properties.assets, data: data16 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.threats !== void 0) {
      let data18 = data.threats;
      if (Array.isArray(data18)) {
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate23(data18[i2], { instancePath: instancePath + "/threats/" + i2, parentData: data18, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/threats", schemaPath: "#/properties/threats/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.threats.type, parentSchema: schema31.properties.threats, data: data18 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.documents !== void 0) {
      let data20 = data.documents;
      if (Array.isArray(data20)) {
        const len3 = data20.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate25(data20[i3], { instancePath: instancePath + "/documents/" + i3, parentData: data20, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.documents.type, parentSchema: schema31.properties.documents, data: data20 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.repositories !== void 0) {
      let data22 = data.repositories;
      if (Array.isArray(data22)) {
        const len4 = data22.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate27(data22[i4], { instancePath: instancePath + "/repositories/" + i4, parentData: data22, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/repositories", schemaPath: "#/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.repositories.type, parentSchema: schema31.properties.repositories, data: data22 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data24 = data.notes;
      if (Array.isArray(data24)) {
        const len5 = data24.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate29(data24[i5], { instancePath: instancePath + "/notes/" + i5, parentData: data24, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.notes.type, parentSchema: schema31.properties.notes, data: data24 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.diagrams !== void 0) {
      let data26 = data.diagrams;
      if (Array.isArray(data26)) {
        const len6 = data26.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate31(data26[i6], { instancePath: instancePath + "/diagrams/" + i6, parentData: data26, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/diagrams", schemaPath: "#/properties/diagrams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.diagrams.type, parentSchema: schema31.properties.diagrams, data: data26 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
module.exports.schemaDigest = "f80304cda51b6f928b145f1df5be18fb559053a7632a8e0e4861f3b6177ffa96";
