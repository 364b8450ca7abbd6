-- One organization default: a UNIQUE column admits any number of NULLs, a partial index does not.
CREATE UNIQUE INDEX recording_policy_one_default ON recording_policy ((queue_id IS NULL)) WHERE queue_id IS NULL;
