-- One organization default: a UNIQUE column admits any number of NULLs, a partial index does not.
CREATE UNIQUE INDEX evaluation_policy_one_default ON evaluation_policy ((queue_id IS NULL)) WHERE queue_id IS NULL;
