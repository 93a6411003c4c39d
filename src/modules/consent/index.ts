// The consent module's public face: the only file others import.
export { ConsentModule } from './consent.module.js';
