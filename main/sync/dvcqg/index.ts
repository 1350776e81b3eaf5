/** The DVCQG-style provincial adapter (README.md): what the station composes. */
export { createDvcqgAdapter, dossierEventTypes, eventTypesNotSynced, type DvcqgAdapter, type DvcqgAdapterOptions, type ServerTimeSource } from './dvcqgAdapter';
export {
  defaultAuthExpiredRules,
  defaultDvcqgPaths,
  defaultDvcqgServices,
  defaultExistsPatterns,
  type AuthExpiredRules,
  type DvcqgPaths,
  type DvcqgServiceCall,
  type DvcqgServices,
  type MessagePattern,
} from './dvcqgSettings';
export { jsonOverHttpClient, type HttpJsonClient, type VendorReply } from './vendorHttp';
