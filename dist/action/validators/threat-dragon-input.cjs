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

// dist/format/validators/threat-dragon-input.cjs
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:tmi-sync:schema:threat-dragon-v2-input:1", "title": "Threat Dragon v2 model, as tmi-sync reads it", "description": "The part of an OWASP Threat Dragon 2.x model file that tmi-sync needs. Unknown keys are allowed, as Threat Dragon keeps them.", "type": "object", "required": ["version", "summary", "detail"], "properties": { "version": { "type": "string", "maxLength": 20 }, "tmi_sync_key": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Optional stable model key, kept across title changes." }, "summary": { "type": "object", "required": ["title"], "properties": { "title": { "type": "string", "minLength": 1 }, "owner": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "id": { "type": ["integer", "string", "null"] } } }, "detail": { "type": "object", "required": ["diagrams"], "properties": { "contributors": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": ["string", "null"] } } } }, "diagrams": { "type": "array", "items": { "$ref": "#/$defs/diagram" } }, "reviewer": { "type": ["string", "null"] }, "diagramTop": { "type": ["integer", "null"] }, "threatTop": { "type": ["integer", "null"] } } } }, "$defs": { "diagram": { "type": "object", "required": ["title", "cells"], "properties": { "id": { "type": ["integer", "string"] }, "title": { "type": "string" }, "diagramType": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "cells": { "type": "array", "items": { "$ref": "#/$defs/cell" } } } }, "point": { "type": "object", "properties": { "x": { "type": "number" }, "y": { "type": "number" } } }, "cell": { "type": "object", "required": ["id", "shape"], "properties": { "id": { "type": "string", "minLength": 1 }, "shape": { "type": "string" }, "position": { "$ref": "#/$defs/point" }, "size": { "type": "object", "properties": { "width": { "type": "number" }, "height": { "type": "number" } } }, "source": { "type": "object" }, "target": { "type": "object" }, "vertices": { "type": "array", "items": { "$ref": "#/$defs/point" } }, "labels": { "type": "array" }, "data": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "threats": { "type": ["array", "null"], "items": { "$ref": "#/$defs/threat" } } } } } }, "threat": { "type": "object", "properties": { "id": { "type": ["string", "null"] }, "title": { "type": ["string", "null"] }, "status": { "type": ["string", "null"] }, "severity": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "mitigation": { "type": ["string", "null"] }, "modelType": { "type": ["string", "null"] }, "number": { "type": ["integer", "null"] }, "score": { "type": ["string", "number", "null"] } } } } };
var func1 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var schema32 = { "type": "object", "required": ["title", "cells"], "properties": { "id": { "type": ["integer", "string"] }, "title": { "type": "string" }, "diagramType": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "cells": { "type": "array", "items": { "$ref": "#/$defs/cell" } } } };
var schema33 = { "type": "object", "required": ["id", "shape"], "properties": { "id": { "type": "string", "minLength": 1 }, "shape": { "type": "string" }, "position": { "$ref": "#/$defs/point" }, "size": { "type": "object", "properties": { "width": { "type": "number" }, "height": { "type": "number" } } }, "source": { "type": "object" }, "target": { "type": "object" }, "vertices": { "type": "array", "items": { "$ref": "#/$defs/point" } }, "labels": { "type": "array" }, "data": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "threats": { "type": ["array", "null"], "items": { "$ref": "#/$defs/threat" } } } } } };
var schema34 = { "type": "object", "properties": { "x": { "type": "number" }, "y": { "type": "number" } } };
var schema36 = { "type": "object", "properties": { "id": { "type": ["string", "null"] }, "title": { "type": ["string", "null"] }, "status": { "type": ["string", "null"] }, "severity": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "mitigation": { "type": ["string", "null"] }, "modelType": { "type": ["string", "null"] }, "number": { "type": ["integer", "null"] }, "score": { "type": ["string", "number", "null"] } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.shape === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.id.type, parentSchema: schema33.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.shape !== void 0) {
      let data1 = data.shape;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.shape.type, parentSchema: schema33.properties.shape, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.position !== void 0) {
      let data2 = data.position;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.x !== void 0) {
          let data3 = data2.x;
          if (!(typeof data3 == "number" && isFinite(data3))) {
            const err5 = { instancePath: instancePath + "/position/x", schemaPath: "#/$defs/point/properties/x/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.x.type, parentSchema: schema34.properties.x, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.y !== void 0) {
          let data4 = data2.y;
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err6 = { instancePath: instancePath + "/position/y", schemaPath: "#/$defs/point/properties/y/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.y.type, parentSchema: schema34.properties.y, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/position", schemaPath: "#/$defs/point/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      let data5 = data.size;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.width !== void 0) {
          let data6 = data5.width;
          if (!(typeof data6 == "number" && isFinite(data6))) {
            const err8 = { instancePath: instancePath + "/size/width", schemaPath: "#/properties/size/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.size.properties.width.type, parentSchema: schema33.properties.size.properties.width, data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.height !== void 0) {
          let data7 = data5.height;
          if (!(typeof data7 == "number" && isFinite(data7))) {
            const err9 = { instancePath: instancePath + "/size/height", schemaPath: "#/properties/size/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.size.properties.height.type, parentSchema: schema33.properties.size.properties.height, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.size.type, parentSchema: schema33.properties.size, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data8 = data.source;
      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
        const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.source.type, parentSchema: schema33.properties.source, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data9 = data.target;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err12 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.target.type, parentSchema: schema33.properties.target, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.vertices !== void 0) {
      let data10 = data.vertices;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.x !== void 0) {
              let data12 = data11.x;
              if (!(typeof data12 == "number" && isFinite(data12))) {
                const err13 = { instancePath: instancePath + "/vertices/" + i0 + "/x", schemaPath: "#/$defs/point/properties/x/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.x.type, parentSchema: schema34.properties.x, data: data12 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data11.y !== void 0) {
              let data13 = data11.y;
              if (!(typeof data13 == "number" && isFinite(data13))) {
                const err14 = { instancePath: instancePath + "/vertices/" + i0 + "/y", schemaPath: "#/$defs/point/properties/y/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.y.type, parentSchema: schema34.properties.y, data: data13 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/vertices/" + i0, schemaPath: "#/$defs/point/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data11 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/vertices", schemaPath: "#/properties/vertices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.vertices.type, parentSchema: schema33.properties.vertices, data: data10 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data14 = data.labels;
      if (!Array.isArray(data14)) {
        const err17 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.labels.type, parentSchema: schema33.properties.labels, data: data14 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data15 = data.data;
      if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && data15 !== null) {
        const err18 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: schema33.properties.data.type }, message: "must be object,null", schema: schema33.properties.data.type, parentSchema: schema33.properties.data, data: data15 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.name !== void 0) {
          let data16 = data15.name;
          if (typeof data16 !== "string" && data16 !== null) {
            const err19 = { instancePath: instancePath + "/data/name", schemaPath: "#/properties/data/properties/name/type", keyword: "type", params: { type: schema33.properties.data.properties.name.type }, message: "must be string,null", schema: schema33.properties.data.properties.name.type, parentSchema: schema33.properties.data.properties.name, data: data16 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data15.description !== void 0) {
          let data17 = data15.description;
          if (typeof data17 !== "string" && data17 !== null) {
            const err20 = { instancePath: instancePath + "/data/description", schemaPath: "#/properties/data/properties/description/type", keyword: "type", params: { type: schema33.properties.data.properties.description.type }, message: "must be string,null", schema: schema33.properties.data.properties.description.type, parentSchema: schema33.properties.data.properties.description, data: data17 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data15.threats !== void 0) {
          let data18 = data15.threats;
          if (!Array.isArray(data18) && data18 !== null) {
            const err21 = { instancePath: instancePath + "/data/threats", schemaPath: "#/properties/data/properties/threats/type", keyword: "type", params: { type: schema33.properties.data.properties.threats.type }, message: "must be array,null", schema: schema33.properties.data.properties.threats.type, parentSchema: schema33.properties.data.properties.threats, data: data18 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (Array.isArray(data18)) {
            const len1 = data18.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data19 = data18[i1];
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.id !== void 0) {
                  let data20 = data19.id;
                  if (typeof data20 !== "string" && data20 !== null) {
                    const err22 = { instancePath: instancePath + "/data/threats/" + i1 + "/id", schemaPath: "#/$defs/threat/properties/id/type", keyword: "type", params: { type: schema36.properties.id.type }, message: "must be string,null", schema: schema36.properties.id.type, parentSchema: schema36.properties.id, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data19.title !== void 0) {
                  let data21 = data19.title;
                  if (typeof data21 !== "string" && data21 !== null) {
                    const err23 = { instancePath: instancePath + "/data/threats/" + i1 + "/title", schemaPath: "#/$defs/threat/properties/title/type", keyword: "type", params: { type: schema36.properties.title.type }, message: "must be string,null", schema: schema36.properties.title.type, parentSchema: schema36.properties.title, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data19.status !== void 0) {
                  let data22 = data19.status;
                  if (typeof data22 !== "string" && data22 !== null) {
                    const err24 = { instancePath: instancePath + "/data/threats/" + i1 + "/status", schemaPath: "#/$defs/threat/properties/status/type", keyword: "type", params: { type: schema36.properties.status.type }, message: "must be string,null", schema: schema36.properties.status.type, parentSchema: schema36.properties.status, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data19.severity !== void 0) {
                  let data23 = data19.severity;
                  if (typeof data23 !== "string" && data23 !== null) {
                    const err25 = { instancePath: instancePath + "/data/threats/" + i1 + "/severity", schemaPath: "#/$defs/threat/properties/severity/type", keyword: "type", params: { type: schema36.properties.severity.type }, message: "must be string,null", schema: schema36.properties.severity.type, parentSchema: schema36.properties.severity, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data19.type !== void 0) {
                  let data24 = data19.type;
                  if (typeof data24 !== "string" && data24 !== null) {
                    const err26 = { instancePath: instancePath + "/data/threats/" + i1 + "/type", schemaPath: "#/$defs/threat/properties/type/type", keyword: "type", params: { type: schema36.properties.type.type }, message: "must be string,null", schema: schema36.properties.type.type, parentSchema: schema36.properties.type, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data19.description !== void 0) {
                  let data25 = data19.description;
                  if (typeof data25 !== "string" && data25 !== null) {
                    const err27 = { instancePath: instancePath + "/data/threats/" + i1 + "/description", schemaPath: "#/$defs/threat/properties/description/type", keyword: "type", params: { type: schema36.properties.description.type }, message: "must be string,null", schema: schema36.properties.description.type, parentSchema: schema36.properties.description, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data19.mitigation !== void 0) {
                  let data26 = data19.mitigation;
                  if (typeof data26 !== "string" && data26 !== null) {
                    const err28 = { instancePath: instancePath + "/data/threats/" + i1 + "/mitigation", schemaPath: "#/$defs/threat/properties/mitigation/type", keyword: "type", params: { type: schema36.properties.mitigation.type }, message: "must be string,null", schema: schema36.properties.mitigation.type, parentSchema: schema36.properties.mitigation, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data19.modelType !== void 0) {
                  let data27 = data19.modelType;
                  if (typeof data27 !== "string" && data27 !== null) {
                    const err29 = { instancePath: instancePath + "/data/threats/" + i1 + "/modelType", schemaPath: "#/$defs/threat/properties/modelType/type", keyword: "type", params: { type: schema36.properties.modelType.type }, message: "must be string,null", schema: schema36.properties.modelType.type, parentSchema: schema36.properties.modelType, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data19.number !== void 0) {
                  let data28 = data19.number;
                  if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28)) && data28 !== null) {
                    const err30 = { instancePath: instancePath + "/data/threats/" + i1 + "/number", schemaPath: "#/$defs/threat/properties/number/type", keyword: "type", params: { type: schema36.properties.number.type }, message: "must be integer,null", schema: schema36.properties.number.type, parentSchema: schema36.properties.number, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data19.score !== void 0) {
                  let data29 = data19.score;
                  if (typeof data29 !== "string" && !(typeof data29 == "number" && isFinite(data29)) && data29 !== null) {
                    const err31 = { instancePath: instancePath + "/data/threats/" + i1 + "/score", schemaPath: "#/$defs/threat/properties/score/type", keyword: "type", params: { type: schema36.properties.score.type }, message: "must be string,number,null", schema: schema36.properties.score.type, parentSchema: schema36.properties.score, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/data/threats/" + i1, schemaPath: "#/$defs/threat/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data19 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          }
        }
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "id": true, "shape": true, "position": true, "size": true, "source": true, "target": true, "vertices": true, "labels": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.title === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.cells === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cells" }, message: "must have required property 'cells'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: schema32.properties.id.type }, message: "must be integer,string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.title.type, parentSchema: schema32.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.diagramType !== void 0) {
      let data2 = data.diagramType;
      if (typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/diagramType", schemaPath: "#/properties/diagramType/type", keyword: "type", params: { type: schema32.properties.diagramType.type }, message: "must be string,null", schema: schema32.properties.diagramType.type, parentSchema: schema32.properties.diagramType, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema32.properties.description.type }, message: "must be string,null", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cells !== void 0) {
      let data4 = data.cells;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate22(data4[i0], { instancePath: instancePath + "/cells/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.cells.type, parentSchema: schema32.properties.cells, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "id": true, "title": true, "diagramType": true, "description": true, "cells": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.detail === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 === "string") {
        if (func1(data0) > 20) {
          const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema31.properties.version, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.version.type, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tmi_sync_key !== void 0) {
      let data1 = data.tmi_sync_key;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err5 = { instancePath: instancePath + "/tmi_sync_key", schemaPath: "#/properties/tmi_sync_key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema31.properties.tmi_sync_key, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/tmi_sync_key", schemaPath: "#/properties/tmi_sync_key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tmi_sync_key.type, parentSchema: schema31.properties.tmi_sync_key, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data2 = data.summary;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.title === void 0) {
          const err7 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.title !== void 0) {
          let data3 = data2.title;
          if (typeof data3 === "string") {
            if (func1(data3) < 1) {
              const err8 = { instancePath: instancePath + "/summary/title", schemaPath: "#/properties/summary/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.summary.properties.title, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/summary/title", schemaPath: "#/properties/summary/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.summary.properties.title.type, parentSchema: schema31.properties.summary.properties.title, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.owner !== void 0) {
          let data4 = data2.owner;
          if (typeof data4 !== "string" && data4 !== null) {
            const err10 = { instancePath: instancePath + "/summary/owner", schemaPath: "#/properties/summary/properties/owner/type", keyword: "type", params: { type: schema31.properties.summary.properties.owner.type }, message: "must be string,null", schema: schema31.properties.summary.properties.owner.type, parentSchema: schema31.properties.summary.properties.owner, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data5 = data2.description;
          if (typeof data5 !== "string" && data5 !== null) {
            const err11 = { instancePath: instancePath + "/summary/description", schemaPath: "#/properties/summary/properties/description/type", keyword: "type", params: { type: schema31.properties.summary.properties.description.type }, message: "must be string,null", schema: schema31.properties.summary.properties.description.type, parentSchema: schema31.properties.summary.properties.description, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.id !== void 0) {
          let data6 = data2.id;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && typeof data6 !== "string" && data6 !== null) {
            const err12 = { instancePath: instancePath + "/summary/id", schemaPath: "#/properties/summary/properties/id/type", keyword: "type", params: { type: schema31.properties.summary.properties.id.type }, message: "must be integer,string,null", schema: schema31.properties.summary.properties.id.type, parentSchema: schema31.properties.summary.properties.id, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.summary.type, parentSchema: schema31.properties.summary, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.detail !== void 0) {
      let data7 = data.detail;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.diagrams === void 0) {
          const err14 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/required", keyword: "required", params: { missingProperty: "diagrams" }, message: "must have required property 'diagrams'", schema: schema31.properties.detail.required, parentSchema: schema31.properties.detail, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data7.contributors !== void 0) {
          let data8 = data7.contributors;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.name !== void 0) {
                  let data10 = data9.name;
                  if (typeof data10 !== "string" && data10 !== null) {
                    const err15 = { instancePath: instancePath + "/detail/contributors/" + i0 + "/name", schemaPath: "#/properties/detail/properties/contributors/items/properties/name/type", keyword: "type", params: { type: schema31.properties.detail.properties.contributors.items.properties.name.type }, message: "must be string,null", schema: schema31.properties.detail.properties.contributors.items.properties.name.type, parentSchema: schema31.properties.detail.properties.contributors.items.properties.name, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/detail/contributors/" + i0, schemaPath: "#/properties/detail/properties/contributors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.detail.properties.contributors.items.type, parentSchema: schema31.properties.detail.properties.contributors.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/detail/contributors", schemaPath: "#/properties/detail/properties/contributors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.detail.properties.contributors.type, parentSchema: schema31.properties.detail.properties.contributors, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data7.diagrams !== void 0) {
          let data11 = data7.diagrams;
          if (Array.isArray(data11)) {
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate21(data11[i1], { instancePath: instancePath + "/detail/diagrams/" + i1, parentData: data11, parentDataProperty: i1, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/detail/diagrams", schemaPath: "#/properties/detail/properties/diagrams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.detail.properties.diagrams.type, parentSchema: schema31.properties.detail.properties.diagrams, data: data11 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data7.reviewer !== void 0) {
          let data13 = data7.reviewer;
          if (typeof data13 !== "string" && data13 !== null) {
            const err19 = { instancePath: instancePath + "/detail/reviewer", schemaPath: "#/properties/detail/properties/reviewer/type", keyword: "type", params: { type: schema31.properties.detail.properties.reviewer.type }, message: "must be string,null", schema: schema31.properties.detail.properties.reviewer.type, parentSchema: schema31.properties.detail.properties.reviewer, data: data13 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.diagramTop !== void 0) {
          let data14 = data7.diagramTop;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14)) && data14 !== null) {
            const err20 = { instancePath: instancePath + "/detail/diagramTop", schemaPath: "#/properties/detail/properties/diagramTop/type", keyword: "type", params: { type: schema31.properties.detail.properties.diagramTop.type }, message: "must be integer,null", schema: schema31.properties.detail.properties.diagramTop.type, parentSchema: schema31.properties.detail.properties.diagramTop, data: data14 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.threatTop !== void 0) {
          let data15 = data7.threatTop;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15)) && data15 !== null) {
            const err21 = { instancePath: instancePath + "/detail/threatTop", schemaPath: "#/properties/detail/properties/threatTop/type", keyword: "type", params: { type: schema31.properties.detail.properties.threatTop.type }, message: "must be integer,null", schema: schema31.properties.detail.properties.threatTop.type, parentSchema: schema31.properties.detail.properties.threatTop, data: data15 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.detail.type, parentSchema: schema31.properties.detail, data: data7 };
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
validate20.evaluated = { "props": { "version": true, "tmi_sync_key": true, "summary": true, "detail": true }, "dynamicProps": false, "dynamicItems": false };
module.exports.schemaDigest = "872430875a0eb3a1a3201114def3808c8d3ff17d16e6af606721ea701e9a7a32";
