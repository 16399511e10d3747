export { ROLES, MFA_REQUIRED_ROLES, POLICY, type Role, type Relation, type Rule, type Action } from './policy.js';
export { decide, can, hasRole, type Actor, type ClientResource, type OrgResource, type Resource, type Decision } from './decide.js';
