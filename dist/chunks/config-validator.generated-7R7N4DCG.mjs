import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import "./chunk-ANQG4MEX.mjs";

// src/config/config-validator.generated.ts
var validate = validate10;
var config_validator_generated_default = validate10;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema19 = { "enum": ["error", "warning", "info", "off"] };
var pattern1 = new RegExp("^[a-z][a-z0-9-]*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern1.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (!(data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "off")) {
        const err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema20 = { "type": "object", "additionalProperties": false, "properties": { "layer": { "enum": ["bootstrap-only", "runtime-only", "dual", "bootstrap-and-runtime-config"] }, "role": { "enum": ["cni", "vip", "gitops-engine", "service"] }, "match": { "type": "object", "additionalProperties": false, "properties": { "images": { "$ref": "#/definitions/paths" }, "charts": { "$ref": "#/definitions/paths" }, "names": { "$ref": "#/definitions/paths" }, "kinds": { "$ref": "#/definitions/paths" }, "urls": { "$ref": "#/definitions/paths" }, "labels": { "$ref": "#/definitions/paths" } } }, "runtimeConfig": { "type": "object", "additionalProperties": false, "properties": { "forbidden": { "$ref": "#/definitions/paths" }, "allowed": { "$ref": "#/definitions/paths" } } } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "layer" || key0 === "role" || key0 === "match" || key0 === "runtimeConfig")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.layer !== void 0) {
      let data0 = data.layer;
      if (!(data0 === "bootstrap-only" || data0 === "runtime-only" || data0 === "dual" || data0 === "bootstrap-and-runtime-config")) {
        const err1 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/enum", keyword: "enum", params: { allowedValues: schema20.properties.layer.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (!(data1 === "cni" || data1 === "vip" || data1 === "gitops-engine" || data1 === "service")) {
        const err2 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema20.properties.role.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data2 = data.match;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "images" || key1 === "charts" || key1 === "names" || key1 === "kinds" || key1 === "urls" || key1 === "labels")) {
            const err3 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.images !== void 0) {
          let data3 = data2.images;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (data4.length < 1) {
                  const err4 = { instancePath: instancePath + "/match/images/" + i0, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/match/images/" + i0, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/match/images", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.charts !== void 0) {
          let data5 = data2.charts;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 === "string") {
                if (data6.length < 1) {
                  const err7 = { instancePath: instancePath + "/match/charts/" + i1, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/match/charts/" + i1, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/match/charts", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.names !== void 0) {
          let data7 = data2.names;
          if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data8 = data7[i2];
              if (typeof data8 === "string") {
                if (data8.length < 1) {
                  const err10 = { instancePath: instancePath + "/match/names/" + i2, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/match/names/" + i2, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/match/names", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.kinds !== void 0) {
          let data9 = data2.kinds;
          if (Array.isArray(data9)) {
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data10 = data9[i3];
              if (typeof data10 === "string") {
                if (data10.length < 1) {
                  const err13 = { instancePath: instancePath + "/match/kinds/" + i3, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/match/kinds/" + i3, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/match/kinds", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.urls !== void 0) {
          let data11 = data2.urls;
          if (Array.isArray(data11)) {
            const len4 = data11.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data12 = data11[i4];
              if (typeof data12 === "string") {
                if (data12.length < 1) {
                  const err16 = { instancePath: instancePath + "/match/urls/" + i4, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/match/urls/" + i4, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/match/urls", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data13 = data2.labels;
          if (Array.isArray(data13)) {
            const len5 = data13.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data14 = data13[i5];
              if (typeof data14 === "string") {
                if (data14.length < 1) {
                  const err19 = { instancePath: instancePath + "/match/labels/" + i5, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/match/labels/" + i5, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/match/labels", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.runtimeConfig !== void 0) {
      let data15 = data.runtimeConfig;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          if (!(key2 === "forbidden" || key2 === "allowed")) {
            const err23 = { instancePath: instancePath + "/runtimeConfig", schemaPath: "#/properties/runtimeConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data15.forbidden !== void 0) {
          let data16 = data15.forbidden;
          if (Array.isArray(data16)) {
            const len6 = data16.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data17 = data16[i6];
              if (typeof data17 === "string") {
                if (data17.length < 1) {
                  const err24 = { instancePath: instancePath + "/runtimeConfig/forbidden/" + i6, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/runtimeConfig/forbidden/" + i6, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/runtimeConfig/forbidden", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data15.allowed !== void 0) {
          let data18 = data15.allowed;
          if (Array.isArray(data18)) {
            const len7 = data18.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data19 = data18[i7];
              if (typeof data19 === "string") {
                if (data19.length < 1) {
                  const err27 = { instancePath: instancePath + "/runtimeConfig/allowed/" + i7, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/runtimeConfig/allowed/" + i7, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/runtimeConfig/allowed", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/runtimeConfig", schemaPath: "#/properties/runtimeConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ansible" || key0 === "argocd" || key0 === "ignore" || key0 === "rules" || key0 === "components" || key0 === "appsets" || key0 === "overrides" || key0 === "limits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ansible !== void 0) {
      let data0 = data.ansible;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "roots" || key1 === "extraVars")) {
            const err1 = { instancePath: instancePath + "/ansible", schemaPath: "#/properties/ansible/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.roots !== void 0) {
          let data1 = data0.roots;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (data2.length < 1) {
                  const err2 = { instancePath: instancePath + "/ansible/roots/" + i0, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              } else {
                const err3 = { instancePath: instancePath + "/ansible/roots/" + i0, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/ansible/roots", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.extraVars !== void 0) {
          let data3 = data0.extraVars;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              const _errs12 = errors;
              if (typeof key2 === "string") {
                if (!pattern0.test(key2)) {
                  const err5 = { instancePath: instancePath + "/ansible/extraVars", schemaPath: "#/properties/ansible/properties/extraVars/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              var valid5 = _errs12 === errors;
              if (!valid5) {
                const err6 = { instancePath: instancePath + "/ansible/extraVars", schemaPath: "#/properties/ansible/properties/extraVars/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/ansible/extraVars", schemaPath: "#/properties/ansible/properties/extraVars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/ansible", schemaPath: "#/properties/ansible/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.argocd !== void 0) {
      let data4 = data.argocd;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key3 in data4) {
          if (!(key3 === "roots" || key3 === "entrypoints" || key3 === "repoURLs" || key3 === "appsRoots")) {
            const err9 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.roots !== void 0) {
          let data5 = data4.roots;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 === "string") {
                if (data6.length < 1) {
                  const err10 = { instancePath: instancePath + "/argocd/roots/" + i1, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/argocd/roots/" + i1, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/argocd/roots", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.entrypoints !== void 0) {
          let data7 = data4.entrypoints;
          if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data8 = data7[i2];
              if (typeof data8 === "string") {
                if (data8.length < 1) {
                  const err13 = { instancePath: instancePath + "/argocd/entrypoints/" + i2, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/argocd/entrypoints/" + i2, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/argocd/entrypoints", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data4.repoURLs !== void 0) {
          let data9 = data4.repoURLs;
          if (Array.isArray(data9)) {
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data10 = data9[i3];
              if (typeof data10 === "string") {
                if (data10.length < 1) {
                  const err16 = { instancePath: instancePath + "/argocd/repoURLs/" + i3, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/argocd/repoURLs/" + i3, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/argocd/repoURLs", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.appsRoots !== void 0) {
          let data11 = data4.appsRoots;
          if (Array.isArray(data11)) {
            const len4 = data11.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data12 = data11[i4];
              if (typeof data12 === "string") {
                if (data12.length < 1) {
                  const err19 = { instancePath: instancePath + "/argocd/appsRoots/" + i4, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/argocd/appsRoots/" + i4, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/argocd/appsRoots", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data13 = data.ignore;
      if (Array.isArray(data13)) {
        const len5 = data13.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data14 = data13[i5];
          if (typeof data14 === "string") {
            if (data14.length < 1) {
              const err23 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/ignore", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate11(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.components !== void 0) {
      let data16 = data.components;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key4 in data16) {
          if (!validate13(data16[key4], { instancePath: instancePath + "/components/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data16, parentDataProperty: key4, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.appsets !== void 0) {
      let data18 = data.appsets;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key5 in data18) {
          let data19 = data18[key5];
          if (Array.isArray(data19)) {
            const len6 = data19.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data20 = data19[i6];
              if (typeof data20 === "string") {
                if (data20.length < 1) {
                  const err27 = { instancePath: instancePath + "/appsets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/appsets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/appsets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/appsets", schemaPath: "#/properties/appsets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data21 = data.overrides;
      if (Array.isArray(data21)) {
        const len7 = data21.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data22 = data21[i7];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.files === void 0) {
              const err31 = { instancePath: instancePath + "/overrides/" + i7, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data22.rules === void 0) {
              const err32 = { instancePath: instancePath + "/overrides/" + i7, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key6 in data22) {
              if (!(key6 === "files" || key6 === "rules")) {
                const err33 = { instancePath: instancePath + "/overrides/" + i7, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data22.files !== void 0) {
              let data23 = data22.files;
              if (Array.isArray(data23)) {
                const len8 = data23.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data24 = data23[i8];
                  if (typeof data24 === "string") {
                    if (data24.length < 1) {
                      const err34 = { instancePath: instancePath + "/overrides/" + i7 + "/files/" + i8, schemaPath: "#/definitions/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/overrides/" + i7 + "/files/" + i8, schemaPath: "#/definitions/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/overrides/" + i7 + "/files", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data22.rules !== void 0) {
              if (!validate11(data22.rules, { instancePath: instancePath + "/overrides/" + i7 + "/rules", parentData: data22, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/overrides/" + i7, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data26 = data.limits;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key7 in data26) {
          if (!(key7 === "applicationsPerApplicationSet" || key7 === "resourcesPerBuild" || key7 === "templateExpansionChars" || key7 === "findingsPerRuleAndFile")) {
            const err39 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data26.applicationsPerApplicationSet !== void 0) {
          let data27 = data26.applicationsPerApplicationSet;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
            const err40 = { instancePath: instancePath + "/limits/applicationsPerApplicationSet", schemaPath: "#/properties/limits/properties/applicationsPerApplicationSet/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data27 == "number") {
            if (data27 < 1 || isNaN(data27)) {
              const err41 = { instancePath: instancePath + "/limits/applicationsPerApplicationSet", schemaPath: "#/properties/limits/properties/applicationsPerApplicationSet/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        if (data26.resourcesPerBuild !== void 0) {
          let data28 = data26.resourcesPerBuild;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
            const err42 = { instancePath: instancePath + "/limits/resourcesPerBuild", schemaPath: "#/properties/limits/properties/resourcesPerBuild/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data28 == "number") {
            if (data28 < 1 || isNaN(data28)) {
              const err43 = { instancePath: instancePath + "/limits/resourcesPerBuild", schemaPath: "#/properties/limits/properties/resourcesPerBuild/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
        if (data26.templateExpansionChars !== void 0) {
          let data29 = data26.templateExpansionChars;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
            const err44 = { instancePath: instancePath + "/limits/templateExpansionChars", schemaPath: "#/properties/limits/properties/templateExpansionChars/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data29 == "number") {
            if (data29 < 1 || isNaN(data29)) {
              const err45 = { instancePath: instancePath + "/limits/templateExpansionChars", schemaPath: "#/properties/limits/properties/templateExpansionChars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
        if (data26.findingsPerRuleAndFile !== void 0) {
          let data30 = data26.findingsPerRuleAndFile;
          if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
            const err46 = { instancePath: instancePath + "/limits/findingsPerRuleAndFile", schemaPath: "#/properties/limits/properties/findingsPerRuleAndFile/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data30 == "number") {
            if (data30 < 1 || isNaN(data30)) {
              const err47 = { instancePath: instancePath + "/limits/findingsPerRuleAndFile", schemaPath: "#/properties/limits/properties/findingsPerRuleAndFile/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  config_validator_generated_default as default,
  validate
};
