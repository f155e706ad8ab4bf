import { createRequire as __dvlCreateRequire } from 'node:module'; const require = __dvlCreateRequire(import.meta.url);
import {
  READ_FACTS,
  analyse
} from "./chunk-YSQCRABL.mjs";
import "./chunk-JYKFIDVX.mjs";
import "./chunk-YTFHSWQN.mjs";
import "./chunk-W6GCGJUD.mjs";
import "./chunk-443EUCID.mjs";
import "./chunk-LNTSDQED.mjs";
import "./chunk-ANQG4MEX.mjs";
export {
  READ_FACTS,
  analyse
};
