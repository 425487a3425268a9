import type { Role } from '../../shared/contracts/auth.ts';
import type { Config } from '../config.ts';

/** Who is calling: the signed-in user, her role and area scope, and where the request came from. */
export type Caller = {
  /** The user's id; 0 for a partner system's API token. */
  id: number;
  tokenId?: number;
  username: string;
  name: string;
  role: Role;
  /** An area code prefix: the city (35.73), a kecamatan (35.73.01) or a kelurahan (35.73.01.1007). */
  scope: string;
  ip: string | null;
};

/** The name history and audit entries record for a caller. */
export const actorOf = (c: Caller) => c.name;

/** What a service needs to know about the request: the configuration and the caller. */
export type Ctx = { config: Config; caller: Caller };
