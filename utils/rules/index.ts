export * from './thread';
export * from './priority';
export * from './business-hours';
export * from './severity';
export * from './snooze';
export * from './badge';
export * from './notify';
export { identityFromAddress, sameName, normalizeName } from './identity';
export type { AddressIdentity } from './identity';
