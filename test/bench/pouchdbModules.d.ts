// The PouchDB baseline is measured, not built upon: these modules stay untyped here.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-leveldb';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
declare module 'express-pouchdb';
declare module 'express';
