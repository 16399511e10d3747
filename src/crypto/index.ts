export { seal, open, envelopeKid, CryptoIntegrityError, ALG } from './envelope.js';
export { pendingKeyPath, loadMasterKey, generateMasterKey, parseMasterKey, readKeyFile, writeKeyFile, masterKeyFromBytes, MasterKeyError, type MasterKey, type MasterKeySource } from './master-key.js';
export { Keyring, KeyMismatchError, ClientKeyDestroyedError } from './keyring.js';
