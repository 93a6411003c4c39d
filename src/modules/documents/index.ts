// The documents module's public face: the only file other modules, app/ and the CLI import.
export { DocumentsModule } from './documents.module.js';
export { DocumentsService } from './documents.service.js';
export { DOCUMENTS_CATALOG } from './i18n/documents.catalog.js';
export { DocumentNotFoundError } from './documents.errors.js';
export { Document, DOCUMENT_CATEGORIES, type DocumentCategory } from './document.entity.js';
export { ResumeProfile } from './resume-profile.entity.js';
export { type DocumentRow } from './document-row.js';
export { DocumentRejectedError, extractResume, MAX_UPLOAD_BYTES_DEFAULT, type ExtractedResume } from './extraction/extract-text.js';
export { PROFILE_EDITOR_BODY_LIMITS } from './dto/profile-editor.form.js';
export { assertWithinUploadLimit } from './extraction/file-type-detector.js';

import { Document } from './document.entity.js';
import { ResumeProfile } from './resume-profile.entity.js';
export const DOCUMENTS_ENTITIES = [Document, ResumeProfile];
