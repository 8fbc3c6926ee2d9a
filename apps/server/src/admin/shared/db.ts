import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A handle or a transaction: repository functions take either, so calls compose. */
export type Db = Kysely<Database> | Transaction<Database>;
