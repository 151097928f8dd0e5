"use strict";

// dist/format/validators/otm-ascii.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://iriusrisk.com/schema/otm-0.2.0.schema.json", "title": "Open Threat Model Specification", "$comment": "Open Threat Model JSON schema is published under the terms of the Apache License 2.0.", "type": "object", "required": ["otmVersion", "project"], "properties": { "otmVersion": { "type": "string" }, "project": { "type": "object", "required": ["name", "id"], "properties": { "name": { "type": "string" }, "id": { "type": "string" }, "description": { "type": ["string", "null"] }, "owner": { "type": ["string", "null"] }, "ownerContact": { "type": ["string", "null"] }, "tags": { "type": ["array", "null"], "items": { "type": "string" } }, "attributes": { "type": ["object", "null"] } } }, "representations": { "type": ["array", "null"], "items": { "type": "object", "required": ["name", "id", "type"], "properties": { "name": { "type": "string" }, "id": { "type": "string" }, "type": { "type": "string" }, "description": { "type": ["string", "null"] }, "size": { "$ref": "#/definitions/size" }, "repository": { "type": ["object", "null"], "required": ["url"], "properties": { "url": { "type": ["string", "null"] } } }, "attributes": { "type": ["object", "null"] } } } }, "assets": { "type": ["array", "null"], "items": { "type": "object", "required": ["name", "id", "risk"], "properties": { "name": { "type": "string" }, "id": { "type": "string" }, "description": { "type": ["string", "null"] }, "risk": { "type": "object", "required": ["confidentiality", "integrity", "availability"], "properties": { "confidentiality": { "type": "number" }, "integrity": { "type": "number" }, "availability": { "type": "number" }, "comment": { "type": ["string", "null"] } } }, "attributes": { "type": ["object", "null"] } } } }, "trustZones": { "type": "array", "items": { "type": "object", "required": ["id", "name", "risk"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "type": { "type": "string" }, "description": { "type": ["string", "null"] }, "risk": { "type": "object", "required": ["trustRating"], "properties": { "trustRating": { "type": "number" } } }, "parent": { "$ref": "#/definitions/parent" }, "representations": { "type": ["array", "null"], "items": { "$ref": "#/definitions/representationElement" } }, "attributes": { "type": ["object", "null"] } } } }, "components": { "type": ["array", "null"], "items": { "type": "object", "required": ["id", "name", "type", "parent"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "type": { "type": "string" }, "description": { "type": ["string", "null"] }, "parent": { "$ref": "#/definitions/parent" }, "representations": { "type": ["array", "null"], "items": { "$ref": "#/definitions/representationElement" } }, "assets": { "$ref": "#/definitions/assetInstance" }, "threats": { "type": ["array", "null"], "items": { "$ref": "#/definitions/threat" } }, "tags": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "attributes": { "type": ["object", "null"] } } } }, "dataflows": { "type": "array", "items": { "type": "object", "required": ["id", "name", "source", "destination"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": ["string", "null"] }, "bidirectional": { "type": ["boolean", "null"] }, "source": { "type": "string" }, "destination": { "type": "string" }, "assets": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "threats": { "type": ["array", "null"], "items": { "$ref": "#/definitions/threat" } }, "tags": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "attributes": { "type": ["object", "null"] } } } }, "threats": { "type": ["array", "null"], "items": { "type": "object", "required": ["id", "name", "risk"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": ["string", "null"] }, "categories": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "cwes": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "risk": { "type": "object", "required": ["likelihood", "impact"], "properties": { "likelihood": { "type": ["number", "null"] }, "likelihoodComment": { "type": ["string", "null"] }, "impact": { "type": "number" }, "impactComment": { "type": "string" } } }, "tags": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "attributes": { "type": ["object", "null"] } } } }, "mitigations": { "type": ["array", "null"], "items": { "type": "object", "required": ["id", "name", "riskReduction"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": ["string", "null"] }, "riskReduction": { "type": "number" }, "attributes": { "type": ["object", "null"] } } } } }, "definitions": { "size": { "type": ["object", "null"], "required": ["width", "height"], "properties": { "width": { "type": "number" }, "height": { "type": "number" } } }, "parent": { "type": "object", "oneOf": [{ "required": ["trustZone"] }, { "required": ["component"] }], "properties": { "trustZone": { "type": "string" }, "component": { "type": "string" } } }, "position": { "type": ["object", "null"], "required": ["x", "y"], "properties": { "x": { "type": "number" }, "y": { "type": "number" } } }, "representationElement": { "type": "object", "required": ["representation", "id"], "properties": { "representation": { "type": "string" }, "name": { "type": ["string", "null"] }, "id": { "type": "string" }, "position": { "$ref": "#/definitions/position" }, "size": { "$ref": "#/definitions/size" }, "file": { "type": ["string", "null"] }, "line": { "type": ["number", "null"] }, "codeSnippet": { "type": ["string", "null"] }, "attributes": { "type": ["object", "null"] } } }, "threat": { "type": "object", "required": ["threat", "state"], "properties": { "threat": { "type": "string" }, "state": { "type": "string" }, "mitigations": { "type": "array", "items": { "type": ["object", "null"], "required": ["mitigation", "state"], "properties": { "mitigation": { "type": ["string", "null"] }, "state": { "type": ["string", "null"] } } } } } }, "assetInstance": { "type": ["object", "null"], "properties": { "processed": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "stored": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } } } } };
var schema12 = { "type": ["object", "null"], "required": ["width", "height"], "properties": { "width": { "type": "number" }, "height": { "type": "number" } } };
var schema13 = { "type": "object", "oneOf": [{ "required": ["trustZone"] }, { "required": ["component"] }], "properties": { "trustZone": { "type": "string" }, "component": { "type": "string" } } };
var schema18 = { "type": ["object", "null"], "properties": { "processed": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "stored": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } } };
var schema19 = { "type": "object", "required": ["threat", "state"], "properties": { "threat": { "type": "string" }, "state": { "type": "string" }, "mitigations": { "type": "array", "items": { "type": ["object", "null"], "required": ["mitigation", "state"], "properties": { "mitigation": { "type": ["string", "null"] }, "state": { "type": ["string", "null"] } } } } } };
var schema14 = { "type": "object", "required": ["representation", "id"], "properties": { "representation": { "type": "string" }, "name": { "type": ["string", "null"] }, "id": { "type": "string" }, "position": { "$ref": "#/definitions/position" }, "size": { "$ref": "#/definitions/size" }, "file": { "type": ["string", "null"] }, "line": { "type": ["number", "null"] }, "codeSnippet": { "type": ["string", "null"] }, "attributes": { "type": ["object", "null"] } } };
var schema15 = { "type": ["object", "null"], "required": ["x", "y"], "properties": { "x": { "type": "number" }, "y": { "type": "number" } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.representation === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "representation" }, message: "must have required property 'representation'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.representation !== void 0) {
      let data0 = data.representation;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/representation", schemaPath: "#/properties/representation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.representation.type, parentSchema: schema14.properties.representation, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema14.properties.name.type }, message: "must be string,null", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data2 = data.id;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.id.type, parentSchema: schema14.properties.id, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.position !== void 0) {
      let data3 = data.position;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3)) && data3 !== null) {
        const err5 = { instancePath: instancePath + "/position", schemaPath: "#/definitions/position/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.x === void 0) {
          const err6 = { instancePath: instancePath + "/position", schemaPath: "#/definitions/position/required", keyword: "required", params: { missingProperty: "x" }, message: "must have required property 'x'", schema: schema15.required, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.y === void 0) {
          const err7 = { instancePath: instancePath + "/position", schemaPath: "#/definitions/position/required", keyword: "required", params: { missingProperty: "y" }, message: "must have required property 'y'", schema: schema15.required, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.x !== void 0) {
          let data4 = data3.x;
          if (!(typeof data4 == "number")) {
            const err8 = { instancePath: instancePath + "/position/x", schemaPath: "#/definitions/position/properties/x/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.x.type, parentSchema: schema15.properties.x, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.y !== void 0) {
          let data5 = data3.y;
          if (!(typeof data5 == "number")) {
            const err9 = { instancePath: instancePath + "/position/y", schemaPath: "#/definitions/position/properties/y/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.y.type, parentSchema: schema15.properties.y, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
    if (data.size !== void 0) {
      let data6 = data.size;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err10 = { instancePath: instancePath + "/size", schemaPath: "#/definitions/size/type", keyword: "type", params: { type: schema12.type }, message: "must be object,null", schema: schema12.type, parentSchema: schema12, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.width === void 0) {
          const err11 = { instancePath: instancePath + "/size", schemaPath: "#/definitions/size/required", keyword: "required", params: { missingProperty: "width" }, message: "must have required property 'width'", schema: schema12.required, parentSchema: schema12, data: data6 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data6.height === void 0) {
          const err12 = { instancePath: instancePath + "/size", schemaPath: "#/definitions/size/required", keyword: "required", params: { missingProperty: "height" }, message: "must have required property 'height'", schema: schema12.required, parentSchema: schema12, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data6.width !== void 0) {
          let data7 = data6.width;
          if (!(typeof data7 == "number")) {
            const err13 = { instancePath: instancePath + "/size/width", schemaPath: "#/definitions/size/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.width.type, parentSchema: schema12.properties.width, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.height !== void 0) {
          let data8 = data6.height;
          if (!(typeof data8 == "number")) {
            const err14 = { instancePath: instancePath + "/size/height", schemaPath: "#/definitions/size/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.height.type, parentSchema: schema12.properties.height, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
    }
    if (data.file !== void 0) {
      let data9 = data.file;
      if (typeof data9 !== "string" && data9 !== null) {
        const err15 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: schema14.properties.file.type }, message: "must be string,null", schema: schema14.properties.file.type, parentSchema: schema14.properties.file, data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data10 = data.line;
      if (!(typeof data10 == "number") && data10 !== null) {
        const err16 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: schema14.properties.line.type }, message: "must be number,null", schema: schema14.properties.line.type, parentSchema: schema14.properties.line, data: data10 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.codeSnippet !== void 0) {
      let data11 = data.codeSnippet;
      if (typeof data11 !== "string" && data11 !== null) {
        const err17 = { instancePath: instancePath + "/codeSnippet", schemaPath: "#/properties/codeSnippet/type", keyword: "type", params: { type: schema14.properties.codeSnippet.type }, message: "must be string,null", schema: schema14.properties.codeSnippet.type, parentSchema: schema14.properties.codeSnippet, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.attributes !== void 0) {
      let data12 = data.attributes;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
        const err18 = { instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: schema14.properties.attributes.type }, message: "must be object,null", schema: schema14.properties.attributes.type, parentSchema: schema14.properties.attributes, data: data12 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.otmVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "otmVersion" }, message: "must have required property 'otmVersion'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.otmVersion !== void 0) {
      let data0 = data.otmVersion;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/otmVersion", schemaPath: "#/properties/otmVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.otmVersion.type, parentSchema: schema11.properties.otmVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.project !== void 0) {
      let data1 = data.project;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err3 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.project.required, parentSchema: schema11.properties.project, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.id === void 0) {
          const err4 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.project.required, parentSchema: schema11.properties.project, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/project/name", schemaPath: "#/properties/project/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.project.properties.name.type, parentSchema: schema11.properties.project.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.id !== void 0) {
          let data3 = data1.id;
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/project/id", schemaPath: "#/properties/project/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.project.properties.id.type, parentSchema: schema11.properties.project.properties.id, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.description !== void 0) {
          let data4 = data1.description;
          if (typeof data4 !== "string" && data4 !== null) {
            const err7 = { instancePath: instancePath + "/project/description", schemaPath: "#/properties/project/properties/description/type", keyword: "type", params: { type: schema11.properties.project.properties.description.type }, message: "must be string,null", schema: schema11.properties.project.properties.description.type, parentSchema: schema11.properties.project.properties.description, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.owner !== void 0) {
          let data5 = data1.owner;
          if (typeof data5 !== "string" && data5 !== null) {
            const err8 = { instancePath: instancePath + "/project/owner", schemaPath: "#/properties/project/properties/owner/type", keyword: "type", params: { type: schema11.properties.project.properties.owner.type }, message: "must be string,null", schema: schema11.properties.project.properties.owner.type, parentSchema: schema11.properties.project.properties.owner, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.ownerContact !== void 0) {
          let data6 = data1.ownerContact;
          if (typeof data6 !== "string" && data6 !== null) {
            const err9 = { instancePath: instancePath + "/project/ownerContact", schemaPath: "#/properties/project/properties/ownerContact/type", keyword: "type", params: { type: schema11.properties.project.properties.ownerContact.type }, message: "must be string,null", schema: schema11.properties.project.properties.ownerContact.type, parentSchema: schema11.properties.project.properties.ownerContact, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.tags !== void 0) {
          let data7 = data1.tags;
          if (!Array.isArray(data7) && data7 !== null) {
            const err10 = { instancePath: instancePath + "/project/tags", schemaPath: "#/properties/project/properties/tags/type", keyword: "type", params: { type: schema11.properties.project.properties.tags.type }, message: "must be array,null", schema: schema11.properties.project.properties.tags.type, parentSchema: schema11.properties.project.properties.tags, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (typeof data8 !== "string") {
                const err11 = { instancePath: instancePath + "/project/tags/" + i0, schemaPath: "#/properties/project/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.project.properties.tags.items.type, parentSchema: schema11.properties.project.properties.tags.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
        }
        if (data1.attributes !== void 0) {
          let data9 = data1.attributes;
          if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
            const err12 = { instancePath: instancePath + "/project/attributes", schemaPath: "#/properties/project/properties/attributes/type", keyword: "type", params: { type: schema11.properties.project.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.project.properties.attributes.type, parentSchema: schema11.properties.project.properties.attributes, data: data9 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.project.type, parentSchema: schema11.properties.project, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.representations !== void 0) {
      let data10 = data.representations;
      if (!Array.isArray(data10) && data10 !== null) {
        const err14 = { instancePath: instancePath + "/representations", schemaPath: "#/properties/representations/type", keyword: "type", params: { type: schema11.properties.representations.type }, message: "must be array,null", schema: schema11.properties.representations.type, parentSchema: schema11.properties.representations, data: data10 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.name === void 0) {
              const err15 = { instancePath: instancePath + "/representations/" + i1, schemaPath: "#/properties/representations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.representations.items.required, parentSchema: schema11.properties.representations.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data11.id === void 0) {
              const err16 = { instancePath: instancePath + "/representations/" + i1, schemaPath: "#/properties/representations/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.representations.items.required, parentSchema: schema11.properties.representations.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data11.type === void 0) {
              const err17 = { instancePath: instancePath + "/representations/" + i1, schemaPath: "#/properties/representations/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.representations.items.required, parentSchema: schema11.properties.representations.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data11.name !== void 0) {
              let data12 = data11.name;
              if (typeof data12 !== "string") {
                const err18 = { instancePath: instancePath + "/representations/" + i1 + "/name", schemaPath: "#/properties/representations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.representations.items.properties.name.type, parentSchema: schema11.properties.representations.items.properties.name, data: data12 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data11.id !== void 0) {
              let data13 = data11.id;
              if (typeof data13 !== "string") {
                const err19 = { instancePath: instancePath + "/representations/" + i1 + "/id", schemaPath: "#/properties/representations/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.representations.items.properties.id.type, parentSchema: schema11.properties.representations.items.properties.id, data: data13 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data11.type !== void 0) {
              let data14 = data11.type;
              if (typeof data14 !== "string") {
                const err20 = { instancePath: instancePath + "/representations/" + i1 + "/type", schemaPath: "#/properties/representations/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.representations.items.properties.type.type, parentSchema: schema11.properties.representations.items.properties.type, data: data14 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data11.description !== void 0) {
              let data15 = data11.description;
              if (typeof data15 !== "string" && data15 !== null) {
                const err21 = { instancePath: instancePath + "/representations/" + i1 + "/description", schemaPath: "#/properties/representations/items/properties/description/type", keyword: "type", params: { type: schema11.properties.representations.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.representations.items.properties.description.type, parentSchema: schema11.properties.representations.items.properties.description, data: data15 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.size !== void 0) {
              let data16 = data11.size;
              if (!(data16 && typeof data16 == "object" && !Array.isArray(data16)) && data16 !== null) {
                const err22 = { instancePath: instancePath + "/representations/" + i1 + "/size", schemaPath: "#/definitions/size/type", keyword: "type", params: { type: schema12.type }, message: "must be object,null", schema: schema12.type, parentSchema: schema12, data: data16 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.width === void 0) {
                  const err23 = { instancePath: instancePath + "/representations/" + i1 + "/size", schemaPath: "#/definitions/size/required", keyword: "required", params: { missingProperty: "width" }, message: "must have required property 'width'", schema: schema12.required, parentSchema: schema12, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data16.height === void 0) {
                  const err24 = { instancePath: instancePath + "/representations/" + i1 + "/size", schemaPath: "#/definitions/size/required", keyword: "required", params: { missingProperty: "height" }, message: "must have required property 'height'", schema: schema12.required, parentSchema: schema12, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data16.width !== void 0) {
                  let data17 = data16.width;
                  if (!(typeof data17 == "number")) {
                    const err25 = { instancePath: instancePath + "/representations/" + i1 + "/size/width", schemaPath: "#/definitions/size/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.width.type, parentSchema: schema12.properties.width, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data16.height !== void 0) {
                  let data18 = data16.height;
                  if (!(typeof data18 == "number")) {
                    const err26 = { instancePath: instancePath + "/representations/" + i1 + "/size/height", schemaPath: "#/definitions/size/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.height.type, parentSchema: schema12.properties.height, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data11.repository !== void 0) {
              let data19 = data11.repository;
              if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
                const err27 = { instancePath: instancePath + "/representations/" + i1 + "/repository", schemaPath: "#/properties/representations/items/properties/repository/type", keyword: "type", params: { type: schema11.properties.representations.items.properties.repository.type }, message: "must be object,null", schema: schema11.properties.representations.items.properties.repository.type, parentSchema: schema11.properties.representations.items.properties.repository, data: data19 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.url === void 0) {
                  const err28 = { instancePath: instancePath + "/representations/" + i1 + "/repository", schemaPath: "#/properties/representations/items/properties/repository/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.representations.items.properties.repository.required, parentSchema: schema11.properties.representations.items.properties.repository, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data19.url !== void 0) {
                  let data20 = data19.url;
                  if (typeof data20 !== "string" && data20 !== null) {
                    const err29 = { instancePath: instancePath + "/representations/" + i1 + "/repository/url", schemaPath: "#/properties/representations/items/properties/repository/properties/url/type", keyword: "type", params: { type: schema11.properties.representations.items.properties.repository.properties.url.type }, message: "must be string,null", schema: schema11.properties.representations.items.properties.repository.properties.url.type, parentSchema: schema11.properties.representations.items.properties.repository.properties.url, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data11.attributes !== void 0) {
              let data21 = data11.attributes;
              if (!(data21 && typeof data21 == "object" && !Array.isArray(data21)) && data21 !== null) {
                const err30 = { instancePath: instancePath + "/representations/" + i1 + "/attributes", schemaPath: "#/properties/representations/items/properties/attributes/type", keyword: "type", params: { type: schema11.properties.representations.items.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.representations.items.properties.attributes.type, parentSchema: schema11.properties.representations.items.properties.attributes, data: data21 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/representations/" + i1, schemaPath: "#/properties/representations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.representations.items.type, parentSchema: schema11.properties.representations.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      }
    }
    if (data.assets !== void 0) {
      let data22 = data.assets;
      if (!Array.isArray(data22) && data22 !== null) {
        const err32 = { instancePath: instancePath + "/assets", schemaPath: "#/properties/assets/type", keyword: "type", params: { type: schema11.properties.assets.type }, message: "must be array,null", schema: schema11.properties.assets.type, parentSchema: schema11.properties.assets, data: data22 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (Array.isArray(data22)) {
        const len2 = data22.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data23 = data22[i2];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.name === void 0) {
              const err33 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.assets.items.required, parentSchema: schema11.properties.assets.items, data: data23 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data23.id === void 0) {
              const err34 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.assets.items.required, parentSchema: schema11.properties.assets.items, data: data23 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data23.risk === void 0) {
              const err35 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema11.properties.assets.items.required, parentSchema: schema11.properties.assets.items, data: data23 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data23.name !== void 0) {
              let data24 = data23.name;
              if (typeof data24 !== "string") {
                const err36 = { instancePath: instancePath + "/assets/" + i2 + "/name", schemaPath: "#/properties/assets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.assets.items.properties.name.type, parentSchema: schema11.properties.assets.items.properties.name, data: data24 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data23.id !== void 0) {
              let data25 = data23.id;
              if (typeof data25 !== "string") {
                const err37 = { instancePath: instancePath + "/assets/" + i2 + "/id", schemaPath: "#/properties/assets/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.assets.items.properties.id.type, parentSchema: schema11.properties.assets.items.properties.id, data: data25 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data23.description !== void 0) {
              let data26 = data23.description;
              if (typeof data26 !== "string" && data26 !== null) {
                const err38 = { instancePath: instancePath + "/assets/" + i2 + "/description", schemaPath: "#/properties/assets/items/properties/description/type", keyword: "type", params: { type: schema11.properties.assets.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.assets.items.properties.description.type, parentSchema: schema11.properties.assets.items.properties.description, data: data26 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data23.risk !== void 0) {
              let data27 = data23.risk;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.confidentiality === void 0) {
                  const err39 = { instancePath: instancePath + "/assets/" + i2 + "/risk", schemaPath: "#/properties/assets/items/properties/risk/required", keyword: "required", params: { missingProperty: "confidentiality" }, message: "must have required property 'confidentiality'", schema: schema11.properties.assets.items.properties.risk.required, parentSchema: schema11.properties.assets.items.properties.risk, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data27.integrity === void 0) {
                  const err40 = { instancePath: instancePath + "/assets/" + i2 + "/risk", schemaPath: "#/properties/assets/items/properties/risk/required", keyword: "required", params: { missingProperty: "integrity" }, message: "must have required property 'integrity'", schema: schema11.properties.assets.items.properties.risk.required, parentSchema: schema11.properties.assets.items.properties.risk, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data27.availability === void 0) {
                  const err41 = { instancePath: instancePath + "/assets/" + i2 + "/risk", schemaPath: "#/properties/assets/items/properties/risk/required", keyword: "required", params: { missingProperty: "availability" }, message: "must have required property 'availability'", schema: schema11.properties.assets.items.properties.risk.required, parentSchema: schema11.properties.assets.items.properties.risk, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data27.confidentiality !== void 0) {
                  let data28 = data27.confidentiality;
                  if (!(typeof data28 == "number")) {
                    const err42 = { instancePath: instancePath + "/assets/" + i2 + "/risk/confidentiality", schemaPath: "#/properties/assets/items/properties/risk/properties/confidentiality/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.assets.items.properties.risk.properties.confidentiality.type, parentSchema: schema11.properties.assets.items.properties.risk.properties.confidentiality, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data27.integrity !== void 0) {
                  let data29 = data27.integrity;
                  if (!(typeof data29 == "number")) {
                    const err43 = { instancePath: instancePath + "/assets/" + i2 + "/risk/integrity", schemaPath: "#/properties/assets/items/properties/risk/properties/integrity/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.assets.items.properties.risk.properties.integrity.type, parentSchema: schema11.properties.assets.items.properties.risk.properties.integrity, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data27.availability !== void 0) {
                  let data30 = data27.availability;
                  if (!(typeof data30 == "number")) {
                    const err44 = { instancePath: instancePath + "/assets/" + i2 + "/risk/availability", schemaPath: "#/properties/assets/items/properties/risk/properties/availability/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.assets.items.properties.risk.properties.availability.type, parentSchema: schema11.properties.assets.items.properties.risk.properties.availability, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data27.comment !== void 0) {
                  let data31 = data27.comment;
                  if (typeof data31 !== "string" && data31 !== null) {
                    const err45 = { instancePath: instancePath + "/assets/" + i2 + "/risk/comment", schemaPath: "#/properties/assets/items/properties/risk/properties/comment/type", keyword: "type", params: { type: schema11.properties.assets.items.properties.risk.properties.comment.type }, message: "must be string,null", schema: schema11.properties.assets.items.properties.risk.properties.comment.type, parentSchema: schema11.properties.assets.items.properties.risk.properties.comment, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/assets/" + i2 + "/risk", schemaPath: "#/properties/assets/items/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.assets.items.properties.risk.type, parentSchema: schema11.properties.assets.items.properties.risk, data: data27 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data23.attributes !== void 0) {
              let data32 = data23.attributes;
              if (!(data32 && typeof data32 == "object" && !Array.isArray(data32)) && data32 !== null) {
                const err47 = { instancePath: instancePath + "/assets/" + i2 + "/attributes", schemaPath: "#/properties/assets/items/properties/attributes/type", keyword: "type", params: { type: schema11.properties.assets.items.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.assets.items.properties.attributes.type, parentSchema: schema11.properties.assets.items.properties.attributes, data: data32 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.assets.items.type, parentSchema: schema11.properties.assets.items, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      }
    }
    if (data.trustZones !== void 0) {
      let data33 = data.trustZones;
      if (Array.isArray(data33)) {
        const len3 = data33.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data34 = data33[i3];
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.id === void 0) {
              const err49 = { instancePath: instancePath + "/trustZones/" + i3, schemaPath: "#/properties/trustZones/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.trustZones.items.required, parentSchema: schema11.properties.trustZones.items, data: data34 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data34.name === void 0) {
              const err50 = { instancePath: instancePath + "/trustZones/" + i3, schemaPath: "#/properties/trustZones/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.trustZones.items.required, parentSchema: schema11.properties.trustZones.items, data: data34 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data34.risk === void 0) {
              const err51 = { instancePath: instancePath + "/trustZones/" + i3, schemaPath: "#/properties/trustZones/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema11.properties.trustZones.items.required, parentSchema: schema11.properties.trustZones.items, data: data34 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data34.id !== void 0) {
              let data35 = data34.id;
              if (typeof data35 !== "string") {
                const err52 = { instancePath: instancePath + "/trustZones/" + i3 + "/id", schemaPath: "#/properties/trustZones/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.trustZones.items.properties.id.type, parentSchema: schema11.properties.trustZones.items.properties.id, data: data35 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data34.name !== void 0) {
              let data36 = data34.name;
              if (typeof data36 !== "string") {
                const err53 = { instancePath: instancePath + "/trustZones/" + i3 + "/name", schemaPath: "#/properties/trustZones/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.trustZones.items.properties.name.type, parentSchema: schema11.properties.trustZones.items.properties.name, data: data36 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data34.type !== void 0) {
              let data37 = data34.type;
              if (typeof data37 !== "string") {
                const err54 = { instancePath: instancePath + "/trustZones/" + i3 + "/type", schemaPath: "#/properties/trustZones/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.trustZones.items.properties.type.type, parentSchema: schema11.properties.trustZones.items.properties.type, data: data37 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data34.description !== void 0) {
              let data38 = data34.description;
              if (typeof data38 !== "string" && data38 !== null) {
                const err55 = { instancePath: instancePath + "/trustZones/" + i3 + "/description", schemaPath: "#/properties/trustZones/items/properties/description/type", keyword: "type", params: { type: schema11.properties.trustZones.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.trustZones.items.properties.description.type, parentSchema: schema11.properties.trustZones.items.properties.description, data: data38 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data34.risk !== void 0) {
              let data39 = data34.risk;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (data39.trustRating === void 0) {
                  const err56 = { instancePath: instancePath + "/trustZones/" + i3 + "/risk", schemaPath: "#/properties/trustZones/items/properties/risk/required", keyword: "required", params: { missingProperty: "trustRating" }, message: "must have required property 'trustRating'", schema: schema11.properties.trustZones.items.properties.risk.required, parentSchema: schema11.properties.trustZones.items.properties.risk, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (data39.trustRating !== void 0) {
                  let data40 = data39.trustRating;
                  if (!(typeof data40 == "number")) {
                    const err57 = { instancePath: instancePath + "/trustZones/" + i3 + "/risk/trustRating", schemaPath: "#/properties/trustZones/items/properties/risk/properties/trustRating/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.trustZones.items.properties.risk.properties.trustRating.type, parentSchema: schema11.properties.trustZones.items.properties.risk.properties.trustRating, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/trustZones/" + i3 + "/risk", schemaPath: "#/properties/trustZones/items/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.trustZones.items.properties.risk.type, parentSchema: schema11.properties.trustZones.items.properties.risk, data: data39 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data34.parent !== void 0) {
              let data41 = data34.parent;
              const _errs88 = errors;
              let valid19 = false;
              let passing0 = null;
              const _errs89 = errors;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (data41.trustZone === void 0) {
                  const err59 = { instancePath: instancePath + "/trustZones/" + i3 + "/parent", schemaPath: "#/definitions/parent/oneOf/0/required", keyword: "required", params: { missingProperty: "trustZone" }, message: "must have required property 'trustZone'", schema: schema13.oneOf[0].required, parentSchema: schema13.oneOf[0], data: data41 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs89 === errors;
              if (_valid0) {
                valid19 = true;
                passing0 = 0;
              }
              const _errs90 = errors;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (data41.component === void 0) {
                  const err60 = { instancePath: instancePath + "/trustZones/" + i3 + "/parent", schemaPath: "#/definitions/parent/oneOf/1/required", keyword: "required", params: { missingProperty: "component" }, message: "must have required property 'component'", schema: schema13.oneOf[1].required, parentSchema: schema13.oneOf[1], data: data41 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs90 === errors;
              if (_valid0 && valid19) {
                valid19 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid19 = true;
                  passing0 = 1;
                }
              }
              if (!valid19) {
                const err61 = { instancePath: instancePath + "/trustZones/" + i3 + "/parent", schemaPath: "#/definitions/parent/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.oneOf, parentSchema: schema13, data: data41 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              } else {
                errors = _errs88;
                if (vErrors !== null) {
                  if (_errs88) {
                    vErrors.length = _errs88;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (data41.trustZone !== void 0) {
                  let data42 = data41.trustZone;
                  if (typeof data42 !== "string") {
                    const err62 = { instancePath: instancePath + "/trustZones/" + i3 + "/parent/trustZone", schemaPath: "#/definitions/parent/properties/trustZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.trustZone.type, parentSchema: schema13.properties.trustZone, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data41.component !== void 0) {
                  let data43 = data41.component;
                  if (typeof data43 !== "string") {
                    const err63 = { instancePath: instancePath + "/trustZones/" + i3 + "/parent/component", schemaPath: "#/definitions/parent/properties/component/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.component.type, parentSchema: schema13.properties.component, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/trustZones/" + i3 + "/parent", schemaPath: "#/definitions/parent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data41 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data34.representations !== void 0) {
              let data44 = data34.representations;
              if (!Array.isArray(data44) && data44 !== null) {
                const err65 = { instancePath: instancePath + "/trustZones/" + i3 + "/representations", schemaPath: "#/properties/trustZones/items/properties/representations/type", keyword: "type", params: { type: schema11.properties.trustZones.items.properties.representations.type }, message: "must be array,null", schema: schema11.properties.trustZones.items.properties.representations.type, parentSchema: schema11.properties.trustZones.items.properties.representations, data: data44 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (Array.isArray(data44)) {
                const len4 = data44.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (!validate11(data44[i4], { instancePath: instancePath + "/trustZones/" + i3 + "/representations/" + i4, parentData: data44, parentDataProperty: i4, rootData })) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                }
              }
            }
            if (data34.attributes !== void 0) {
              let data46 = data34.attributes;
              if (!(data46 && typeof data46 == "object" && !Array.isArray(data46)) && data46 !== null) {
                const err66 = { instancePath: instancePath + "/trustZones/" + i3 + "/attributes", schemaPath: "#/properties/trustZones/items/properties/attributes/type", keyword: "type", params: { type: schema11.properties.trustZones.items.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.trustZones.items.properties.attributes.type, parentSchema: schema11.properties.trustZones.items.properties.attributes, data: data46 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/trustZones/" + i3, schemaPath: "#/properties/trustZones/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.trustZones.items.type, parentSchema: schema11.properties.trustZones.items, data: data34 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/trustZones", schemaPath: "#/properties/trustZones/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.trustZones.type, parentSchema: schema11.properties.trustZones, data: data33 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data47 = data.components;
      if (!Array.isArray(data47) && data47 !== null) {
        const err69 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: schema11.properties.components.type }, message: "must be array,null", schema: schema11.properties.components.type, parentSchema: schema11.properties.components, data: data47 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
      if (Array.isArray(data47)) {
        const len5 = data47.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data48 = data47[i5];
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (data48.id === void 0) {
              const err70 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data48 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data48.name === void 0) {
              const err71 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data48 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data48.type === void 0) {
              const err72 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data48 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data48.parent === void 0) {
              const err73 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "parent" }, message: "must have required property 'parent'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data48 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data48.id !== void 0) {
              let data49 = data48.id;
              if (typeof data49 !== "string") {
                const err74 = { instancePath: instancePath + "/components/" + i5 + "/id", schemaPath: "#/properties/components/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.id.type, parentSchema: schema11.properties.components.items.properties.id, data: data49 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data48.name !== void 0) {
              let data50 = data48.name;
              if (typeof data50 !== "string") {
                const err75 = { instancePath: instancePath + "/components/" + i5 + "/name", schemaPath: "#/properties/components/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.name.type, parentSchema: schema11.properties.components.items.properties.name, data: data50 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data48.type !== void 0) {
              let data51 = data48.type;
              if (typeof data51 !== "string") {
                const err76 = { instancePath: instancePath + "/components/" + i5 + "/type", schemaPath: "#/properties/components/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.type.type, parentSchema: schema11.properties.components.items.properties.type, data: data51 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data48.description !== void 0) {
              let data52 = data48.description;
              if (typeof data52 !== "string" && data52 !== null) {
                const err77 = { instancePath: instancePath + "/components/" + i5 + "/description", schemaPath: "#/properties/components/items/properties/description/type", keyword: "type", params: { type: schema11.properties.components.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.components.items.properties.description.type, parentSchema: schema11.properties.components.items.properties.description, data: data52 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data48.parent !== void 0) {
              let data53 = data48.parent;
              const _errs115 = errors;
              let valid27 = false;
              let passing1 = null;
              const _errs116 = errors;
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.trustZone === void 0) {
                  const err78 = { instancePath: instancePath + "/components/" + i5 + "/parent", schemaPath: "#/definitions/parent/oneOf/0/required", keyword: "required", params: { missingProperty: "trustZone" }, message: "must have required property 'trustZone'", schema: schema13.oneOf[0].required, parentSchema: schema13.oneOf[0], data: data53 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs116 === errors;
              if (_valid1) {
                valid27 = true;
                passing1 = 0;
              }
              const _errs117 = errors;
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.component === void 0) {
                  const err79 = { instancePath: instancePath + "/components/" + i5 + "/parent", schemaPath: "#/definitions/parent/oneOf/1/required", keyword: "required", params: { missingProperty: "component" }, message: "must have required property 'component'", schema: schema13.oneOf[1].required, parentSchema: schema13.oneOf[1], data: data53 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs117 === errors;
              if (_valid1 && valid27) {
                valid27 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid27 = true;
                  passing1 = 1;
                }
              }
              if (!valid27) {
                const err80 = { instancePath: instancePath + "/components/" + i5 + "/parent", schemaPath: "#/definitions/parent/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema13.oneOf, parentSchema: schema13, data: data53 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              } else {
                errors = _errs115;
                if (vErrors !== null) {
                  if (_errs115) {
                    vErrors.length = _errs115;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.trustZone !== void 0) {
                  let data54 = data53.trustZone;
                  if (typeof data54 !== "string") {
                    const err81 = { instancePath: instancePath + "/components/" + i5 + "/parent/trustZone", schemaPath: "#/definitions/parent/properties/trustZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.trustZone.type, parentSchema: schema13.properties.trustZone, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data53.component !== void 0) {
                  let data55 = data53.component;
                  if (typeof data55 !== "string") {
                    const err82 = { instancePath: instancePath + "/components/" + i5 + "/parent/component", schemaPath: "#/definitions/parent/properties/component/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.component.type, parentSchema: schema13.properties.component, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
              } else {
                const err83 = { instancePath: instancePath + "/components/" + i5 + "/parent", schemaPath: "#/definitions/parent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data53 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data48.representations !== void 0) {
              let data56 = data48.representations;
              if (!Array.isArray(data56) && data56 !== null) {
                const err84 = { instancePath: instancePath + "/components/" + i5 + "/representations", schemaPath: "#/properties/components/items/properties/representations/type", keyword: "type", params: { type: schema11.properties.components.items.properties.representations.type }, message: "must be array,null", schema: schema11.properties.components.items.properties.representations.type, parentSchema: schema11.properties.components.items.properties.representations, data: data56 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (Array.isArray(data56)) {
                const len6 = data56.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (!validate11(data56[i6], { instancePath: instancePath + "/components/" + i5 + "/representations/" + i6, parentData: data56, parentDataProperty: i6, rootData })) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                }
              }
            }
            if (data48.assets !== void 0) {
              let data58 = data48.assets;
              if (!(data58 && typeof data58 == "object" && !Array.isArray(data58)) && data58 !== null) {
                const err85 = { instancePath: instancePath + "/components/" + i5 + "/assets", schemaPath: "#/definitions/assetInstance/type", keyword: "type", params: { type: schema18.type }, message: "must be object,null", schema: schema18.type, parentSchema: schema18, data: data58 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                if (data58.processed !== void 0) {
                  let data59 = data58.processed;
                  if (!Array.isArray(data59) && data59 !== null) {
                    const err86 = { instancePath: instancePath + "/components/" + i5 + "/assets/processed", schemaPath: "#/definitions/assetInstance/properties/processed/type", keyword: "type", params: { type: schema18.properties.processed.type }, message: "must be array,null", schema: schema18.properties.processed.type, parentSchema: schema18.properties.processed, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                  if (Array.isArray(data59)) {
                    const len7 = data59.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data60 = data59[i7];
                      if (typeof data60 !== "string" && data60 !== null) {
                        const err87 = { instancePath: instancePath + "/components/" + i5 + "/assets/processed/" + i7, schemaPath: "#/definitions/assetInstance/properties/processed/items/type", keyword: "type", params: { type: schema18.properties.processed.items.type }, message: "must be string,null", schema: schema18.properties.processed.items.type, parentSchema: schema18.properties.processed.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                  }
                }
                if (data58.stored !== void 0) {
                  let data61 = data58.stored;
                  if (!Array.isArray(data61) && data61 !== null) {
                    const err88 = { instancePath: instancePath + "/components/" + i5 + "/assets/stored", schemaPath: "#/definitions/assetInstance/properties/stored/type", keyword: "type", params: { type: schema18.properties.stored.type }, message: "must be array,null", schema: schema18.properties.stored.type, parentSchema: schema18.properties.stored, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                  if (Array.isArray(data61)) {
                    const len8 = data61.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data62 = data61[i8];
                      if (typeof data62 !== "string" && data62 !== null) {
                        const err89 = { instancePath: instancePath + "/components/" + i5 + "/assets/stored/" + i8, schemaPath: "#/definitions/assetInstance/properties/stored/items/type", keyword: "type", params: { type: schema18.properties.stored.items.type }, message: "must be string,null", schema: schema18.properties.stored.items.type, parentSchema: schema18.properties.stored.items, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                    }
                  }
                }
              }
            }
            if (data48.threats !== void 0) {
              let data63 = data48.threats;
              if (!Array.isArray(data63) && data63 !== null) {
                const err90 = { instancePath: instancePath + "/components/" + i5 + "/threats", schemaPath: "#/properties/components/items/properties/threats/type", keyword: "type", params: { type: schema11.properties.components.items.properties.threats.type }, message: "must be array,null", schema: schema11.properties.components.items.properties.threats.type, parentSchema: schema11.properties.components.items.properties.threats, data: data63 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (Array.isArray(data63)) {
                const len9 = data63.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data64 = data63[i9];
                  if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                    if (data64.threat === void 0) {
                      const err91 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9, schemaPath: "#/definitions/threat/required", keyword: "required", params: { missingProperty: "threat" }, message: "must have required property 'threat'", schema: schema19.required, parentSchema: schema19, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                    if (data64.state === void 0) {
                      const err92 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9, schemaPath: "#/definitions/threat/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema19.required, parentSchema: schema19, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                    if (data64.threat !== void 0) {
                      let data65 = data64.threat;
                      if (typeof data65 !== "string") {
                        const err93 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/threat", schemaPath: "#/definitions/threat/properties/threat/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.threat.type, parentSchema: schema19.properties.threat, data: data65 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                    if (data64.state !== void 0) {
                      let data66 = data64.state;
                      if (typeof data66 !== "string") {
                        const err94 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/state", schemaPath: "#/definitions/threat/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.state.type, parentSchema: schema19.properties.state, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    if (data64.mitigations !== void 0) {
                      let data67 = data64.mitigations;
                      if (Array.isArray(data67)) {
                        const len10 = data67.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                          let data68 = data67[i10];
                          if (!(data68 && typeof data68 == "object" && !Array.isArray(data68)) && data68 !== null) {
                            const err95 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/mitigations/" + i10, schemaPath: "#/definitions/threat/properties/mitigations/items/type", keyword: "type", params: { type: schema19.properties.mitigations.items.type }, message: "must be object,null", schema: schema19.properties.mitigations.items.type, parentSchema: schema19.properties.mitigations.items, data: data68 };
                            if (vErrors === null) {
                              vErrors = [err95];
                            } else {
                              vErrors.push(err95);
                            }
                            errors++;
                          }
                          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                            if (data68.mitigation === void 0) {
                              const err96 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/mitigations/" + i10, schemaPath: "#/definitions/threat/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "mitigation" }, message: "must have required property 'mitigation'", schema: schema19.properties.mitigations.items.required, parentSchema: schema19.properties.mitigations.items, data: data68 };
                              if (vErrors === null) {
                                vErrors = [err96];
                              } else {
                                vErrors.push(err96);
                              }
                              errors++;
                            }
                            if (data68.state === void 0) {
                              const err97 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/mitigations/" + i10, schemaPath: "#/definitions/threat/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema19.properties.mitigations.items.required, parentSchema: schema19.properties.mitigations.items, data: data68 };
                              if (vErrors === null) {
                                vErrors = [err97];
                              } else {
                                vErrors.push(err97);
                              }
                              errors++;
                            }
                            if (data68.mitigation !== void 0) {
                              let data69 = data68.mitigation;
                              if (typeof data69 !== "string" && data69 !== null) {
                                const err98 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/mitigations/" + i10 + "/mitigation", schemaPath: "#/definitions/threat/properties/mitigations/items/properties/mitigation/type", keyword: "type", params: { type: schema19.properties.mitigations.items.properties.mitigation.type }, message: "must be string,null", schema: schema19.properties.mitigations.items.properties.mitigation.type, parentSchema: schema19.properties.mitigations.items.properties.mitigation, data: data69 };
                                if (vErrors === null) {
                                  vErrors = [err98];
                                } else {
                                  vErrors.push(err98);
                                }
                                errors++;
                              }
                            }
                            if (data68.state !== void 0) {
                              let data70 = data68.state;
                              if (typeof data70 !== "string" && data70 !== null) {
                                const err99 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/mitigations/" + i10 + "/state", schemaPath: "#/definitions/threat/properties/mitigations/items/properties/state/type", keyword: "type", params: { type: schema19.properties.mitigations.items.properties.state.type }, message: "must be string,null", schema: schema19.properties.mitigations.items.properties.state.type, parentSchema: schema19.properties.mitigations.items.properties.state, data: data70 };
                                if (vErrors === null) {
                                  vErrors = [err99];
                                } else {
                                  vErrors.push(err99);
                                }
                                errors++;
                              }
                            }
                          }
                        }
                      } else {
                        const err100 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9 + "/mitigations", schemaPath: "#/definitions/threat/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.mitigations.type, parentSchema: schema19.properties.mitigations, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err101 = { instancePath: instancePath + "/components/" + i5 + "/threats/" + i9, schemaPath: "#/definitions/threat/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data48.tags !== void 0) {
              let data71 = data48.tags;
              if (!Array.isArray(data71) && data71 !== null) {
                const err102 = { instancePath: instancePath + "/components/" + i5 + "/tags", schemaPath: "#/properties/components/items/properties/tags/type", keyword: "type", params: { type: schema11.properties.components.items.properties.tags.type }, message: "must be array,null", schema: schema11.properties.components.items.properties.tags.type, parentSchema: schema11.properties.components.items.properties.tags, data: data71 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
              if (Array.isArray(data71)) {
                const len11 = data71.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data72 = data71[i11];
                  if (typeof data72 !== "string" && data72 !== null) {
                    const err103 = { instancePath: instancePath + "/components/" + i5 + "/tags/" + i11, schemaPath: "#/properties/components/items/properties/tags/items/type", keyword: "type", params: { type: schema11.properties.components.items.properties.tags.items.type }, message: "must be string,null", schema: schema11.properties.components.items.properties.tags.items.type, parentSchema: schema11.properties.components.items.properties.tags.items, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data48.attributes !== void 0) {
              let data73 = data48.attributes;
              if (!(data73 && typeof data73 == "object" && !Array.isArray(data73)) && data73 !== null) {
                const err104 = { instancePath: instancePath + "/components/" + i5 + "/attributes", schemaPath: "#/properties/components/items/properties/attributes/type", keyword: "type", params: { type: schema11.properties.components.items.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.components.items.properties.attributes.type, parentSchema: schema11.properties.components.items.properties.attributes, data: data73 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          } else {
            const err105 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.components.items.type, parentSchema: schema11.properties.components.items, data: data48 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
      }
    }
    if (data.dataflows !== void 0) {
      let data74 = data.dataflows;
      if (Array.isArray(data74)) {
        const len12 = data74.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data75 = data74[i12];
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            if (data75.id === void 0) {
              const err106 = { instancePath: instancePath + "/dataflows/" + i12, schemaPath: "#/properties/dataflows/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.dataflows.items.required, parentSchema: schema11.properties.dataflows.items, data: data75 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
            if (data75.name === void 0) {
              const err107 = { instancePath: instancePath + "/dataflows/" + i12, schemaPath: "#/properties/dataflows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.dataflows.items.required, parentSchema: schema11.properties.dataflows.items, data: data75 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (data75.source === void 0) {
              const err108 = { instancePath: instancePath + "/dataflows/" + i12, schemaPath: "#/properties/dataflows/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema11.properties.dataflows.items.required, parentSchema: schema11.properties.dataflows.items, data: data75 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data75.destination === void 0) {
              const err109 = { instancePath: instancePath + "/dataflows/" + i12, schemaPath: "#/properties/dataflows/items/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'", schema: schema11.properties.dataflows.items.required, parentSchema: schema11.properties.dataflows.items, data: data75 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data75.id !== void 0) {
              let data76 = data75.id;
              if (typeof data76 !== "string") {
                const err110 = { instancePath: instancePath + "/dataflows/" + i12 + "/id", schemaPath: "#/properties/dataflows/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dataflows.items.properties.id.type, parentSchema: schema11.properties.dataflows.items.properties.id, data: data76 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data75.name !== void 0) {
              let data77 = data75.name;
              if (typeof data77 !== "string") {
                const err111 = { instancePath: instancePath + "/dataflows/" + i12 + "/name", schemaPath: "#/properties/dataflows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dataflows.items.properties.name.type, parentSchema: schema11.properties.dataflows.items.properties.name, data: data77 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data75.description !== void 0) {
              let data78 = data75.description;
              if (typeof data78 !== "string" && data78 !== null) {
                const err112 = { instancePath: instancePath + "/dataflows/" + i12 + "/description", schemaPath: "#/properties/dataflows/items/properties/description/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.dataflows.items.properties.description.type, parentSchema: schema11.properties.dataflows.items.properties.description, data: data78 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data75.bidirectional !== void 0) {
              let data79 = data75.bidirectional;
              if (typeof data79 !== "boolean" && data79 !== null) {
                const err113 = { instancePath: instancePath + "/dataflows/" + i12 + "/bidirectional", schemaPath: "#/properties/dataflows/items/properties/bidirectional/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.bidirectional.type }, message: "must be boolean,null", schema: schema11.properties.dataflows.items.properties.bidirectional.type, parentSchema: schema11.properties.dataflows.items.properties.bidirectional, data: data79 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data75.source !== void 0) {
              let data80 = data75.source;
              if (typeof data80 !== "string") {
                const err114 = { instancePath: instancePath + "/dataflows/" + i12 + "/source", schemaPath: "#/properties/dataflows/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dataflows.items.properties.source.type, parentSchema: schema11.properties.dataflows.items.properties.source, data: data80 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data75.destination !== void 0) {
              let data81 = data75.destination;
              if (typeof data81 !== "string") {
                const err115 = { instancePath: instancePath + "/dataflows/" + i12 + "/destination", schemaPath: "#/properties/dataflows/items/properties/destination/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dataflows.items.properties.destination.type, parentSchema: schema11.properties.dataflows.items.properties.destination, data: data81 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data75.assets !== void 0) {
              let data82 = data75.assets;
              if (!Array.isArray(data82) && data82 !== null) {
                const err116 = { instancePath: instancePath + "/dataflows/" + i12 + "/assets", schemaPath: "#/properties/dataflows/items/properties/assets/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.assets.type }, message: "must be array,null", schema: schema11.properties.dataflows.items.properties.assets.type, parentSchema: schema11.properties.dataflows.items.properties.assets, data: data82 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
              if (Array.isArray(data82)) {
                const len13 = data82.length;
                for (let i13 = 0; i13 < len13; i13++) {
                  let data83 = data82[i13];
                  if (typeof data83 !== "string" && data83 !== null) {
                    const err117 = { instancePath: instancePath + "/dataflows/" + i12 + "/assets/" + i13, schemaPath: "#/properties/dataflows/items/properties/assets/items/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.assets.items.type }, message: "must be string,null", schema: schema11.properties.dataflows.items.properties.assets.items.type, parentSchema: schema11.properties.dataflows.items.properties.assets.items, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data75.threats !== void 0) {
              let data84 = data75.threats;
              if (!Array.isArray(data84) && data84 !== null) {
                const err118 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats", schemaPath: "#/properties/dataflows/items/properties/threats/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.threats.type }, message: "must be array,null", schema: schema11.properties.dataflows.items.properties.threats.type, parentSchema: schema11.properties.dataflows.items.properties.threats, data: data84 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
              if (Array.isArray(data84)) {
                const len14 = data84.length;
                for (let i14 = 0; i14 < len14; i14++) {
                  let data85 = data84[i14];
                  if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                    if (data85.threat === void 0) {
                      const err119 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14, schemaPath: "#/definitions/threat/required", keyword: "required", params: { missingProperty: "threat" }, message: "must have required property 'threat'", schema: schema19.required, parentSchema: schema19, data: data85 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    if (data85.state === void 0) {
                      const err120 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14, schemaPath: "#/definitions/threat/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema19.required, parentSchema: schema19, data: data85 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                    if (data85.threat !== void 0) {
                      let data86 = data85.threat;
                      if (typeof data86 !== "string") {
                        const err121 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/threat", schemaPath: "#/definitions/threat/properties/threat/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.threat.type, parentSchema: schema19.properties.threat, data: data86 };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                    if (data85.state !== void 0) {
                      let data87 = data85.state;
                      if (typeof data87 !== "string") {
                        const err122 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/state", schemaPath: "#/definitions/threat/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.state.type, parentSchema: schema19.properties.state, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                    }
                    if (data85.mitigations !== void 0) {
                      let data88 = data85.mitigations;
                      if (Array.isArray(data88)) {
                        const len15 = data88.length;
                        for (let i15 = 0; i15 < len15; i15++) {
                          let data89 = data88[i15];
                          if (!(data89 && typeof data89 == "object" && !Array.isArray(data89)) && data89 !== null) {
                            const err123 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/mitigations/" + i15, schemaPath: "#/definitions/threat/properties/mitigations/items/type", keyword: "type", params: { type: schema19.properties.mitigations.items.type }, message: "must be object,null", schema: schema19.properties.mitigations.items.type, parentSchema: schema19.properties.mitigations.items, data: data89 };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          }
                          if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                            if (data89.mitigation === void 0) {
                              const err124 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/mitigations/" + i15, schemaPath: "#/definitions/threat/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "mitigation" }, message: "must have required property 'mitigation'", schema: schema19.properties.mitigations.items.required, parentSchema: schema19.properties.mitigations.items, data: data89 };
                              if (vErrors === null) {
                                vErrors = [err124];
                              } else {
                                vErrors.push(err124);
                              }
                              errors++;
                            }
                            if (data89.state === void 0) {
                              const err125 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/mitigations/" + i15, schemaPath: "#/definitions/threat/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema19.properties.mitigations.items.required, parentSchema: schema19.properties.mitigations.items, data: data89 };
                              if (vErrors === null) {
                                vErrors = [err125];
                              } else {
                                vErrors.push(err125);
                              }
                              errors++;
                            }
                            if (data89.mitigation !== void 0) {
                              let data90 = data89.mitigation;
                              if (typeof data90 !== "string" && data90 !== null) {
                                const err126 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/mitigations/" + i15 + "/mitigation", schemaPath: "#/definitions/threat/properties/mitigations/items/properties/mitigation/type", keyword: "type", params: { type: schema19.properties.mitigations.items.properties.mitigation.type }, message: "must be string,null", schema: schema19.properties.mitigations.items.properties.mitigation.type, parentSchema: schema19.properties.mitigations.items.properties.mitigation, data: data90 };
                                if (vErrors === null) {
                                  vErrors = [err126];
                                } else {
                                  vErrors.push(err126);
                                }
                                errors++;
                              }
                            }
                            if (data89.state !== void 0) {
                              let data91 = data89.state;
                              if (typeof data91 !== "string" && data91 !== null) {
                                const err127 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/mitigations/" + i15 + "/state", schemaPath: "#/definitions/threat/properties/mitigations/items/properties/state/type", keyword: "type", params: { type: schema19.properties.mitigations.items.properties.state.type }, message: "must be string,null", schema: schema19.properties.mitigations.items.properties.state.type, parentSchema: schema19.properties.mitigations.items.properties.state, data: data91 };
                                if (vErrors === null) {
                                  vErrors = [err127];
                                } else {
                                  vErrors.push(err127);
                                }
                                errors++;
                              }
                            }
                          }
                        }
                      } else {
                        const err128 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14 + "/mitigations", schemaPath: "#/definitions/threat/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.mitigations.type, parentSchema: schema19.properties.mitigations, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err128];
                        } else {
                          vErrors.push(err128);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err129 = { instancePath: instancePath + "/dataflows/" + i12 + "/threats/" + i14, schemaPath: "#/definitions/threat/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data75.tags !== void 0) {
              let data92 = data75.tags;
              if (!Array.isArray(data92) && data92 !== null) {
                const err130 = { instancePath: instancePath + "/dataflows/" + i12 + "/tags", schemaPath: "#/properties/dataflows/items/properties/tags/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.tags.type }, message: "must be array,null", schema: schema11.properties.dataflows.items.properties.tags.type, parentSchema: schema11.properties.dataflows.items.properties.tags, data: data92 };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
              if (Array.isArray(data92)) {
                const len16 = data92.length;
                for (let i16 = 0; i16 < len16; i16++) {
                  let data93 = data92[i16];
                  if (typeof data93 !== "string" && data93 !== null) {
                    const err131 = { instancePath: instancePath + "/dataflows/" + i12 + "/tags/" + i16, schemaPath: "#/properties/dataflows/items/properties/tags/items/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.tags.items.type }, message: "must be string,null", schema: schema11.properties.dataflows.items.properties.tags.items.type, parentSchema: schema11.properties.dataflows.items.properties.tags.items, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data75.attributes !== void 0) {
              let data94 = data75.attributes;
              if (!(data94 && typeof data94 == "object" && !Array.isArray(data94)) && data94 !== null) {
                const err132 = { instancePath: instancePath + "/dataflows/" + i12 + "/attributes", schemaPath: "#/properties/dataflows/items/properties/attributes/type", keyword: "type", params: { type: schema11.properties.dataflows.items.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.dataflows.items.properties.attributes.type, parentSchema: schema11.properties.dataflows.items.properties.attributes, data: data94 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
          } else {
            const err133 = { instancePath: instancePath + "/dataflows/" + i12, schemaPath: "#/properties/dataflows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dataflows.items.type, parentSchema: schema11.properties.dataflows.items, data: data75 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
      } else {
        const err134 = { instancePath: instancePath + "/dataflows", schemaPath: "#/properties/dataflows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.dataflows.type, parentSchema: schema11.properties.dataflows, data: data74 };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
    if (data.threats !== void 0) {
      let data95 = data.threats;
      if (!Array.isArray(data95) && data95 !== null) {
        const err135 = { instancePath: instancePath + "/threats", schemaPath: "#/properties/threats/type", keyword: "type", params: { type: schema11.properties.threats.type }, message: "must be array,null", schema: schema11.properties.threats.type, parentSchema: schema11.properties.threats, data: data95 };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
      if (Array.isArray(data95)) {
        const len17 = data95.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data96 = data95[i17];
          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
            if (data96.id === void 0) {
              const err136 = { instancePath: instancePath + "/threats/" + i17, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data96 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            if (data96.name === void 0) {
              const err137 = { instancePath: instancePath + "/threats/" + i17, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data96 };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            if (data96.risk === void 0) {
              const err138 = { instancePath: instancePath + "/threats/" + i17, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data96 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
            if (data96.id !== void 0) {
              let data97 = data96.id;
              if (typeof data97 !== "string") {
                const err139 = { instancePath: instancePath + "/threats/" + i17 + "/id", schemaPath: "#/properties/threats/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.id.type, parentSchema: schema11.properties.threats.items.properties.id, data: data97 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data96.name !== void 0) {
              let data98 = data96.name;
              if (typeof data98 !== "string") {
                const err140 = { instancePath: instancePath + "/threats/" + i17 + "/name", schemaPath: "#/properties/threats/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.name.type, parentSchema: schema11.properties.threats.items.properties.name, data: data98 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data96.description !== void 0) {
              let data99 = data96.description;
              if (typeof data99 !== "string" && data99 !== null) {
                const err141 = { instancePath: instancePath + "/threats/" + i17 + "/description", schemaPath: "#/properties/threats/items/properties/description/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.threats.items.properties.description.type, parentSchema: schema11.properties.threats.items.properties.description, data: data99 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data96.categories !== void 0) {
              let data100 = data96.categories;
              if (!Array.isArray(data100) && data100 !== null) {
                const err142 = { instancePath: instancePath + "/threats/" + i17 + "/categories", schemaPath: "#/properties/threats/items/properties/categories/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.categories.type }, message: "must be array,null", schema: schema11.properties.threats.items.properties.categories.type, parentSchema: schema11.properties.threats.items.properties.categories, data: data100 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
              if (Array.isArray(data100)) {
                const len18 = data100.length;
                for (let i18 = 0; i18 < len18; i18++) {
                  let data101 = data100[i18];
                  if (typeof data101 !== "string" && data101 !== null) {
                    const err143 = { instancePath: instancePath + "/threats/" + i17 + "/categories/" + i18, schemaPath: "#/properties/threats/items/properties/categories/items/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.categories.items.type }, message: "must be string,null", schema: schema11.properties.threats.items.properties.categories.items.type, parentSchema: schema11.properties.threats.items.properties.categories.items, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data96.cwes !== void 0) {
              let data102 = data96.cwes;
              if (!Array.isArray(data102) && data102 !== null) {
                const err144 = { instancePath: instancePath + "/threats/" + i17 + "/cwes", schemaPath: "#/properties/threats/items/properties/cwes/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.cwes.type }, message: "must be array,null", schema: schema11.properties.threats.items.properties.cwes.type, parentSchema: schema11.properties.threats.items.properties.cwes, data: data102 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
              if (Array.isArray(data102)) {
                const len19 = data102.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  let data103 = data102[i19];
                  if (typeof data103 !== "string" && data103 !== null) {
                    const err145 = { instancePath: instancePath + "/threats/" + i17 + "/cwes/" + i19, schemaPath: "#/properties/threats/items/properties/cwes/items/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.cwes.items.type }, message: "must be string,null", schema: schema11.properties.threats.items.properties.cwes.items.type, parentSchema: schema11.properties.threats.items.properties.cwes.items, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data96.risk !== void 0) {
              let data104 = data96.risk;
              if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                if (data104.likelihood === void 0) {
                  const err146 = { instancePath: instancePath + "/threats/" + i17 + "/risk", schemaPath: "#/properties/threats/items/properties/risk/required", keyword: "required", params: { missingProperty: "likelihood" }, message: "must have required property 'likelihood'", schema: schema11.properties.threats.items.properties.risk.required, parentSchema: schema11.properties.threats.items.properties.risk, data: data104 };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                if (data104.impact === void 0) {
                  const err147 = { instancePath: instancePath + "/threats/" + i17 + "/risk", schemaPath: "#/properties/threats/items/properties/risk/required", keyword: "required", params: { missingProperty: "impact" }, message: "must have required property 'impact'", schema: schema11.properties.threats.items.properties.risk.required, parentSchema: schema11.properties.threats.items.properties.risk, data: data104 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                if (data104.likelihood !== void 0) {
                  let data105 = data104.likelihood;
                  if (!(typeof data105 == "number") && data105 !== null) {
                    const err148 = { instancePath: instancePath + "/threats/" + i17 + "/risk/likelihood", schemaPath: "#/properties/threats/items/properties/risk/properties/likelihood/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.risk.properties.likelihood.type }, message: "must be number,null", schema: schema11.properties.threats.items.properties.risk.properties.likelihood.type, parentSchema: schema11.properties.threats.items.properties.risk.properties.likelihood, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data104.likelihoodComment !== void 0) {
                  let data106 = data104.likelihoodComment;
                  if (typeof data106 !== "string" && data106 !== null) {
                    const err149 = { instancePath: instancePath + "/threats/" + i17 + "/risk/likelihoodComment", schemaPath: "#/properties/threats/items/properties/risk/properties/likelihoodComment/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.risk.properties.likelihoodComment.type }, message: "must be string,null", schema: schema11.properties.threats.items.properties.risk.properties.likelihoodComment.type, parentSchema: schema11.properties.threats.items.properties.risk.properties.likelihoodComment, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
                if (data104.impact !== void 0) {
                  let data107 = data104.impact;
                  if (!(typeof data107 == "number")) {
                    const err150 = { instancePath: instancePath + "/threats/" + i17 + "/risk/impact", schemaPath: "#/properties/threats/items/properties/risk/properties/impact/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.threats.items.properties.risk.properties.impact.type, parentSchema: schema11.properties.threats.items.properties.risk.properties.impact, data: data107 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (data104.impactComment !== void 0) {
                  let data108 = data104.impactComment;
                  if (typeof data108 !== "string") {
                    const err151 = { instancePath: instancePath + "/threats/" + i17 + "/risk/impactComment", schemaPath: "#/properties/threats/items/properties/risk/properties/impactComment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.risk.properties.impactComment.type, parentSchema: schema11.properties.threats.items.properties.risk.properties.impactComment, data: data108 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
              } else {
                const err152 = { instancePath: instancePath + "/threats/" + i17 + "/risk", schemaPath: "#/properties/threats/items/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.threats.items.properties.risk.type, parentSchema: schema11.properties.threats.items.properties.risk, data: data104 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data96.tags !== void 0) {
              let data109 = data96.tags;
              if (!Array.isArray(data109) && data109 !== null) {
                const err153 = { instancePath: instancePath + "/threats/" + i17 + "/tags", schemaPath: "#/properties/threats/items/properties/tags/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.tags.type }, message: "must be array,null", schema: schema11.properties.threats.items.properties.tags.type, parentSchema: schema11.properties.threats.items.properties.tags, data: data109 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
              if (Array.isArray(data109)) {
                const len20 = data109.length;
                for (let i20 = 0; i20 < len20; i20++) {
                  let data110 = data109[i20];
                  if (typeof data110 !== "string" && data110 !== null) {
                    const err154 = { instancePath: instancePath + "/threats/" + i17 + "/tags/" + i20, schemaPath: "#/properties/threats/items/properties/tags/items/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.tags.items.type }, message: "must be string,null", schema: schema11.properties.threats.items.properties.tags.items.type, parentSchema: schema11.properties.threats.items.properties.tags.items, data: data110 };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data96.attributes !== void 0) {
              let data111 = data96.attributes;
              if (!(data111 && typeof data111 == "object" && !Array.isArray(data111)) && data111 !== null) {
                const err155 = { instancePath: instancePath + "/threats/" + i17 + "/attributes", schemaPath: "#/properties/threats/items/properties/attributes/type", keyword: "type", params: { type: schema11.properties.threats.items.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.threats.items.properties.attributes.type, parentSchema: schema11.properties.threats.items.properties.attributes, data: data111 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
          } else {
            const err156 = { instancePath: instancePath + "/threats/" + i17, schemaPath: "#/properties/threats/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.threats.items.type, parentSchema: schema11.properties.threats.items, data: data96 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
      }
    }
    if (data.mitigations !== void 0) {
      let data112 = data.mitigations;
      if (!Array.isArray(data112) && data112 !== null) {
        const err157 = { instancePath: instancePath + "/mitigations", schemaPath: "#/properties/mitigations/type", keyword: "type", params: { type: schema11.properties.mitigations.type }, message: "must be array,null", schema: schema11.properties.mitigations.type, parentSchema: schema11.properties.mitigations, data: data112 };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
      if (Array.isArray(data112)) {
        const len21 = data112.length;
        for (let i21 = 0; i21 < len21; i21++) {
          let data113 = data112[i21];
          if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
            if (data113.id === void 0) {
              const err158 = { instancePath: instancePath + "/mitigations/" + i21, schemaPath: "#/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.mitigations.items.required, parentSchema: schema11.properties.mitigations.items, data: data113 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            if (data113.name === void 0) {
              const err159 = { instancePath: instancePath + "/mitigations/" + i21, schemaPath: "#/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.mitigations.items.required, parentSchema: schema11.properties.mitigations.items, data: data113 };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (data113.riskReduction === void 0) {
              const err160 = { instancePath: instancePath + "/mitigations/" + i21, schemaPath: "#/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "riskReduction" }, message: "must have required property 'riskReduction'", schema: schema11.properties.mitigations.items.required, parentSchema: schema11.properties.mitigations.items, data: data113 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (data113.id !== void 0) {
              let data114 = data113.id;
              if (typeof data114 !== "string") {
                const err161 = { instancePath: instancePath + "/mitigations/" + i21 + "/id", schemaPath: "#/properties/mitigations/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.id.type, parentSchema: schema11.properties.mitigations.items.properties.id, data: data114 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data113.name !== void 0) {
              let data115 = data113.name;
              if (typeof data115 !== "string") {
                const err162 = { instancePath: instancePath + "/mitigations/" + i21 + "/name", schemaPath: "#/properties/mitigations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.name.type, parentSchema: schema11.properties.mitigations.items.properties.name, data: data115 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data113.description !== void 0) {
              let data116 = data113.description;
              if (typeof data116 !== "string" && data116 !== null) {
                const err163 = { instancePath: instancePath + "/mitigations/" + i21 + "/description", schemaPath: "#/properties/mitigations/items/properties/description/type", keyword: "type", params: { type: schema11.properties.mitigations.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.mitigations.items.properties.description.type, parentSchema: schema11.properties.mitigations.items.properties.description, data: data116 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data113.riskReduction !== void 0) {
              let data117 = data113.riskReduction;
              if (!(typeof data117 == "number")) {
                const err164 = { instancePath: instancePath + "/mitigations/" + i21 + "/riskReduction", schemaPath: "#/properties/mitigations/items/properties/riskReduction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.mitigations.items.properties.riskReduction.type, parentSchema: schema11.properties.mitigations.items.properties.riskReduction, data: data117 };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (data113.attributes !== void 0) {
              let data118 = data113.attributes;
              if (!(data118 && typeof data118 == "object" && !Array.isArray(data118)) && data118 !== null) {
                const err165 = { instancePath: instancePath + "/mitigations/" + i21 + "/attributes", schemaPath: "#/properties/mitigations/items/properties/attributes/type", keyword: "type", params: { type: schema11.properties.mitigations.items.properties.attributes.type }, message: "must be object,null", schema: schema11.properties.mitigations.items.properties.attributes.type, parentSchema: schema11.properties.mitigations.items.properties.attributes, data: data118 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
          } else {
            const err166 = { instancePath: instancePath + "/mitigations/" + i21, schemaPath: "#/properties/mitigations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mitigations.items.type, parentSchema: schema11.properties.mitigations.items, data: data113 };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err167 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err167];
    } else {
      vErrors.push(err167);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
module.exports.schemaDigest = "722cfd4121fafc02ba6e657c605983a41e4829c801297626dea361d5183adff2";
